import { describe, expect, it } from "vitest";

import {
  formatThaiCitizenId,
  isValidThaiCitizenId,
  isValidThaiJuristicPersonId,
  lastFourDigits,
  maskThaiCitizenId,
  normalizeThaiCitizenId,
  ThaiCitizenIdSchema,
  thaiIdCheckDigit,
} from "./thai-id";

describe("Thai citizen IDs", () => {
  it("accepts IDs whose check digit follows the DOPA formula", () => {
    for (const id of ["1101700234568", "3100500141782", "8500100077651", "1234567890121"]) {
      expect(isValidThaiCitizenId(id)).toBe(true);
    }
  });

  it("rejects each wrong check digit of a real-shaped ID", () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      if (digit === 8) continue;
      expect(isValidThaiCitizenId(`110170023456${digit}`)).toBe(false);
    }
  });

  it("rejects an ID with two digits swapped, which the check digit catches", () => {
    expect(isValidThaiCitizenId("1011700234568")).toBe(false);
  });

  it("computes the check digit as (11 - weighted sum mod 11) mod 10", () => {
    // 1*13 + 2*12 + 3*11 + 4*10 + 5*9 + 6*8 + 7*7 + 8*6 + 9*5 + 0*4 + 1*3 + 2*2 = 352; 352 mod 11 = 0; (11 - 0) mod 10 = 1
    expect(thaiIdCheckDigit("123456789012")).toBe(1);
    expect(() => thaiIdCheckDigit("12345")).toThrow(RangeError);
  });

  it("accepts Thai digits and the usual separators", () => {
    expect(isValidThaiCitizenId("๑-๑๐๑๗-๐๐๒๓๔-๕๖-๘")).toBe(true);
    expect(isValidThaiCitizenId("1 1017 00234 56 8")).toBe(true);
    expect(normalizeThaiCitizenId("๑๑๐๑๗๐๐๒๓๔๕๖๘")).toBe("1101700234568");
  });

  it("rejects IDs of the wrong length or with letters", () => {
    for (const id of ["", "110170023456", "11017002345680", "11017002345a8", "abcdefghijklm"]) {
      expect(isValidThaiCitizenId(id)).toBe(false);
    }
    expect(normalizeThaiCitizenId("1101700234567")).toBeNull();
  });

  it("tells juristic person IDs, which start with 0, from citizen IDs", () => {
    expect(isValidThaiJuristicPersonId("0105536012346")).toBe(true);
    expect(isValidThaiCitizenId("0105536012346")).toBe(false);
    expect(isValidThaiJuristicPersonId("0105536012345")).toBe(false);
    expect(isValidThaiJuristicPersonId("1101700234568")).toBe(false);
  });

  it("formats as printed on the card and masks all but the last four digits", () => {
    expect(formatThaiCitizenId("1101700234568")).toBe("1-1017-00234-56-8");
    expect(formatThaiCitizenId("๑๑๐๑๗๐๐๒๓๔๕๖๘")).toBe("1-1017-00234-56-8");
    expect(lastFourDigits("1-1017-00234-56-8")).toBe("4568");
    expect(maskThaiCitizenId("4568")).toBe("x-xxxx-xxxx4-56-8");
    expect(() => formatThaiCitizenId("123")).toThrow(RangeError);
    expect(() => maskThaiCitizenId("45a8")).toThrow(RangeError);
  });

  it("gives forms a schema that normalises good IDs and names the problem with bad ones", () => {
    expect(ThaiCitizenIdSchema.parse("๑-๑๐๑๗-๐๐๒๓๔-๕๖-๘")).toBe("1101700234568");
    const result = ThaiCitizenIdSchema.safeParse("1-1017-00234-56-7");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("เลขประจำตัวประชาชนไม่ถูกต้อง");
  });
});
