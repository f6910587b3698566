import { createTransport, type NodemailerError } from "nodemailer";

import { ChannelError, type NotificationChannel } from "./channel";

/**
 * E-mail over SMTP. The server's answer decides what happens next: a 5xx
 * refusal (no such mailbox, message refused) is final; a 4xx, a lost
 * connection or a timeout is tried again later. Refused credentials are
 * tried again too: they fail every notice alike until an operator fixes
 * them, and then the waiting notices go out.
 */
export function createEmailChannel({
  smtpUrl,
  from,
  timeoutMilliseconds,
}: {
  smtpUrl: string;
  from: string;
  timeoutMilliseconds: number;
}): NotificationChannel {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: timeoutMilliseconds,
    greetingTimeout: timeoutMilliseconds,
    socketTimeout: timeoutMilliseconds,
  });
  const messageIdDomain = /@([^>\s]+)/.exec(from)?.[1] ?? "pratu.localhost";
  return {
    kind: "email",
    async send(message) {
      try {
        const info = await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: { "Content-Language": message.locale },
          // The same Message-ID on every attempt lets mail clients fold a repeat.
          messageId: `<${message.deliveryId}@${messageIdDomain}>`,
        });
        return { providerMessageId: info.messageId };
      } catch (error) {
        throw classify(error as NodemailerError);
      }
    },
  };
}

function classify(error: NodemailerError): ChannelError {
  const isPermanent = error.permanent === true && error.code !== "EAUTH";
  const code = error.responseCode
    ? ` (SMTP ${error.responseCode})`
    : error.code
      ? ` (${error.code})`
      : "";
  return new ChannelError(`The mail server did not take the message${code}: ${error.message}`, {
    isRetryable: !isPermanent,
    cause: error,
  });
}
