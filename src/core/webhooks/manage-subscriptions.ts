import { type AuditEntry, recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { randomToken } from "@/core/crypto/tokens";
import type { Database, Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import { queueWebhookDelivery } from "./emit-webhook-event";
import { WEBHOOK_TEST_EVENT, type WebhookEventType } from "./event-types";
import { webhookMessages as m } from "./messages";
import { checkWebhookUrl } from "./target-address";
import {
  insertSubscription,
  markSubscriptionDisabled,
  selectAgencyCode,
  selectDeliveries,
  selectSubscription,
  selectSubscriptions,
  type WebhookDeliverySummary,
  type WebhookSubscription,
} from "./webhooks-repo";

type Handle = Database | Transaction;

/** Marks a secret as a webhook signing secret wherever it is pasted. */
export const WEBHOOK_SECRET_PREFIX = "whsec_";

interface ChangeRequest {
  db: Handle;
  /** Who asks, as the audit log names them: an officer, an agency's system, or an operator. */
  actor: AuditEntry["actor"];
  agencyId: string;
  requestId?: string | undefined;
}

/** The URL without its query: enough for a reviewer, and a token in the query stays out of the log. */
function auditableUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * Subscribes a system of the agency to events. The signing secret is
 * sealed at rest and returned here only: whoever sets up the receiver
 * copies it now.
 */
export async function createWebhookSubscription({
  db,
  secrets,
  allowPrivateTargets,
  actor,
  agencyId,
  url,
  description,
  eventTypes,
  requestId,
}: ChangeRequest & {
  secrets: SecretBox;
  allowPrivateTargets: boolean;
  url: string;
  description: string;
  eventTypes: readonly WebhookEventType[];
}): Promise<{ subscription: WebhookSubscription; secret: string }> {
  const checked = checkWebhookUrl(url, { allowPrivateTargets });
  if (checked.problem) {
    throw new AppError("validation_failed", "The webhook URL is not allowed.", {
      fields: [{ field: "url", message: m.url[checked.problem].en }],
    });
  }
  if (eventTypes.length === 0) {
    throw new AppError("validation_failed", "Choose at least one event.", {
      fields: [{ field: "eventTypes", message: m.eventTypesRequired.en }],
    });
  }
  return withinAgency(db, agencyId, async (scope) => {
    const id = newId();
    const secret = `${WEBHOOK_SECRET_PREFIX}${randomToken(32)}`;
    await insertSubscription(scope, {
      id,
      url: checked.url.toString(),
      description: description.trim(),
      eventTypes: [...new Set(eventTypes)],
      secretSealed: secrets.seal(secret),
      createdBy: actor.type === "officer" ? actor.officerId : null,
    });
    await recordAudit(scope.tx, {
      action: "webhook.created",
      actor,
      agencyId,
      target: { type: "webhook_subscription", id },
      requestId,
      details: { url: auditableUrl(checked.url.toString()), eventTypes: [...new Set(eventTypes)] },
    });
    const subscription = await selectSubscription(scope, id);
    return { subscription: subscription!, secret };
  });
}

export function listWebhookSubscriptions({
  db,
  agencyId,
}: {
  db: Handle;
  agencyId: string;
}): Promise<WebhookSubscription[]> {
  return withinAgency(db, agencyId, selectSubscriptions);
}

/** One subscription of the agency; one of another agency is not found, like one that never existed. */
export function getWebhookSubscription({
  db,
  agencyId,
  subscriptionId,
}: {
  db: Handle;
  agencyId: string;
  subscriptionId: string;
}): Promise<WebhookSubscription & { agencyId: string }> {
  return withinAgency(db, agencyId, async (scope) => {
    const subscription = await selectSubscription(scope, subscriptionId);
    if (!subscription) throw new AppError("not_found", "The agency has no webhook with this id.");
    return { ...subscription, agencyId };
  });
}

/** Stops sending events to the subscription; deliveries still waiting are not sent. Disabling twice changes nothing more. */
export function disableWebhookSubscription({
  db,
  actor,
  agencyId,
  subscriptionId,
  requestId,
}: ChangeRequest & { subscriptionId: string }): Promise<WebhookSubscription> {
  return withinAgency(db, agencyId, async (scope) => {
    const existing = await selectSubscription(scope, subscriptionId);
    if (!existing) throw new AppError("not_found", "The agency has no webhook with this id.");
    if (!existing.isActive) return existing;
    await markSubscriptionDisabled(scope, subscriptionId);
    await recordAudit(scope.tx, {
      action: "webhook.disabled",
      actor,
      agencyId,
      target: { type: "webhook_subscription", id: subscriptionId },
      requestId,
      details: { url: auditableUrl(existing.url) },
    });
    return (await selectSubscription(scope, subscriptionId))!;
  });
}

/** The subscription's most recent deliveries, newest first. */
export function listWebhookDeliveries({
  db,
  agencyId,
  subscriptionId,
  limit = 50,
}: {
  db: Handle;
  agencyId: string;
  subscriptionId: string;
  limit?: number;
}): Promise<WebhookDeliverySummary[]> {
  return withinAgency(db, agencyId, (scope) =>
    selectDeliveries(scope, { subscriptionId, limit: Math.min(Math.max(limit, 1), 200) }),
  );
}

/**
 * Queues a `webhook.test` event to one active subscription, whatever types
 * it chose, so an administrator can see the receiver answer.
 */
export function sendTestWebhookEvent({
  db,
  actor,
  agencyId,
  subscriptionId,
  requestId,
}: ChangeRequest & { subscriptionId: string }): Promise<{ eventId: string; deliveryId: string }> {
  return withinAgency(db, agencyId, async (scope) => {
    const subscription = await selectSubscription(scope, subscriptionId);
    if (!subscription) throw new AppError("not_found", "The agency has no webhook with this id.");
    if (!subscription.isActive) {
      throw new AppError(
        "conflict",
        "The webhook is disabled; create a new one to receive events.",
      );
    }
    const eventId = newId();
    const deliveryId = await queueWebhookDelivery(scope.tx, {
      agencyId,
      subscriptionId,
      envelope: {
        id: eventId,
        type: WEBHOOK_TEST_EVENT,
        createdAt: new Date().toISOString(),
        agencyCode: await selectAgencyCode(scope.tx, agencyId),
        data: { subscriptionId, message: m.testEvent },
      },
    });
    await recordAudit(scope.tx, {
      action: "webhook.test_sent",
      actor,
      agencyId,
      target: { type: "webhook_subscription", id: subscriptionId },
      requestId,
      details: { eventId },
    });
    return { eventId, deliveryId };
  });
}
