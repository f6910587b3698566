import type { AgencyScope } from "@/core/db/tenant";
import type { Locale } from "@/core/i18n";

import type { NotificationChannelKind } from "./channel";
import { type DeliveryStatus, selectDeliveries } from "./deliveries-repo";
import { maskRecipient } from "./mask-recipient";

/** A delivery as officers see it: the recipient masked, the state and the tries. */
export interface NotificationDeliverySummary {
  id: string;
  channel: NotificationChannelKind;
  /** Masked: `s***@example.com`, `***678`. */
  recipient: string;
  template: string;
  locale: Locale;
  subject: { kind: string; id: string };
  status: DeliveryStatus;
  attempts: number;
  /** The last failure, or why the delivery was skipped. */
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  sentAt: Date | null;
}

/** The agency's notices, newest first; with `subjectId`, only those about that record. */
export async function listDeliveries(
  scope: AgencyScope,
  { subjectId, limit = 100 }: { subjectId?: string | undefined; limit?: number } = {},
): Promise<NotificationDeliverySummary[]> {
  const rows = await selectDeliveries(scope, {
    subjectId,
    limit: Math.min(Math.max(limit, 1), 500),
  });
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    recipient: maskRecipient(row.channel, row.recipient),
    template: row.template,
    locale: row.locale,
    subject: { kind: row.subject_kind, id: row.subject_id },
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    sentAt: row.sent_at,
  }));
}
