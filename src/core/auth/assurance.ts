import { defineMessages, type Message, type Translate } from "@/core/i18n";

/**
 * Assurance levels as Thai digital identity practice names them (NDID and
 * ETDA ขมธอ. 19-2561, after NIST SP 800-63): how well an identity was proven
 * (IAL 1.1, 1.2, 1.3, 2.1, 2.2, 2.3, 3) and how strongly the person
 * authenticated this time (AAL 1, 2.1, 2.2, 3).
 *
 * Pratu writes the pair as one OIDC `acr` value, `urn:pratu:ial:<IAL>:aal:<AAL>`,
 * e.g. `urn:pratu:ial:2.1:aal:2.1`. The built-in development provider issues
 * these; a session keeps the `acr` its provider returned, and services compare
 * it with what they require through `meetsAssurance`.
 */
export const identityAssuranceLevels = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3"] as const;
export const authenticatorAssuranceLevels = ["1", "2.1", "2.2", "3"] as const;

export type IdentityAssuranceLevel = (typeof identityAssuranceLevels)[number];
export type AuthenticatorAssuranceLevel = (typeof authenticatorAssuranceLevels)[number];

export interface AssuranceLevel {
  ial: IdentityAssuranceLevel;
  aal: AuthenticatorAssuranceLevel;
}

const ACR_PATTERN = /^urn:pratu:ial:(\d(?:\.\d)?):aal:(\d(?:\.\d)?)$/;

export function acrFor({ ial, aal }: AssuranceLevel): string {
  return `urn:pratu:ial:${ial}:aal:${aal}`;
}

/** The levels an `acr` value names, or null when it is not one of Pratu's. */
export function parseAcr(acr: string | null | undefined): AssuranceLevel | null {
  const match = acr ? ACR_PATTERN.exec(acr) : null;
  if (!match) return null;
  const [, ial, aal] = match;
  if (!isOneOf(identityAssuranceLevels, ial) || !isOneOf(authenticatorAssuranceLevels, aal)) {
    return null;
  }
  return { ial, aal };
}

export function isPratuAcr(value: unknown): value is string {
  return typeof value === "string" && parseAcr(value) !== null;
}

/** Every `acr` value Pratu understands: each IAL with each AAL. */
export const allAcrValues: readonly string[] = identityAssuranceLevels.flatMap((ial) =>
  authenticatorAssuranceLevels.map((aal) => acrFor({ ial, aal })),
);

/** Whether a session's `acr` is at least the level a service requires, on both axes. */
export function meetsAssurance(
  actual: string | null | undefined,
  required: AssuranceLevel,
): boolean {
  const level = parseAcr(actual);
  if (!level) return false;
  return (
    identityAssuranceLevels.indexOf(level.ial) >= identityAssuranceLevels.indexOf(required.ial) &&
    authenticatorAssuranceLevels.indexOf(level.aal) >=
      authenticatorAssuranceLevels.indexOf(required.aal)
  );
}

/**
 * The levels offered on the development provider's sign-in page, and the
 * default `pratu dev token` gives: the combinations Thai services meet most.
 */
export const commonAssuranceLevels: readonly AssuranceLevel[] = [
  { ial: "1.1", aal: "1" },
  { ial: "1.3", aal: "2.1" },
  { ial: "2.1", aal: "2.1" },
  { ial: "2.3", aal: "2.2" },
  { ial: "3", aal: "3" },
];

export const defaultDevAssurance: AssuranceLevel = { ial: "2.3", aal: "2.2" };

export const assuranceMessages = defineMessages({
  summary: {
    th: "ระดับการพิสูจน์ตัวตน (IAL) {ial} · ระดับการยืนยันตัวตน (AAL) {aal}",
    en: "Identity assurance (IAL) {ial} · Authentication assurance (AAL) {aal}",
  },
  unknown: {
    th: "ไม่ทราบระดับ (ผู้ให้บริการยืนยันตัวตนไม่ได้แจ้ง)",
    en: "Not known (the identity provider did not say)",
  },
  identity: {
    basic: {
      th: "พิสูจน์ตัวตนระดับพื้นฐาน",
      en: "Identity checked at a basic level",
    },
    verified: {
      th: "พิสูจน์ตัวตนกับข้อมูลทะเบียนราษฎรแล้ว",
      en: "Identity verified against the civil registration records",
    },
    inPerson: {
      th: "พิสูจน์ตัวตนต่อหน้าเจ้าหน้าที่พร้อมข้อมูลชีวมิติ",
      en: "Identity verified in person with biometrics",
    },
  },
  authenticator: {
    single: { th: "ยืนยันตัวตนด้วยปัจจัยเดียว", en: "signed in with one factor" },
    multi: { th: "ยืนยันตัวตนด้วยสองปัจจัย", en: "signed in with two factors" },
    hardware: {
      th: "ยืนยันตัวตนด้วยสองปัจจัยผ่านอุปกรณ์ที่ปลอดภัย",
      en: "signed in with two factors on a secure hardware device",
    },
  },
  sentence: { th: "{identity} และ{authenticator}", en: "{identity}, {authenticator}" },
});

function identityWords(ial: IdentityAssuranceLevel): Message {
  if (ial.startsWith("1")) return assuranceMessages.identity.basic;
  return ial === "3" ? assuranceMessages.identity.inPerson : assuranceMessages.identity.verified;
}

function authenticatorWords(aal: AuthenticatorAssuranceLevel): Message {
  if (aal === "1") return assuranceMessages.authenticator.single;
  return aal === "3"
    ? assuranceMessages.authenticator.hardware
    : assuranceMessages.authenticator.multi;
}

/** An assurance level as people read it: the numbers and what they mean. */
export function describeAssurance(
  t: Translate,
  acr: string | null | undefined,
): { summary: string; meaning: string } | null {
  const level = parseAcr(acr);
  if (!level) return null;
  return {
    summary: t(assuranceMessages.summary, { ial: level.ial, aal: level.aal }),
    meaning: t(assuranceMessages.sentence, {
      identity: t(identityWords(level.ial)),
      authenticator: t(authenticatorWords(level.aal)),
    }),
  };
}

function isOneOf<const Values extends readonly string[]>(
  values: Values,
  value: string | undefined,
): value is Values[number] {
  return value !== undefined && values.includes(value);
}
