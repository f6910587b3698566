import { z } from "zod";

import type { FieldProblem } from "@/core/errors";
import type { Message, Translate } from "@/core/i18n";

import { applicationConsoleMessages as m } from "./console-messages";
import { applicationStatuses } from "./schema";
import type { ActionFormValues, ReasonTemplate } from "./views/console-action-forms";
import type { InboxQuery } from "./views/console-inbox-page";

/**
 * The inbox's filters come from a GET form or a link anyone may edit: a
 * value that makes no sense falls back to its default instead of failing.
 */
export const InboxQuerySchema = z
  .object({
    status: z.enum([...applicationStatuses, "open", "all"]).catch("open"),
    service: z
      .string()
      .max(80)
      .regex(/^[a-z0-9-]*$/)
      .catch(""),
    assignee: z.enum(["me", "unclaimed", "all"]).catch("all"),
    overdue: z.string().optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .transform((query): InboxQuery => ({
    status: query.status,
    service: query.service,
    assignee: query.assignee,
    isOverdueOnly: query.overdue === "on" || query.overdue === "true",
    page: query.page,
  }));

/** Every record in these paths is named by a UUID. */
export const IdParamSchema = z.uuid();

type FormBody = Record<string, string | File | (string | File)[]>;

function textOf(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

function listOf(body: FormBody, name: string): string[] {
  const value = body[name];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.filter((item): item is string => typeof item === "string");
}

/** What the posted form said, as the page shows it back when something is wrong. */
export function actionFormValues(body: FormBody): ActionFormValues {
  return {
    assignTo: textOf(body, "assignTo"),
    message: textOf(body, "message"),
    fields: listOf(body, "fields"),
    outcome: textOf(body, "outcome"),
    reason: textOf(body, "reason"),
    templateId: textOf(body, "templateId"),
    body: textOf(body, "body"),
  };
}

type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

function requiredText(
  t: Translate,
  field: string,
  value: string,
  max: number,
  required: Message,
): FieldProblem | null {
  const text = value.trim();
  if (text === "") return { field, message: t(required) };
  if (text.length > max) return { field, message: t(m.actions.tooLong, { max }) };
  return null;
}

function result<T>(problems: (FieldProblem | null)[], value: T): Checked<T> {
  const found = problems.filter((problem): problem is FieldProblem => problem !== null);
  return found.length > 0 ? { ok: false, problems: found } : { ok: true, value };
}

export function checkAssignForm(
  t: Translate,
  values: ActionFormValues,
  assigneeIds: readonly string[],
): Checked<{ assignTo: string }> {
  const isKnown = assigneeIds.includes(values.assignTo);
  return result([isKnown ? null : { field: "assignTo", message: t(m.actions.assignRequired) }], {
    assignTo: values.assignTo,
  });
}

export function checkRequestForm(
  t: Translate,
  values: ActionFormValues,
  questionIds: readonly string[],
): Checked<{ message: string; fields: string[] }> {
  const fields = [...new Set(values.fields)];
  return result(
    [
      requiredText(t, "message", values.message, 2000, m.actions.requestMessageRequired),
      fields.every((field) => questionIds.includes(field))
        ? null
        : { field: "fields", message: t(m.actions.requestFieldUnknown) },
    ],
    { message: values.message.trim(), fields },
  );
}

/**
 * A decision needs an outcome and a reason; a chosen template gives the
 * reason when none is written, and its id is kept with the decision.
 */
export function checkDecisionForm(
  t: Translate,
  values: ActionFormValues,
  templates: readonly ReasonTemplate[],
): Checked<{ outcome: "approved" | "rejected"; reason: string; templateId?: string }> {
  const outcome = z.enum(["approved", "rejected"]).safeParse(values.outcome);
  const template = templates.find((candidate) => candidate.id === values.templateId);
  const reason = values.reason.trim() || template?.text || "";
  return result(
    [
      outcome.success ? null : { field: "outcome", message: t(m.actions.outcomeRequired) },
      requiredText(t, "reason", reason, 2000, m.actions.reasonRequired),
    ],
    {
      outcome: outcome.success ? outcome.data : "approved",
      reason,
      ...(template ? { templateId: template.id } : {}),
    },
  );
}

export function checkNoteForm(t: Translate, values: ActionFormValues): Checked<{ body: string }> {
  return result([requiredText(t, "body", values.body, 4000, m.actions.noteRequired)], {
    body: values.body.trim(),
  });
}
