import { describe, expect, it } from "vitest";

import { translatorFor } from "@/core/i18n";

import { acrFor, allAcrValues, describeAssurance, meetsAssurance, parseAcr } from "./assurance";

describe("assurance levels", () => {
  it("writes and reads the acr of every NDID level pair", () => {
    expect(allAcrValues).toHaveLength(7 * 4);
    expect(acrFor({ ial: "2.1", aal: "2.1" })).toBe("urn:pratu:ial:2.1:aal:2.1");
    for (const acr of allAcrValues) expect(acrFor(parseAcr(acr)!)).toBe(acr);
  });

  it("reads nothing from values that are not Pratu's levels", () => {
    for (const acr of [
      null,
      undefined,
      "",
      "urn:pratu:ial:4:aal:1",
      "urn:pratu:ial:2.1:aal:1.1",
      "loa-2",
    ]) {
      expect(parseAcr(acr)).toBeNull();
    }
  });

  it("meets a requirement only when both identity and authentication are high enough", () => {
    const required = { ial: "2.1", aal: "2.1" } as const;
    expect(meetsAssurance("urn:pratu:ial:2.1:aal:2.1", required)).toBe(true);
    expect(meetsAssurance("urn:pratu:ial:3:aal:3", required)).toBe(true);
    expect(meetsAssurance("urn:pratu:ial:2.3:aal:1", required)).toBe(false);
    expect(meetsAssurance("urn:pratu:ial:1.3:aal:2.2", required)).toBe(false);
    expect(meetsAssurance(null, required)).toBe(false);
  });

  it("puts a level in words, in Thai and in English", () => {
    expect(describeAssurance(translatorFor("th"), "urn:pratu:ial:2.3:aal:2.2")).toEqual({
      summary: "ระดับการพิสูจน์ตัวตน (IAL) 2.3 · ระดับการยืนยันตัวตน (AAL) 2.2",
      meaning: "พิสูจน์ตัวตนกับข้อมูลทะเบียนราษฎรแล้ว และยืนยันตัวตนด้วยสองปัจจัย",
    });
    expect(describeAssurance(translatorFor("en"), "urn:pratu:ial:1.1:aal:1")?.meaning).toBe(
      "Identity checked at a basic level, signed in with one factor",
    );
    expect(describeAssurance(translatorFor("en"), "something-else")).toBeNull();
  });
});
