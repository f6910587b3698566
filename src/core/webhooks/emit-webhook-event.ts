import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { AppError } from "@/core/errors";
import { enqueueJob } from "@/core/jobs";

import type { WebhookEventType } from "./event-types";
import { insertDelivery, selectRecipients } from "./webhooks-repo";

export const WEBHOOKS_DELIVER_JOB = "webhooks.deliver";

/** The largest `data` an event may carry, as JSON; an event is a notice, not an export. */
const MAX_DATA_BYTES = 64 * 1024;

/** What a receiver gets as the request body. */
export interface WebhookEnvelope {
  id: string;
  type: string;
  createdAt: string;
  agencyCode: string;
  data: Record<string, unknown>;
}

/** Writes one delivery and its job; the caller has checked that the subscription belongs to the agency. */
export async function queueWebhookDelivery(
  tx: Transaction,
  {
    agencyId,
    subscriptionId,
    envelope,
  }: { agencyId: string; subscriptionId: string; envelope: WebhookEnvelope },
): Promise<string> {
  const id = newId();
  await insertDelivery(tx, {
    agencyId,
    id,
    subscriptionId,
    eventId: envelope.id,
    eventType: envelope.type,
    payload: envelope,
  });
  await enqueueJob(tx, {
    kind: WEBHOOKS_DELIVER_JOB,
    agencyId,
    payload: { agencyId, deliveryId: id },
    dedupeKey: `${WEBHOOKS_DELIVER_JOB}:${id}`,
  });
  return id;
}

/**
 * Announces an event to the agency's systems, inside the caller's
 * transaction (the outbox): each active subscription of the agency that
 * wants this type gets a delivery and a `webhooks.deliver` job, committed
 * with the change or not at all. Every subscription receives the same event
 * id. With no subscriber this is one indexed query.
 */
export async function emitWebhookEvent(
  tx: Transaction,
  {
    agencyId,
    type,
    data,
  }: { agencyId: string; type: WebhookEventType; data: Record<string, unknown> },
): Promise<{ eventId: string; deliveryIds: string[] }> {
  const eventId = newId();
  const recipients = await selectRecipients(tx, { agencyId, type });
  if (recipients.length === 0) return { eventId, deliveryIds: [] };
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_DATA_BYTES) {
    throw new AppError(
      "validation_failed",
      `A webhook event's data may not exceed ${MAX_DATA_BYTES} bytes.`,
    );
  }
  const envelope: WebhookEnvelope = {
    id: eventId,
    type,
    createdAt: new Date().toISOString(),
    agencyCode: recipients[0]!.agencyCode,
    data,
  };
  const deliveryIds: string[] = [];
  for (const recipient of recipients) {
    deliveryIds.push(
      await queueWebhookDelivery(tx, { agencyId, subscriptionId: recipient.id, envelope }),
    );
  }
  return { eventId, deliveryIds };
}
