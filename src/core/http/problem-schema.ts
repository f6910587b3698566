import { z } from "@hono/zod-openapi";

/** RFC 9457 problem details as Pratu sends them, for the OpenAPI document. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "urn:pratu:problem:validation_failed" }),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ example: "validation_failed" }),
    detail: z.string(),
    messages: z.object({ th: z.string(), en: z.string() }),
    instance: z.string(),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          code: z.string().optional(),
          messages: z.object({ th: z.string(), en: z.string() }).optional(),
        }),
      )
      .optional(),
  })
  .openapi("Problem");

export const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});
