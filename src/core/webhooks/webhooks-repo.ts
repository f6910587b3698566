import type { Transaction } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

import type { WebhookEventType } from "./event-types";

export interface WebhookSubscription {
  id: string;
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  isActive: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export type WebhookDeliveryStatus = "pending" | "delivered" | "failed";

export interface WebhookDeliverySummary {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
}

interface SubscriptionRow {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  created_at: Date;
  disabled_at: Date | null;
}

const subscriptionColumns = "id, url, description, event_types, created_at, disabled_at";

function toSubscription(row: SubscriptionRow): WebhookSubscription {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types as WebhookEventType[],
    isActive: row.disabled_at === null,
    createdAt: row.created_at.toISOString(),
    disabledAt: row.disabled_at?.toISOString() ?? null,
  };
}

export async function insertSubscription(
  scope: AgencyScope,
  subscription: {
    id: string;
    url: string;
    description: string;
    eventTypes: readonly string[];
    secretSealed: string;
    createdBy: string | null;
  },
): Promise<void> {
  await scope.tx.query(
    `insert into webhook_subscriptions
       (agency_id, id, url, description, event_types, secret_sealed, created_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      scope.agencyId,
      subscription.id,
      subscription.url,
      subscription.description,
      subscription.eventTypes,
      subscription.secretSealed,
      subscription.createdBy,
    ],
  );
}

/** The agency's subscriptions, active ones first, newest first within each. */
export async function selectSubscriptions(scope: AgencyScope): Promise<WebhookSubscription[]> {
  const { rows } = await scope.tx.query<SubscriptionRow>(
    `select ${subscriptionColumns} from webhook_subscriptions where agency_id = $1
      order by disabled_at is not null, created_at desc, id desc`,
    [scope.agencyId],
  );
  return rows.map(toSubscription);
}

export async function selectSubscription(
  scope: AgencyScope,
  id: string,
): Promise<WebhookSubscription | null> {
  const { rows } = await scope.tx.query<SubscriptionRow>(
    `select ${subscriptionColumns} from webhook_subscriptions where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
  return rows[0] ? toSubscription(rows[0]) : null;
}

export async function markSubscriptionDisabled(scope: AgencyScope, id: string): Promise<void> {
  await scope.tx.query(
    `update webhook_subscriptions set disabled_at = now()
      where agency_id = $1 and id = $2 and disabled_at is null`,
    [scope.agencyId, id],
  );
}

/** Active subscriptions of the agency that want this type, with the agency's code for the envelope. */
export async function selectRecipients(
  tx: Transaction,
  { agencyId, type }: { agencyId: string; type: string },
): Promise<{ id: string; agencyCode: string }[]> {
  const { rows } = await tx.query<{ id: string; agency_code: string }>(
    `select s.id, a.code as agency_code
       from webhook_subscriptions s join agencies a on a.id = s.agency_id
      where s.agency_id = $1 and s.disabled_at is null and $2 = any (s.event_types)
      order by s.id`,
    [agencyId, type],
  );
  return rows.map((row) => ({ id: row.id, agencyCode: row.agency_code }));
}

export async function selectAgencyCode(tx: Transaction, agencyId: string): Promise<string> {
  const { rows } = await tx.query<{ code: string }>("select code from agencies where id = $1", [
    agencyId,
  ]);
  return rows[0]!.code;
}

export async function insertDelivery(
  tx: Transaction,
  delivery: {
    agencyId: string;
    id: string;
    subscriptionId: string;
    eventId: string;
    eventType: string;
    payload: unknown;
  },
): Promise<void> {
  await tx.query(
    `insert into webhook_deliveries (agency_id, id, subscription_id, event_id, event_type, payload)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      delivery.agencyId,
      delivery.id,
      delivery.subscriptionId,
      delivery.eventId,
      delivery.eventType,
      JSON.stringify(delivery.payload),
    ],
  );
}

export interface DeliveryToSend {
  id: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  status: WebhookDeliveryStatus;
  url: string;
  secretSealed: string;
  isSubscriptionActive: boolean;
}

export async function selectDeliveryToSend(
  scope: AgencyScope,
  id: string,
): Promise<DeliveryToSend | null> {
  const { rows } = await scope.tx.query<{
    id: string;
    event_id: string;
    event_type: string;
    payload: unknown;
    status: WebhookDeliveryStatus;
    url: string;
    secret_sealed: string;
    disabled_at: Date | null;
  }>(
    `select d.id, d.event_id, d.event_type, d.payload, d.status, s.url, s.secret_sealed, s.disabled_at
       from webhook_deliveries d
       join webhook_subscriptions s on s.agency_id = d.agency_id and s.id = d.subscription_id
      where d.agency_id = $1 and d.id = $2`,
    [scope.agencyId, id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    payload: row.payload,
    status: row.status,
    url: row.url,
    secretSealed: row.secret_sealed,
    isSubscriptionActive: row.disabled_at === null,
  };
}

export async function markDeliveryAttempt(scope: AgencyScope, id: string): Promise<void> {
  await scope.tx.query(
    `update webhook_deliveries set attempts = attempts + 1, last_attempt_at = now()
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
}

export async function markDeliveryOutcome(
  scope: AgencyScope,
  id: string,
  outcome: { status: WebhookDeliveryStatus; responseStatus: number | null; error: string | null },
): Promise<void> {
  await scope.tx.query(
    `update webhook_deliveries
        set status = $3, response_status = $4, last_error = $5,
            delivered_at = case when $3::text = 'delivered' then now() else delivered_at end
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id, outcome.status, outcome.responseStatus, outcome.error],
  );
}

export async function selectDeliveries(
  scope: AgencyScope,
  { subscriptionId, limit }: { subscriptionId: string; limit: number },
): Promise<WebhookDeliverySummary[]> {
  const { rows } = await scope.tx.query<{
    id: string;
    event_id: string;
    event_type: string;
    status: WebhookDeliveryStatus;
    attempts: number;
    response_status: number | null;
    last_error: string | null;
    created_at: Date;
    last_attempt_at: Date | null;
    delivered_at: Date | null;
  }>(
    `select id, event_id, event_type, status, attempts, response_status, last_error, created_at,
            last_attempt_at, delivered_at
       from webhook_deliveries where agency_id = $1 and subscription_id = $2
      order by created_at desc, id desc limit $3`,
    [scope.agencyId, subscriptionId, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.response_status,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
  }));
}
