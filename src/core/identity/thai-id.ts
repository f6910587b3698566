import { z } from "zod";

/**
 * Thai 13-digit identification numbers: the citizen ID (เลขประจำตัวประชาชน)
 * issued by the Department of Provincial Administration and the juristic
 * person ID issued by the Department of Business Development. Both end with
 * the same check digit: (11 - (sum of d_i * (14 - i) for i = 1..12) mod 11) mod 10.
 */

const THAI_ZERO = "๐".codePointAt(0)!;
const SEPARATORS = /[\s\-–.]/g;

/** Turns Thai digits (๐-๙) into ASCII digits and drops spaces, dashes and dots people type between groups. */
export function normalizeThaiIdInput(value: string): string {
  return value
    .replace(SEPARATORS, "")
    .replace(/[๐-๙]/g, (digit) => String(digit.codePointAt(0)! - THAI_ZERO));
}

/** The check digit that the first 12 digits call for. */
export function thaiIdCheckDigit(firstTwelve: string): number {
  if (!/^\d{12}$/.test(firstTwelve)) throw new RangeError("Expected exactly 12 digits.");
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(firstTwelve[index]) * (13 - index);
  return (11 - (sum % 11)) % 10;
}

function hasValidCheckDigit(digits: string): boolean {
  return /^\d{13}$/.test(digits) && thaiIdCheckDigit(digits.slice(0, 12)) === Number(digits[12]);
}

/**
 * Whether a value is a citizen ID with the right check digit. Thai digits and
 * the usual separators are accepted; an ID starting with 0 belongs to a
 * juristic person, not a citizen.
 */
export function isValidThaiCitizenId(value: string): boolean {
  const digits = normalizeThaiIdInput(value);
  return digits[0] !== "0" && hasValidCheckDigit(digits);
}

/** Whether a value is a juristic person (company, foundation) ID: starts with 0, same check digit. */
export function isValidThaiJuristicPersonId(value: string): boolean {
  const digits = normalizeThaiIdInput(value);
  return digits[0] === "0" && hasValidCheckDigit(digits);
}

/** The 13 ASCII digits of a valid citizen ID, or null. */
export function normalizeThaiCitizenId(value: string): string | null {
  const digits = normalizeThaiIdInput(value);
  return isValidThaiCitizenId(digits) ? digits : null;
}

/** The way the ID is printed on the card: 1-2345-67890-12-3. */
export function formatThaiCitizenId(value: string): string {
  const digits = normalizeThaiIdInput(value);
  if (!/^\d{13}$/.test(digits)) throw new RangeError("A Thai ID has 13 digits.");
  return `${digits.slice(0, 1)}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}`;
}

/** The ID's last four digits, as pages may show them. */
export function lastFourDigits(citizenId: string): string {
  return normalizeThaiIdInput(citizenId).slice(-4);
}

/**
 * The printed shape with everything hidden but the last four digits, which is
 * all Pratu keeps in the clear: x-xxxx-xxxx0-12-3.
 */
export function maskThaiCitizenId(lastFour: string): string {
  if (!/^\d{4}$/.test(lastFour)) throw new RangeError("Expected the last four digits.");
  return `x-xxxx-xxxx${lastFour.slice(0, 1)}-${lastFour.slice(1, 3)}-${lastFour.slice(3)}`;
}

/** A citizen ID field: normalised to 13 ASCII digits, rejected when the check digit is wrong. */
export const ThaiCitizenIdSchema = z
  .string()
  .transform(normalizeThaiIdInput)
  .refine(isValidThaiCitizenId, {
    message: "เลขประจำตัวประชาชนไม่ถูกต้อง / The citizen ID is not valid",
  });
