import type { NotificationChannel } from "./channel";
import { postJson } from "./http-channel";

/**
 * A generic HTTP SMS gateway, the shape most Thai SMS providers offer or a
 * small relay can adapt to:
 *
 *   POST {SMS_GATEWAY_URL}
 *   Authorization: Bearer {SMS_GATEWAY_TOKEN}
 *   Idempotency-Key: {delivery id, the same on every attempt}
 *   Content-Type: application/json
 *   {"to": "+66812345678", "message": "…", "sender": "PRATU"}
 *
 * A 2xx answer means accepted; its JSON `id` or `messageId`, if any, is kept.
 * 408, 429 and 5xx are tried again later; any other status is final.
 */
export function createHttpSmsChannel({
  gatewayUrl,
  token,
  sender,
  timeoutMilliseconds,
}: {
  gatewayUrl: string;
  token: string | undefined;
  sender: string;
  timeoutMilliseconds: number;
}): NotificationChannel {
  return {
    kind: "sms",
    async send(message) {
      const answer = await postJson({
        provider: "The SMS gateway",
        url: gatewayUrl,
        token,
        headers: { "Idempotency-Key": message.deliveryId },
        body: { to: message.to, message: message.short, sender },
        timeoutMilliseconds,
      });
      return { providerMessageId: messageIdOf(answer.body) };
    },
  };
}

function messageIdOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  for (const key of ["id", "messageId"] as const) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === "string" || typeof value === "number") return String(value);
  }
  return undefined;
}
