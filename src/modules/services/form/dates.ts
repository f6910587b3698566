import { bangkokTimeZone, formatDate, type Locale } from "@/core/i18n";

/** Years from here up are Buddhist Era: no form asks for a date in the 24th century CE. */
const FIRST_BUDDHIST_YEAR = 2300;
const BUDDHIST_ERA_OFFSET = 543;

const bangkokDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: bangkokTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Thailand, as YYYY-MM-DD. */
export function bangkokToday(now: Date): string {
  return bangkokDate.format(now);
}

/** Whether a string is a date that exists, YYYY-MM-DD, in years 1000 to 9999. */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function resolveDateBound(bound: string | undefined, now: Date): string | undefined {
  return bound === "today" ? bangkokToday(now) : bound;
}

/** A date as people read it: 5 มีนาคม 2510 in Thai, 5 March 1967 in English. */
export function formatIsoDate(iso: string, locale: Locale): string {
  return formatDate(new Date(`${iso}T12:00:00+07:00`), locale);
}

/**
 * A date typed as day, month and year, as YYYY-MM-DD; undefined when it is not
 * a real date. A year from 2300 up is taken as Buddhist Era, so a Thai reader
 * may type 2510 and an English reader 1967 for the same year.
 */
export function isoFromParts(day: number, month: number, year: number): string | undefined {
  if (![day, month, year].every(Number.isInteger)) return undefined;
  const gregorianYear = year >= FIRST_BUDDHIST_YEAR ? year - BUDDHIST_ERA_OFFSET : year;
  const iso = `${String(gregorianYear).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isRealIsoDate(iso) ? iso : undefined;
}

/** The parts of a YYYY-MM-DD date, the year in the era the locale writes. */
export function partsFromIso(
  iso: string,
  locale: Locale,
): { day: number; month: number; year: number } {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { day, month, year: locale === "th" ? year + BUDDHIST_ERA_OFFSET : year };
}
