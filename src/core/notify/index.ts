export {
  ChannelError,
  type NotificationChannel,
  type NotificationChannelKind,
  notificationChannelKinds,
  type OutgoingNotification,
} from "./channel";
export { type ChannelSet, channelsFromConfig, type ChannelSlot } from "./channels";
export {
  createDeliverNotificationHandler,
  deliverNotificationHandler,
} from "./deliver-notification";
export type { DeliveryStatus } from "./deliveries-repo";
export { DeliveryList } from "./delivery-list";
export { createEmailChannel } from "./email-channel";
export {
  enqueueNotification,
  type EnqueueNotificationInput,
  NOTIFY_DELIVER_JOB,
} from "./enqueue-notification";
export { createLineChannel } from "./line-channel";
export { listDeliveries, type NotificationDeliverySummary } from "./list-deliveries";
export { maskRecipient } from "./mask-recipient";
export { notifyMessages } from "./messages";
export { notificationPolicy } from "./policy";
export { createHttpSmsChannel } from "./sms-channel";
export {
  type ApplicationDecidedData,
  type ApplicationInfoRequestedData,
  type ApplicationProgressData,
  type ApplicationReceivedData,
  type DraftExpiringData,
  notificationTemplateData,
  type NotificationTemplateInput,
  type NotificationTemplateName,
} from "./template-data";
export { renderNotification } from "./templates";
