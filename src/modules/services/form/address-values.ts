import type { Message } from "@/core/i18n";

import { isRecord, ownValue } from "./conditions";
import type { CheckContext, Checked } from "./field-values";
import { formMessages as m } from "./messages";
import { type AnswerProblem, answerProblem, type ProblemParams } from "./problems";
import type { AddressField, BilingualText } from "./schema";
import { findDistrict, findProvince, findSubdistrict } from "./thai-addresses";

export const addressParts = [
  "line",
  "provinceCode",
  "districtCode",
  "subdistrictCode",
  "postcode",
] as const;
export type AddressPart = (typeof addressParts)[number];
export type ThaiAddressAnswer = Partial<Record<AddressPart, string>>;

const MAX_LINE_LENGTH = 300;

/**
 * Checks an address against the dataset: the district lies in the province,
 * the subdistrict in the district, the postcode is one of the subdistrict's
 * (and is filled in when it has only one). Once any part is given, a
 * submission needs them all.
 */
export function checkAddress(
  field: AddressField,
  raw: unknown,
  path: string,
  label: BilingualText,
  context: CheckContext,
): Checked {
  if (raw === undefined || raw === null) return { value: undefined, problems: [] };
  const invalidType = {
    value: undefined,
    problems: [answerProblem(path, "invalid_type", m.problems.invalidType, { label })],
  };
  if (!isRecord(raw)) return invalidType;
  const given: ThaiAddressAnswer = {};
  for (const part of addressParts) {
    const value = ownValue(raw, part);
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") return invalidType;
    if (value.trim() !== "") given[part] = value.trim();
  }
  if (Object.keys(given).length === 0) return { value: undefined, problems: [] };

  const problems: AnswerProblem[] = [];
  const report = (part: AddressPart, code: string, message: Message, params: ProblemParams = {}) =>
    problems.push(answerProblem(`${path}.${part}`, code, message, { label, ...params }));

  if (given.line !== undefined && given.line.length > MAX_LINE_LENGTH) {
    report("line", "too_long", m.problems.tooLong, { max: MAX_LINE_LENGTH });
  }
  // Levels are checked top down; below a wrong level nothing more is said,
  // since the lists the person chooses from there depend on it.
  const wrongLevel = firstWrongLevel(field, given);
  if (wrongLevel) report(wrongLevel.part, wrongLevel.code, wrongLevel.message, wrongLevel.params);
  const checkedParts = wrongLevel
    ? addressParts.slice(0, addressParts.indexOf(wrongLevel.part))
    : addressParts;
  if (context.mode === "submit") {
    for (const part of checkedParts) {
      if (given[part] === undefined && !problems.some((each) => each.field === `${path}.${part}`)) {
        report(part, "required", m.problems.requiredPart, { part: m.addressPartsInSentence[part] });
      }
    }
  }
  if (problems.length > 0) return { value: undefined, problems };
  const value: ThaiAddressAnswer = {};
  for (const part of addressParts) if (given[part] !== undefined) value[part] = given[part];
  return { value, problems: [] };
}

interface WrongLevel {
  part: AddressPart;
  code: string;
  message: Message;
  params?: ProblemParams;
}

/** The highest level that does not fit the one above it, filling in a single postcode on the way. */
function firstWrongLevel(field: AddressField, given: ThaiAddressAnswer): WrongLevel | undefined {
  if (given.provinceCode !== undefined) {
    if (!findProvince(given.provinceCode)) {
      return {
        part: "provinceCode",
        code: "unknown_province",
        message: m.problems.unknownProvince,
      };
    }
    if (field.provinces && !field.provinces.includes(given.provinceCode)) {
      const names = field.provinces.map((code) => findProvince(code));
      return {
        part: "provinceCode",
        code: "province_not_allowed",
        message: m.problems.provinceNotAllowed,
        params: {
          provinces: {
            th: names.map((province) => `จังหวัด${province?.nameTh ?? ""}`).join(" หรือ "),
            en: names.map((province) => province?.nameEn ?? "").join(" or "),
          },
        },
      };
    }
  }
  if (given.districtCode !== undefined) {
    if (findDistrict(given.districtCode)?.provinceCode !== given.provinceCode) {
      return {
        part: "districtCode",
        code: "unknown_district",
        message: m.problems.unknownDistrict,
      };
    }
  }
  const subdistrict =
    given.subdistrictCode === undefined ? undefined : findSubdistrict(given.subdistrictCode);
  if (given.subdistrictCode !== undefined && subdistrict?.districtCode !== given.districtCode) {
    return {
      part: "subdistrictCode",
      code: "unknown_subdistrict",
      message: m.problems.unknownSubdistrict,
    };
  }
  if (given.postcode === undefined) {
    if (subdistrict?.postcodes.length === 1) given.postcode = subdistrict.postcodes[0];
    return undefined;
  }
  if (!/^\d{5}$/.test(given.postcode)) {
    return { part: "postcode", code: "invalid_postcode", message: m.problems.invalidPostcode };
  }
  if (subdistrict && !subdistrict.postcodes.includes(given.postcode)) {
    return {
      part: "postcode",
      code: "postcode_mismatch",
      message: m.problems.postcodeMismatch,
      params: { postcodes: subdistrict.postcodes.join(", ") },
    };
  }
  return undefined;
}
