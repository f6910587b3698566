/** The events an agency's systems can subscribe to, about the agency's own applications. */
export const webhookEventTypes = [
  "application.submitted",
  "application.claimed",
  "application.info_requested",
  "application.amended",
  "application.decided",
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Sent to one subscription on request from the console or the API, whatever types it chose. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (webhookEventTypes as readonly string[]).includes(value);
}
