import type { NotificationChannelKind } from "./channel";

/**
 * A recipient as officers' pages and error texts show it: enough to tell two
 * apart, never the whole address or number.
 */
export function maskRecipient(channel: NotificationChannelKind, recipient: string): string {
  switch (channel) {
    case "email": {
      const at = recipient.lastIndexOf("@");
      if (at < 1) return "***";
      return `${recipient.slice(0, 1)}***${recipient.slice(at)}`;
    }
    case "sms": {
      const digits = recipient.replace(/\D/g, "");
      return `***${digits.slice(-3)}`;
    }
    case "line":
      return `${recipient.slice(0, 4)}***`;
  }
}

/** The text with every copy of the recipient masked: a provider's error may quote it. */
export function redactRecipient(
  text: string,
  channel: NotificationChannelKind,
  recipient: string,
): string {
  if (!recipient) return text;
  return text.split(recipient).join(maskRecipient(channel, recipient));
}
