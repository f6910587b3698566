import type { z } from "@hono/zod-openapi";

import { AppError, type FieldProblem } from "@/core/errors";
import type { Locale, Message } from "@/core/i18n";

import { MAX_CHECK_TEXT } from "../schema";
import { scamReportMessages as m } from "./messages";
import { type ScamReportRequest, ScamReportRequestSchema } from "./schema";

const problemOf = (
  locale: Locale,
  field: string,
  code: string,
  message: Message,
): FieldProblem => ({
  field,
  code,
  message: message[locale],
  messages: { th: message.th, en: message.en },
});

/** One problem per field a Zod issue names, in both languages. */
export function problemsFromIssues(
  locale: Locale,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): FieldProblem[] {
  const problems = new Map<string, FieldProblem>();
  for (const issue of issues) {
    const field =
      issue.code === "unrecognized_keys"
        ? (issue.keys[0] ?? "(body)")
        : String(issue.path[0] ?? "(body)");
    if (problems.has(field)) continue;
    problems.set(field, fieldProblem(locale, field, issue, input));
  }
  return [...problems.values()];
}

function fieldProblem(
  locale: Locale,
  field: string,
  issue: z.core.$ZodIssue,
  input: unknown,
): FieldProblem {
  const p = m.problems;
  switch (field) {
    case "text": {
      const text = (input as { text?: unknown } | null)?.text;
      return text === undefined || text === null
        ? problemOf(locale, field, "required", p.textRequired)
        : problemOf(locale, field, "invalid_type", p.textNotText);
    }
    case "channelsSeen":
      return problemOf(locale, field, "invalid", p.channelsSeenInvalid);
    case "receivedVia":
      return problemOf(locale, field, "invalid_option", p.receivedViaInvalid);
    case "note":
      return issue.code === "too_big"
        ? problemOf(locale, field, "too_long", p.noteTooLong)
        : problemOf(locale, field, "invalid_type", p.noteNotText);
    case "(body)":
      return problemOf(locale, field, "invalid_type", p.bodyInvalid);
    default:
      return issue.code === "unrecognized_keys"
        ? problemOf(locale, field, "unknown_field", p.unknownField)
        : problemOf(locale, field, "invalid", p.bodyInvalid);
  }
}

/**
 * The checks Zod cannot state: text that is only spaces, and a size limit
 * shared by the text and the other channels seen, as the checker has it.
 */
export function problemsWithReport(locale: Locale, input: ScamReportRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const size =
    input.text.length + (input.channelsSeen ?? []).reduce((sum, item) => sum + item.length, 0);
  if (input.text.trim() === "") {
    problems.push(problemOf(locale, "text", "required", m.problems.textRequired));
  } else if (size > MAX_CHECK_TEXT) {
    problems.push(problemOf(locale, "text", "too_long", m.problems.textTooLong));
  }
  return problems;
}

/** Checks a report as sent, every field at once; problems name fields and rules, never what was sent. */
export function validateScamReport(
  locale: Locale,
  input: unknown,
): { ok: true; value: ScamReportRequest } | { ok: false; problems: FieldProblem[] } {
  const parsed = ScamReportRequestSchema.safeParse(input);
  const problems = parsed.success
    ? problemsWithReport(locale, parsed.data)
    : problemsFromIssues(locale, input, parsed.error.issues);
  return parsed.success && problems.length === 0
    ? { ok: true, value: parsed.data }
    : { ok: false, problems };
}

/** Refuses a report with every problem by field, in the caller's language and in both for programs. */
export function refuseReport(problems: FieldProblem[]): never {
  throw new AppError(
    "validation_failed",
    "ตรวจสอบข้อมูลรายงานอีกครั้ง / Some fields of the report need correcting.",
    { fields: problems },
  );
}
