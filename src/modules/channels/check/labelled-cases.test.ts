import { describe, expect, test } from "vitest";

import { checkItems } from "./check";
import { classifyItem } from "./extract";
import { labelledCases } from "./labelled-cases";
import { demoIndex } from "./test-index";

const index = demoIndex();

function checkOne(input: string) {
  const item = classifyItem(input);
  if (!item) throw new Error(`nothing read from ${input}`);
  const [result] = checkItems(index, [item]).items;
  return result!;
}

describe("the labelled set of real-world-style cases", () => {
  test("holds at least 100 cases of every kind", () => {
    expect(labelledCases.length).toBeGreaterThanOrEqual(100);
    const verdicts = new Set(labelledCases.map((entry) => entry.verdict));
    expect([...verdicts].sort()).toEqual(["lookalike", "official", "unknown"]);
  });

  test.each(labelledCases)("$input is $verdict $agency", (entry) => {
    const result = checkOne(entry.input);
    expect(result.verdict).toBe(entry.verdict);
    expect(result.hidesDestination).toBe(entry.hides ?? false);
    if (entry.agency) expect(result.agency?.code).toBe(entry.agency);
    else expect(result.agency).toBeNull();
  });

  test("no unregistered item is ever called official", () => {
    const misses = labelledCases
      .filter((entry) => entry.verdict !== "official")
      .filter((entry) => checkOne(entry.input).verdict === "official");
    expect(misses).toEqual([]);
  });
});
