/**
 * Government working days, counted in Bangkok: Monday to Friday, except the
 * national holidays that fall on the same date every year. Holidays set by
 * the lunar calendar or by cabinet resolution each year are not known ahead
 * and are not counted, so a due date may fall a day early, never late.
 */
const fixedHolidays = new Set([
  "01-01", // New Year's Day
  "04-06", // Chakri Memorial Day
  "04-13", // Songkran
  "04-14",
  "04-15",
  "05-01", // National Labour Day
  "05-04", // Coronation Day
  "06-03", // Queen Suthida's Birthday
  "07-28", // King Vajiralongkorn's Birthday
  "08-12", // Queen Mother's Birthday, Mother's Day
  "10-13", // King Bhumibol Memorial Day
  "10-23", // Chulalongkorn Day
  "12-05", // King Bhumibol's Birthday, Father's Day
  "12-10", // Constitution Day
  "12-31", // New Year's Eve
]);

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Offices close at 16:30; a step due on a day is due by then. */
const CLOSING_MINUTES = 16 * 60 + 30;

/** The Bangkok calendar day of an instant, as a UTC midnight (Thailand keeps no daylight time). */
function bangkokDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const monthDay = `${String(day.getUTCMonth() + 1).padStart(2, "0")}-${String(day.getUTCDate()).padStart(2, "0")}`;
  return !fixedHolidays.has(monthDay);
}

/**
 * When something received at `start` is due if it takes `days` working days:
 * counting starts the working day after receipt, and the time is the close of
 * the last day. Zero days means the close of the day of receipt (or of the
 * next working day when received on a day off).
 */
export function addWorkingDays(start: Date, days: number): Date {
  let day = bangkokDay(start);
  if (days === 0) {
    while (!isWorkingDay(day)) day = new Date(day.getTime() + DAY_MS);
  }
  let remaining = days;
  while (remaining > 0) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) remaining -= 1;
  }
  return new Date(day.getTime() + CLOSING_MINUTES * 60 * 1000 - BANGKOK_OFFSET_MS);
}
