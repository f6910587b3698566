import { z } from "zod";

import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { defineJobHandler, PermanentJobError } from "@/core/jobs";

import { type WebhookEnvelope, WEBHOOKS_DELIVER_JOB } from "./emit-webhook-event";
import { postWebhook } from "./post-webhook";
import { signWebhookPayload } from "./signature";
import type { DnsLookup } from "./target-address";
import { markDeliveryAttempt, markDeliveryOutcome, selectDeliveryToSend } from "./webhooks-repo";

const USER_AGENT = "Pratu-Webhooks/1";

/**
 * The `webhooks.deliver` job: signs the event with the subscription's
 * secret and POSTs it. A retryable failure is thrown back to the jobs
 * module, which tries again with backoff; when attempts run out, or the
 * receiver refuses for good, the delivery is marked failed with its last
 * error. `lookup` replaces DNS in tests.
 */
export function createDeliverWebhookHandler({ lookup }: { lookup?: DnsLookup } = {}) {
  return defineJobHandler({
    kind: WEBHOOKS_DELIVER_JOB,
    payload: z.object({ agencyId: z.uuid(), deliveryId: z.uuid() }),
    handle: async (job, { db, config, secrets }) => {
      const { agencyId, deliveryId } = job.payload;
      const inAgency = <T>(work: (scope: AgencyScope) => Promise<T>) =>
        withinAgency(db, agencyId, work);
      const delivery = await inAgency((scope) => selectDeliveryToSend(scope, deliveryId));
      if (!delivery) throw new PermanentJobError(`There is no webhook delivery ${deliveryId}.`);
      if (delivery.status !== "pending") return;
      if (!delivery.isSubscriptionActive) {
        await inAgency((scope) =>
          markDeliveryOutcome(scope, deliveryId, {
            status: "failed",
            responseStatus: null,
            error: "the subscription was disabled before the event could be delivered",
          }),
        );
        return;
      }
      // Without the key the secret cannot be opened; a worker that has it may take the job.
      if (!secrets) throw new Error("This worker has no secret key to sign webhooks with.");

      let secret: string;
      try {
        secret = secrets.open(delivery.secretSealed);
      } catch {
        // Sealed under another platform key: no retry can sign it.
        const error = "the webhook's secret cannot be opened with this platform key";
        await inAgency((scope) =>
          markDeliveryOutcome(scope, deliveryId, { status: "failed", responseStatus: null, error }),
        );
        throw new PermanentJobError(error);
      }
      const body = serialise(delivery.payload as WebhookEnvelope);
      const signature = signWebhookPayload({
        secret,
        body,
        timestamp: Math.floor(Date.now() / 1000),
      });
      await inAgency((scope) => markDeliveryAttempt(scope, deliveryId));
      const result = await postWebhook({
        url: new URL(delivery.url),
        body,
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": USER_AGENT,
          "pratu-event-id": delivery.eventId,
          "pratu-event-type": delivery.eventType,
          "pratu-delivery-id": deliveryId,
          "pratu-signature": signature,
        },
        timeoutMilliseconds: config.webhooks.timeoutSeconds * 1000,
        allowPrivateTargets: config.webhooks.allowPrivateTargets,
        lookup,
      });
      if (result.outcome === "delivered") {
        await inAgency((scope) =>
          markDeliveryOutcome(scope, deliveryId, {
            status: "delivered",
            responseStatus: result.status,
            error: null,
          }),
        );
        return;
      }
      const isFinal = result.outcome === "failed" || job.attempt >= job.maxAttempts;
      await inAgency((scope) =>
        markDeliveryOutcome(scope, deliveryId, {
          status: isFinal ? "failed" : "pending",
          responseStatus: result.status,
          error: result.error,
        }),
      );
      if (result.outcome === "failed") throw new PermanentJobError(result.error);
      throw new Error(result.error);
    },
  });
}

export const deliverWebhookHandler = createDeliverWebhookHandler();

/** The body with the envelope's fields in their documented order (storage may reorder keys). */
function serialise(envelope: WebhookEnvelope): string {
  return JSON.stringify({
    id: envelope.id,
    type: envelope.type,
    createdAt: envelope.createdAt,
    agencyCode: envelope.agencyCode,
    data: envelope.data,
  });
}
