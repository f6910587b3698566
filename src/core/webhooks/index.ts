export { createDeliverWebhookHandler, deliverWebhookHandler } from "./deliver-webhook";
export { emitWebhookEvent, type WebhookEnvelope, WEBHOOKS_DELIVER_JOB } from "./emit-webhook-event";
export {
  isWebhookEventType,
  WEBHOOK_TEST_EVENT,
  type WebhookEventType,
  webhookEventTypes,
} from "./event-types";
export {
  createWebhookSubscription,
  disableWebhookSubscription,
  getWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  sendTestWebhookEvent,
  WEBHOOK_SECRET_PREFIX,
} from "./manage-subscriptions";
export { webhookMessages } from "./messages";
export { type WebhookAction, webhookPolicy } from "./policy";
export {
  CreatedWebhookSubscriptionSchema,
  CreateWebhookSubscriptionBodySchema,
  WebhookDeliverySchema,
  WebhookIdParamSchema,
  WebhookSubscriptionSchema,
} from "./schema";
export {
  DEFAULT_TOLERANCE_SECONDS,
  signWebhookPayload,
  verifyWebhookSignature,
  type WebhookSignatureCheck,
} from "./signature";
export {
  checkWebhookUrl,
  type DnsLookup,
  isPrivateAddress,
  type WebhookUrlProblem,
} from "./target-address";
export type {
  WebhookDeliveryStatus,
  WebhookDeliverySummary,
  WebhookSubscription,
} from "./webhooks-repo";
