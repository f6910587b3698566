import type { Locale } from "./messages";

export const bangkokTimeZone = "Asia/Bangkok";

const dateFormats = {
  // Thai pages use the Buddhist calendar: 22 พฤศจิกายน 2569.
  th: { locale: "th-TH-u-ca-buddhist", calendar: "buddhist" },
  en: { locale: "en-GB", calendar: "gregory" },
} as const;

type Style = "date" | "dateTime" | "short";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: Style): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: bangkokTimeZone,
      calendar: dateFormats[locale].calendar,
      ...(style === "short"
        ? { day: "numeric", month: "short", year: "numeric" }
        : { day: "numeric", month: "long", year: "numeric" }),
      ...(style === "dateTime" ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    };
    format = new Intl.DateTimeFormat(dateFormats[locale].locale, options);
    cache.set(key, format);
  }
  return format;
}

/** A date as people read it: Buddhist Era in Thai, Bangkok time in both languages. */
export function formatDate(value: Date | string, locale: Locale, style: Style = "date"): string {
  const date = typeof value === "string" ? new Date(value) : value;
  const text = formatter(locale, style).format(date);
  return locale === "th" && style === "dateTime" ? `${text} น.` : text;
}

/** The Buddhist Era year of an instant, in Bangkok. */
export function buddhistYear(value: Date): number {
  return Number(bangkokYear.format(value)) + 543;
}

// Made once: building a DateTimeFormat costs far more than formatting with one,
// and every submission numbers its reference by the year.
const bangkokYear = new Intl.DateTimeFormat("en-GB", {
  timeZone: bangkokTimeZone,
  year: "numeric",
});

/** An ISO date-time string for the `datetime` attribute of `<time>`. */
export function isoInstant(value: Date | string): string {
  return (typeof value === "string" ? new Date(value) : value).toISOString();
}
