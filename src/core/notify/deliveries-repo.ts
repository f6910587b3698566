import type { Transaction } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";
import type { Locale } from "@/core/i18n";

import type { NotificationChannelKind } from "./channel";

export type DeliveryStatus = "pending" | "sent" | "failed" | "skipped";

export interface NewDelivery {
  id: string;
  agencyId: string;
  channel: NotificationChannelKind;
  recipient: string;
  template: string;
  locale: Locale;
  data: unknown;
  subjectKind: string;
  subjectId: string;
  dedupeKey: string | null;
}

/** Inserts a delivery; with a dedupe key already used, returns the earlier delivery's id instead. */
export async function insertDelivery(
  tx: Transaction,
  delivery: NewDelivery,
): Promise<{ id: string; isNew: boolean }> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into notification_deliveries
       (agency_id, id, channel, recipient, template, locale, data, subject_kind, subject_id, dedupe_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (agency_id, dedupe_key) do nothing
     returning id`,
    [
      delivery.agencyId,
      delivery.id,
      delivery.channel,
      delivery.recipient,
      delivery.template,
      delivery.locale,
      JSON.stringify(delivery.data),
      delivery.subjectKind,
      delivery.subjectId,
      delivery.dedupeKey,
    ],
  );
  if (rows[0]) return { id: rows[0].id, isNew: true };
  const existing = await tx.query<{ id: string }>(
    "select id from notification_deliveries where agency_id = $1 and dedupe_key = $2",
    [delivery.agencyId, delivery.dedupeKey],
  );
  return { id: existing.rows[0]!.id, isNew: false };
}

export interface DeliveryToSend {
  id: string;
  channel: NotificationChannelKind;
  recipient: string;
  template: string;
  locale: Locale;
  data: unknown;
  status: DeliveryStatus;
  agencyName: { th: string; en: string };
}

export async function selectDeliveryToSend(
  scope: AgencyScope,
  id: string,
): Promise<DeliveryToSend | null> {
  const { rows } = await scope.tx.query<{
    id: string;
    channel: NotificationChannelKind;
    recipient: string;
    template: string;
    locale: Locale;
    data: unknown;
    status: DeliveryStatus;
    name_th: string;
    name_en: string;
  }>(
    `select d.id, d.channel, d.recipient, d.template, d.locale, d.data, d.status,
            a.name_th, a.name_en
       from notification_deliveries d join agencies a on a.id = d.agency_id
      where d.agency_id = $1 and d.id = $2`,
    [scope.agencyId, id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    template: row.template,
    locale: row.locale,
    data: row.data,
    status: row.status,
    agencyName: { th: row.name_th, en: row.name_en },
  };
}

export async function markAttemptStarted(scope: AgencyScope, id: string): Promise<void> {
  await scope.tx.query(
    `update notification_deliveries set attempts = attempts + 1, last_attempt_at = now()
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
}

export async function markSent(
  scope: AgencyScope,
  id: string,
  providerMessageId: string | null,
): Promise<void> {
  await scope.tx.query(
    `update notification_deliveries
        set status = 'sent', sent_at = now(), provider_message_id = $3, last_error = null
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id, providerMessageId],
  );
}

/** Records why an attempt failed; `status` says whether the delivery stays pending for a retry. */
export async function markFailure(
  scope: AgencyScope,
  id: string,
  { status, error }: { status: "pending" | "failed" | "skipped"; error: string },
): Promise<void> {
  await scope.tx.query(
    `update notification_deliveries set status = $3, last_error = $4
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id, status, error],
  );
}

export interface DeliveryRow {
  id: string;
  channel: NotificationChannelKind;
  recipient: string;
  template: string;
  locale: Locale;
  subject_kind: string;
  subject_id: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  sent_at: Date | null;
}

/** The agency's deliveries, newest first, optionally about one subject (an application). */
export async function selectDeliveries(
  scope: AgencyScope,
  { subjectId, limit }: { subjectId: string | undefined; limit: number },
): Promise<DeliveryRow[]> {
  const { rows } = await scope.tx.query<DeliveryRow>(
    `select id, channel, recipient, template, locale, subject_kind, subject_id, status, attempts,
            last_error, created_at, last_attempt_at, sent_at
       from notification_deliveries
      where agency_id = $1 and ($2::text is null or subject_id = $2)
      order by created_at desc, id desc
      limit $3`,
    [scope.agencyId, subjectId ?? null, limit],
  );
  return rows;
}
