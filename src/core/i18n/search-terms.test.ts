import { describe, expect, it } from "vitest";

import { searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("splits Thai written without spaces into words", () => {
    expect(searchTerms("เบี้ยยังชีพผู้สูงอายุ")).toEqual(["เบี้ย", "ยังชีพ", "ผู้", "สูง", "อายุ"]);
  });

  it("lower-cases English, drops punctuation and repeats", () => {
    expect(searchTerms("Building permit (Kh.1), building PERMIT")).toEqual([
      "building",
      "permit",
      "kh",
      "1",
    ]);
  });

  it("treats composed and decomposed forms alike", () => {
    expect(searchTerms("Cafe\u0301")).toEqual(searchTerms("Café"));
  });
});
