import { z } from "zod";

import type { Config } from "@/config/schema";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { defineJobHandler, PermanentJobError } from "@/core/jobs";

import { isRetryableFailure } from "./channel";
import { type ChannelSet, channelsFromConfig } from "./channels";
import { markAttemptStarted, markFailure, markSent, selectDeliveryToSend } from "./deliveries-repo";
import { NOTIFY_DELIVER_JOB } from "./enqueue-notification";
import { redactRecipient } from "./mask-recipient";
import { isNotificationTemplateName } from "./template-data";
import { renderNotification } from "./templates";

const MAX_ERROR_LENGTH = 1000;

/**
 * The `notify.deliver` job: renders one delivery and hands it to its
 * channel. A retryable failure is thrown back to the jobs module, which
 * tries again with backoff; when the attempts run out, or the channel
 * refuses for good, the delivery is marked failed with its last error. A
 * channel that is not configured marks the delivery skipped, with why.
 *
 * Errors are rethrown without their cause and with the recipient masked:
 * the worker logs them and keeps them as the job's last error.
 */
export function createDeliverNotificationHandler({
  channels = channelsFromConfig,
}: { channels?: (config: Config) => ChannelSet } = {}) {
  return defineJobHandler({
    kind: NOTIFY_DELIVER_JOB,
    payload: z.object({ agencyId: z.uuid(), deliveryId: z.uuid() }),
    handle: async (job, { db, config, logger }) => {
      const { agencyId, deliveryId } = job.payload;
      const inAgency = <T>(work: (scope: AgencyScope) => Promise<T>) =>
        withinAgency(db, agencyId, work);
      const delivery = await inAgency((scope) => selectDeliveryToSend(scope, deliveryId));
      if (!delivery)
        throw new PermanentJobError(`There is no notification delivery ${deliveryId}.`);
      // An earlier run already settled it (a worker that lost its lease, say).
      if (delivery.status !== "pending") return;

      const slot = channels(config)[delivery.channel];
      if ("unavailable" in slot) {
        await inAgency((scope) =>
          markFailure(scope, deliveryId, { status: "skipped", error: slot.unavailable }),
        );
        logger.info(
          { deliveryId, channel: delivery.channel, reason: slot.unavailable },
          "notification skipped",
        );
        return;
      }

      let rendered: ReturnType<typeof renderNotification>;
      try {
        if (!isNotificationTemplateName(delivery.template)) {
          throw new Error(`there is no template "${delivery.template}"`);
        }
        rendered = renderNotification({
          template: delivery.template,
          locale: delivery.locale,
          data: delivery.data,
          agencyName: delivery.agencyName,
          publicUrl: config.server.publicUrl,
        });
      } catch (error) {
        const message = `The notice could not be written: ${describe(error)}`;
        await inAgency((scope) =>
          markFailure(scope, deliveryId, { status: "failed", error: message }),
        );
        throw new PermanentJobError(message);
      }

      await inAgency((scope) => markAttemptStarted(scope, deliveryId));
      try {
        const result = await slot.channel.send({
          deliveryId,
          to: delivery.recipient,
          locale: delivery.locale,
          ...rendered,
        });
        await inAgency((scope) => markSent(scope, deliveryId, result.providerMessageId ?? null));
      } catch (error) {
        const message = redactRecipient(describe(error), delivery.channel, delivery.recipient);
        const isRetryable = isRetryableFailure(error);
        const isFinal = !isRetryable || job.attempt >= job.maxAttempts;
        await inAgency((scope) =>
          markFailure(scope, deliveryId, {
            status: isFinal ? "failed" : "pending",
            error: message,
          }),
        );
        if (!isRetryable) throw new PermanentJobError(message);
        throw new Error(message);
      }
    },
  });
}

export const deliverNotificationHandler = createDeliverNotificationHandler();

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}
