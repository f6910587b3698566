import type { Config } from "@/config/schema";
import { newId } from "@/core/db/ids";
import { channelsFromConfig } from "@/core/notify";

/** One language's part of a bilingual e-mail. */
export interface MailPart {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string } | undefined;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * An e-mail in Thai, then English. Officers of an agency have no language
 * of their own on record, and a mailbox of an agency is read by whoever
 * holds it, so both are always there.
 */
export function renderBilingualMail(th: MailPart, en: MailPart) {
  const textOf = (part: MailPart) =>
    [...part.paragraphs, ...(part.action ? [`${part.action.label}: ${part.action.url}`] : [])].join(
      "\n\n",
    );
  const htmlOf = (part: MailPart, lang: string) =>
    `<section lang="${lang}">${[
      `<h1 style="font-size:1.3em">${escapeHtml(part.subject)}</h1>`,
      ...part.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      ...(part.action
        ? [`<p><a href="${escapeHtml(part.action.url)}">${escapeHtml(part.action.label)}</a></p>`]
        : []),
    ].join("\n")}</section>`;
  return {
    subject: `${th.subject} / ${en.subject}`,
    text: `${textOf(th)}\n\n---\n\n${textOf(en)}\n`,
    html: [
      "<!doctype html>",
      '<html lang="th"><head><meta charset="utf-8">',
      `<title>${escapeHtml(th.subject)}</title></head>`,
      '<body style="font-family:Sarabun,Tahoma,sans-serif;font-size:16px;line-height:1.6">',
      htmlOf(th, "th"),
      "<hr>",
      htmlOf(en, "en"),
      "</body></html>",
    ].join("\n"),
  };
}

/**
 * Sends one e-mail through the platform's mail channel. Resolves to false
 * when no mail server is configured; a refused or failed send throws, so
 * the job that called it is tried again.
 */
export async function sendChannelMail(
  config: Config,
  { to, th, en }: { to: string; th: MailPart; en: MailPart },
): Promise<boolean> {
  const slot = channelsFromConfig(config).email;
  if ("unavailable" in slot) return false;
  const mail = renderBilingualMail(th, en);
  await slot.channel.send({
    deliveryId: newId(),
    to,
    locale: "th",
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    short: th.subject,
  });
  return true;
}
