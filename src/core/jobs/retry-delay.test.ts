import { describe, expect, it } from "vitest";

import { MAX_RETRY_DELAY_MILLISECONDS, retryDelayMilliseconds } from "./retry-delay";

describe("retry delay", () => {
  it("doubles per attempt and spreads each wait over the upper half", () => {
    const at = (attempt: number, random: number) =>
      retryDelayMilliseconds({ attempt, baseMilliseconds: 10_000, random: () => random });
    expect([at(1, 0), at(1, 1)]).toEqual([5_000, 10_000]);
    expect([at(2, 0), at(2, 1)]).toEqual([10_000, 20_000]);
    expect([at(4, 0), at(4, 0.5)]).toEqual([40_000, 60_000]);
  });

  it("never waits longer than the cap, however many attempts came before", () => {
    const delay = retryDelayMilliseconds({
      attempt: 60,
      baseMilliseconds: 10_000,
      random: () => 1,
    });
    expect(delay).toBe(MAX_RETRY_DELAY_MILLISECONDS);
  });
});
