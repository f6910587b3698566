import { describe, expect, it } from "vitest";

import { addWorkingDays, isWorkingDay } from "./working-days";

const bangkok = (iso: string) => new Date(`${iso}+07:00`);

describe("working days", () => {
  it("counts from the working day after receipt and ends at the close of office", () => {
    // Monday 23 November 2026, 10:00 in Bangkok; one working day later is Tuesday 16:30.
    expect(addWorkingDays(bangkok("2026-11-23T10:00:00"), 1)).toEqual(
      bangkok("2026-11-24T16:30:00"),
    );
  });

  it("skips weekends", () => {
    // Friday evening plus one working day is Monday.
    expect(addWorkingDays(bangkok("2026-11-27T21:00:00"), 1)).toEqual(
      bangkok("2026-11-30T16:30:00"),
    );
  });

  it("skips fixed national holidays", () => {
    // Friday 4 December; Saturday 5 is a weekend anyway, Thursday 10 is Constitution Day.
    expect(addWorkingDays(bangkok("2026-12-04T09:00:00"), 4)).toEqual(
      bangkok("2026-12-11T16:30:00"),
    );
    expect(isWorkingDay(new Date(Date.UTC(2027, 3, 13)))).toBe(false);
  });

  it("treats the Bangkok date, not the UTC date, as the day of receipt", () => {
    // 23:30 UTC on Sunday is already Monday 06:30 in Bangkok.
    expect(addWorkingDays(new Date("2026-11-22T23:30:00Z"), 0)).toEqual(
      bangkok("2026-11-23T16:30:00"),
    );
  });

  it("moves a zero-day deadline received on a day off to the next working day", () => {
    expect(addWorkingDays(bangkok("2026-11-28T10:00:00"), 0)).toEqual(
      bangkok("2026-11-30T16:30:00"),
    );
  });
});
