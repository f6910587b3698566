import type { NotificationChannel } from "./channel";
import { postJson } from "./http-channel";

/** LINE allows 5,000 characters in one text message. */
const MAX_LINE_TEXT = 5000;

/**
 * LINE Messaging API push message. The delivery id goes as X-Line-Retry-Key:
 * LINE accepts a key once, so an attempt repeated after a lost answer is
 * refused with 409 and the id of the request it already accepted, and the
 * person gets the notice once.
 */
export function createLineChannel({
  apiUrl,
  channelAccessToken,
  timeoutMilliseconds,
}: {
  apiUrl: string;
  channelAccessToken: string;
  timeoutMilliseconds: number;
}): NotificationChannel {
  const endpoint = new URL("/v2/bot/message/push", apiUrl).toString();
  return {
    kind: "line",
    async send(message) {
      const text = `${message.subject}\n\n${message.text}`;
      const answer = await postJson({
        provider: "LINE",
        url: endpoint,
        token: channelAccessToken,
        headers: { "X-Line-Retry-Key": message.deliveryId },
        body: {
          to: message.to,
          messages: [{ type: "text", text: text.slice(0, MAX_LINE_TEXT) }],
        },
        timeoutMilliseconds,
        acceptStatus: (status, headers) =>
          status === 409 && headers.has("x-line-accepted-request-id"),
      });
      if (answer.status === 409) {
        return { providerMessageId: answer.headers.get("x-line-accepted-request-id") ?? undefined };
      }
      return {
        providerMessageId:
          firstSentMessageId(answer.body) ?? answer.headers.get("x-line-request-id") ?? undefined,
      };
    },
  };
}

function firstSentMessageId(body: unknown): string | undefined {
  if (!body || typeof body !== "object" || !("sentMessages" in body)) return undefined;
  const sent = body.sentMessages;
  if (!Array.isArray(sent)) return undefined;
  const first: unknown = sent[0];
  return first && typeof first === "object" && "id" in first && typeof first.id === "string"
    ? first.id
    : undefined;
}
