import { z } from "zod";

import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { AppError, type FieldProblem } from "@/core/errors";
import { type Locale, locales } from "@/core/i18n";
import { enqueueJob } from "@/core/jobs";

import { type NotificationChannelKind, notificationChannelKinds } from "./channel";
import { insertDelivery } from "./deliveries-repo";
import {
  notificationTemplateData,
  type NotificationTemplateInput,
  type NotificationTemplateName,
  notificationTemplateNames,
} from "./template-data";

export const NOTIFY_DELIVER_JOB = "notify.deliver";

export interface EnqueueNotificationInput<Name extends NotificationTemplateName> {
  agencyId: string;
  channel: NotificationChannelKind;
  /** An e-mail address, a phone number (SMS) or a LINE user id, as the channel needs. */
  to: string;
  template: Name;
  locale: Locale;
  data: NotificationTemplateInput<Name>;
  /** The record the notice is about, so officers see its notices beside it. */
  subject: { kind: string; id: string };
  /**
   * Makes the call idempotent: a second notice with the same key for the
   * agency is not queued again (e.g. `progress:<application id>:2`).
   */
  dedupeKey?: string | undefined;
  /** Sends later than now (a reminder); at once by default. */
  runAt?: Date | undefined;
}

const recipientByChannel: Record<NotificationChannelKind, z.ZodType<string>> = {
  email: z.email("must be an e-mail address").max(320),
  sms: z
    .string()
    .transform((value) => value.replace(/[\s().-]/g, ""))
    .pipe(z.string().regex(/^\+?\d{8,15}$/, "must be a phone number")),
  line: z.string().regex(/^U[0-9a-f]{32}$/, "must be a LINE user id (U followed by 32 hex digits)"),
};

const envelopeSchema = z.object({
  agencyId: z.uuid(),
  channel: z.enum(notificationChannelKinds),
  to: z.string().trim().min(1).max(320),
  template: z.enum(
    notificationTemplateNames as [NotificationTemplateName, ...NotificationTemplateName[]],
  ),
  locale: z.enum(locales),
  data: z.unknown(),
  subject: z.object({
    kind: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, "must read like application")
      .max(50),
    id: z.string().min(1).max(200),
  }),
  dedupeKey: z.string().min(1).max(300).optional(),
  runAt: z.date().optional(),
});

/**
 * Queues a notice inside the caller's transaction (the outbox): the delivery
 * row and its `notify.deliver` job exist exactly when the change that asked
 * for them is committed. The recipient and the data are checked here, so a
 * notice that could never be sent fails the caller, not the worker later.
 * Resolves to the delivery's id.
 */
export async function enqueueNotification<Name extends NotificationTemplateName>(
  tx: Transaction,
  input: EnqueueNotificationInput<Name>,
): Promise<string> {
  const envelope = envelopeSchema.safeParse(input);
  if (!envelope.success) throw invalid(envelope.error.issues);
  const notice = envelope.data;
  const recipient = recipientByChannel[notice.channel].safeParse(notice.to);
  const data = notificationTemplateData[notice.template].safeParse(notice.data);
  const issues = [
    ...(recipient.success ? [] : prefixed("to", recipient.error.issues)),
    ...(data.success ? [] : prefixed("data", data.error.issues)),
  ];
  if (!recipient.success || !data.success) throw invalid(issues);

  const delivery = await insertDelivery(tx, {
    id: newId(),
    agencyId: notice.agencyId,
    channel: notice.channel,
    recipient: recipient.data,
    template: notice.template,
    locale: notice.locale,
    data: data.data,
    subjectKind: notice.subject.kind,
    subjectId: notice.subject.id,
    dedupeKey: notice.dedupeKey ?? null,
  });
  if (delivery.isNew) {
    await enqueueJob(tx, {
      kind: NOTIFY_DELIVER_JOB,
      agencyId: notice.agencyId,
      payload: { agencyId: notice.agencyId, deliveryId: delivery.id },
      dedupeKey: `${NOTIFY_DELIVER_JOB}:${delivery.id}`,
      runAt: notice.runAt,
    });
  }
  return delivery.id;
}

function prefixed(field: string, issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
}

function invalid(issues: readonly z.core.$ZodIssue[]): AppError {
  const fields: FieldProblem[] = issues.map((issue) => ({
    field: issue.path.join("."),
    message: issue.message,
  }));
  return new AppError("validation_failed", "The notification to enqueue is not valid.", { fields });
}
