import type { Config } from "@/config/schema";

import type { NotificationChannel, NotificationChannelKind } from "./channel";
import { createEmailChannel } from "./email-channel";
import { createLineChannel } from "./line-channel";
import { createHttpSmsChannel } from "./sms-channel";

/** A channel ready to send, or why there is none: the delivery is then recorded as skipped. */
export type ChannelSlot = { channel: NotificationChannel } | { unavailable: string };

export type ChannelSet = Record<NotificationChannelKind, ChannelSlot>;

/** The channels the configuration sets up. */
export function channelsFromConfig(config: Config): ChannelSet {
  const { notify } = config;
  const timeoutMilliseconds = notify.timeoutSeconds * 1000;
  return {
    email: notify.smtpUrl
      ? {
          channel: createEmailChannel({
            smtpUrl: notify.smtpUrl,
            from: notify.mailFrom,
            timeoutMilliseconds,
          }),
        }
      : { unavailable: "no mail server configured (SMTP_URL)" },
    line: notify.lineChannelAccessToken
      ? {
          channel: createLineChannel({
            apiUrl: notify.lineApiUrl,
            channelAccessToken: notify.lineChannelAccessToken,
            timeoutMilliseconds,
          }),
        }
      : { unavailable: "no LINE channel configured (LINE_CHANNEL_ACCESS_TOKEN)" },
    sms: notify.smsGatewayUrl
      ? {
          channel: createHttpSmsChannel({
            gatewayUrl: notify.smsGatewayUrl,
            token: notify.smsGatewayToken,
            sender: notify.smsSender,
            timeoutMilliseconds,
          }),
        }
      : { unavailable: "no SMS gateway configured (SMS_GATEWAY_URL)" },
  };
}
