import type { Locale } from "@/core/i18n";

/**
 * A notice as its parts, before it becomes text and HTML. Templates say what
 * to tell; the layout alone writes markup, and escapes every value in it.
 */
export interface NoticeDocument {
  subject: string;
  paragraphs: string[];
  /** Label and value pairs shown as a list (reference number, dates). */
  facts: { label: string; value: string }[];
  /** Text quoted as given (an officer's request or reason). */
  quote?: string | undefined;
  closing: string[];
  actions: { label: string; url: string }[];
  /** A text message's worth; no link, since Thai agencies do not send links by SMS. */
  short: string;
  footer: string;
}

export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
  short: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function renderNoticeDocument(
  document: NoticeDocument,
  locale: Locale,
): RenderedNotification {
  return {
    subject: document.subject,
    text: renderText(document),
    html: renderHtml(document, locale),
    short: document.short,
  };
}

function renderText(document: NoticeDocument): string {
  const blocks = [
    ...document.paragraphs,
    ...(document.quote ? [document.quote.replace(/^/gm, "> ")] : []),
    ...(document.facts.length > 0
      ? [document.facts.map((fact) => `${fact.label}: ${fact.value}`).join("\n")]
      : []),
    ...document.closing,
    ...document.actions.map((action) => `${action.label}: ${action.url}`),
    `--\n${document.footer}`,
  ];
  return `${blocks.join("\n\n")}\n`;
}

function renderHtml(document: NoticeDocument, locale: Locale): string {
  const text = (value: string) => escapeHtml(value).replace(/\r?\n/g, "<br>");
  const parts = [
    `<h1 style="font-size:1.4em">${text(document.subject)}</h1>`,
    ...document.paragraphs.map((paragraph) => `<p>${text(paragraph)}</p>`),
    ...(document.quote
      ? [
          `<blockquote style="border-left:4px solid #8a8f98;margin:0;padding:0 1em">${text(document.quote)}</blockquote>`,
        ]
      : []),
    ...(document.facts.length > 0
      ? [
          `<dl>${document.facts
            .map(
              (fact) =>
                `<dt style="font-weight:bold">${text(fact.label)}</dt><dd style="margin:0 0 .5em">${text(fact.value)}</dd>`,
            )
            .join("")}</dl>`,
        ]
      : []),
    ...document.closing.map((paragraph) => `<p>${text(paragraph)}</p>`),
    ...document.actions.map(
      (action) => `<p><a href="${escapeHtml(action.url)}">${text(action.label)}</a></p>`,
    ),
    `<hr><p style="font-size:.9em;color:#44474f">${text(document.footer)}</p>`,
  ];
  return [
    "<!doctype html>",
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(document.subject)}</title></head>`,
    `<body style="font-family:Sarabun,Tahoma,sans-serif;font-size:16px;line-height:1.6;color:#1b1c1f">`,
    `<main style="max-width:40em;margin:0 auto;padding:1em">${parts.join("\n")}</main>`,
    "</body></html>",
  ].join("\n");
}
