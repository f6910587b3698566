import type { Locale } from "@/core/i18n";

export const notificationChannelKinds = ["email", "line", "sms"] as const;

export type NotificationChannelKind = (typeof notificationChannelKinds)[number];

/** One notice, rendered for its person and ready to hand to a channel. */
export interface OutgoingNotification {
  /**
   * Unique per delivery and the same on every attempt: a provider that
   * supports it (LINE's retry key, a gateway's idempotency key) drops a
   * repeated send instead of sending twice.
   */
  deliveryId: string;
  /** An e-mail address, a LINE user id or a phone number, as the channel needs. */
  to: string;
  locale: Locale;
  subject: string;
  /** The whole notice as plain text (e-mail text part, LINE). */
  text: string;
  /** The whole notice as a small, accessible HTML document (e-mail). */
  html: string;
  /** One or two sentences that fit a text message (SMS). */
  short: string;
}

/**
 * A way of reaching people. A second SMS provider, or any other channel, is
 * one more object of this shape, chosen in `channelsFromConfig`.
 */
export interface NotificationChannel {
  kind: NotificationChannelKind;
  /**
   * Sends one notice. Throws a ChannelError saying whether trying again may
   * help; any other error is taken as worth a retry.
   */
  send(message: OutgoingNotification): Promise<{ providerMessageId?: string | undefined }>;
}

/** Why a channel could not send: `isRetryable` decides between a later attempt and giving up. */
export class ChannelError extends Error {
  readonly isRetryable: boolean;

  constructor(message: string, { isRetryable, cause }: { isRetryable: boolean; cause?: unknown }) {
    super(message, { cause });
    this.name = "ChannelError";
    this.isRetryable = isRetryable;
  }
}

export function isRetryableFailure(error: unknown): boolean {
  return error instanceof ChannelError ? error.isRetryable : true;
}
