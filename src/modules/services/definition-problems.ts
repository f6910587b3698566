import type { z } from "@hono/zod-openapi";

import type { FieldProblem } from "@/core/errors";

import { ServiceDefinitionSchema } from "./schema";

/** Every problem of a definition, each named by its path (`steps.0.workingDays`). */
export function definitionProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

export function validateDefinition(
  input: unknown,
):
  | { ok: true; definition: z.infer<typeof ServiceDefinitionSchema> }
  | { ok: false; problems: FieldProblem[] } {
  const parsed = ServiceDefinitionSchema.safeParse(input);
  return parsed.success
    ? { ok: true, definition: parsed.data }
    : { ok: false, problems: definitionProblems(parsed.error.issues) };
}
