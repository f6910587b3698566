import { z } from "@hono/zod-openapi";

/**
 * The exchange's vocabulary. Parties and services are named as X-Road names
 * them, `INSTANCE/CLASS/MEMBER/SUBSYSTEM[/SERVICE]`, so that X-Road-style
 * clients can call Pratu without learning a second scheme. Every agency is a
 * member of class GOV; its code is the member code.
 */

export const MEMBER_CLASS = "GOV";

export const classifications = ["public", "internal", "confidential", "secret"] as const;
export type Classification = (typeof classifications)[number];

/** The PDPA's lawful bases an agency may rely on to use someone's data (sections 24 and 26). */
export const grantBases = [
  "consent",
  "legal_obligation",
  "public_task",
  "contract",
  "vital_interest",
] as const;
export type GrantBasis = (typeof grantBases)[number];

export const grantStatuses = ["requested", "approved", "rejected", "revoked"] as const;
export type GrantStatus = (typeof grantStatuses)[number];

export const subjectKinds = ["citizen_id", "juristic_id"] as const;
export type SubjectKind = (typeof subjectKinds)[number];

export const registryFieldTypes = ["text", "date", "number", "boolean", "address", "list"] as const;

/** Text a person reads, in both of Pratu's languages. */
export interface BilingualText {
  th: string;
  en: string;
}

const text = (max: number) => z.string().trim().min(1).max(max);
export const BilingualSchema = (max = 500) => z.object({ th: text(max), en: text(max) }).strict();

export const RegistryFieldSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9_]{0,62}$/, "Start with a lower-case letter; letters, digits or _"),
    label: BilingualSchema(200),
    type: z.enum(registryFieldTypes),
  })
  .strict()
  .openapi("RegistryField");
export type RegistryField = z.infer<typeof RegistryFieldSchema>;

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const SubsystemCodeSchema = z
  .string()
  .max(60)
  .regex(kebab, "Lower-case letters, digits and single hyphens")
  .openapi({ example: "population" });

export const ServiceCodeSchema = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9]*([._-][a-z0-9]+)*$/, "Lower-case words joined by . _ or -")
  .openapi({ example: "person.address" });

export const PurposeSchema = z
  .string()
  .max(60)
  .regex(kebab, "Lower-case letters, digits and single hyphens")
  .openapi({ example: "elderly-allowance-eligibility" });

const MemberCodeSchema = z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
const InstanceSchema = z.string().regex(/^[A-Za-z0-9-]{1,32}$/);

/** A party to an exchange: a member, or one of its subsystems. */
export interface ClientId {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string | null;
}

/** A data service: always a subsystem's (its registry's). */
export interface ServiceId {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string;
  serviceCode: string;
}

/** Parses `INSTANCE/CLASS/MEMBER[/SUBSYSTEM]`; null when any part is malformed. */
export function parseClientId(value: string): ClientId | null {
  const parts = value.trim().split("/");
  if (parts.length !== 3 && parts.length !== 4) return null;
  const [instance, memberClass, memberCode, subsystemCode] = parts as [
    string,
    string,
    string,
    string | undefined,
  ];
  if (!InstanceSchema.safeParse(instance).success) return null;
  if (memberClass !== MEMBER_CLASS) return null;
  if (!MemberCodeSchema.safeParse(memberCode).success) return null;
  if (subsystemCode !== undefined && !SubsystemCodeSchema.safeParse(subsystemCode).success) {
    return null;
  }
  return { instance, memberClass, memberCode, subsystemCode: subsystemCode ?? null };
}

export function formatClientId(id: ClientId): string {
  const member = `${id.instance}/${id.memberClass}/${id.memberCode}`;
  return id.subsystemCode ? `${member}/${id.subsystemCode}` : member;
}

/** Parses `INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE`; null when any part is malformed. */
export function parseServiceId(value: string): ServiceId | null {
  const parts = value.trim().split("/");
  if (parts.length !== 5) return null;
  const client = parseClientId(parts.slice(0, 4).join("/"));
  const serviceCode = parts[4]!;
  if (!client?.subsystemCode || !ServiceCodeSchema.safeParse(serviceCode).success) return null;
  return { ...client, subsystemCode: client.subsystemCode, serviceCode };
}

export function formatServiceId(id: ServiceId): string {
  return `${id.instance}/${id.memberClass}/${id.memberCode}/${id.subsystemCode}/${id.serviceCode}`;
}

/** Where served data came from: what a form shows as "verified from ..." and an application keeps. */
export interface DataServiceSource {
  provider: { code: string; name: BilingualText };
  registry: { code: string; name: BilingualText };
  dataService: { code: string; name: BilingualText; version: number };
  recordVersion: number;
  purpose: { code: string; text: BilingualText };
}
