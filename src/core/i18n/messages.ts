export const locales = ["th", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "th";

/** One piece of text in every language Pratu speaks. `{name}` marks a value filled in later. */
export interface Message {
  readonly th: string;
  readonly en: string;
}

type Catalog = { readonly [key: string]: Message | Catalog };

/** Declares a module's catalogue of messages; the type keeps Thai and English side by side. */
export function defineMessages<const Messages extends Catalog>(messages: Messages): Messages {
  return messages;
}

export type Params = Readonly<Record<string, string | number>>;

export function translate(locale: Locale, message: Message, params?: Params): string {
  const text = message[locale];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale, as pages and handlers use it. */
export type Translate = (message: Message, params?: Params) => string;

export function translatorFor(locale: Locale): Translate {
  return (message, params) => translate(locale, message, params);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
