/**
 * Exchange fixtures made with plain SQL: a provider with a hosted registry
 * of a few people, data services on it, consumers with API keys, grants and
 * consents. Tests of any part of the exchange can build on them without
 * going through the management API.
 */
import { createApiKey } from "@/core/auth/credentials";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { thaiIdCheckDigit } from "@/core/identity/thai-id";

import { insertTestAgency, type TestAgency } from "./test-agencies";

/** A valid 13-digit citizen ID (check digit computed) made from a number. */
export function testCitizenId(seed: number): string {
  const first12 = `3${String(seed).padStart(11, "0")}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

export const populationSchema = [
  { key: "firstName", label: { th: "ชื่อ", en: "First name" }, type: "text" },
  { key: "lastName", label: { th: "นามสกุล", en: "Last name" }, type: "text" },
  { key: "birthDate", label: { th: "วันเกิด", en: "Date of birth" }, type: "date" },
  { key: "address", label: { th: "ที่อยู่ตามทะเบียนบ้าน", en: "Registered address" }, type: "address" },
] as const;

export interface TestPerson {
  citizenId: string;
  data: {
    firstName: string;
    lastName: string;
    birthDate: string;
    /** The form's Thai address shape, as a registry's address field holds it. */
    address: {
      line: string;
      provinceCode: string;
      districtCode: string;
      subdistrictCode: string;
      postcode: string;
    };
  };
}

export const testPeople: readonly TestPerson[] = [
  {
    citizenId: testCitizenId(10_001),
    data: {
      firstName: "สมชาย",
      lastName: "ใจดี",
      birthDate: "1955-03-14",
      address: {
        line: "12 ถนนราชดำเนิน",
        provinceCode: "50",
        districtCode: "5001",
        subdistrictCode: "500101",
        postcode: "50200",
      },
    },
  },
  {
    citizenId: testCitizenId(10_002),
    data: {
      firstName: "สมศรี",
      lastName: "มีสุข",
      birthDate: "1958-11-02",
      address: {
        line: "8 ถนนช้างคลาน",
        provinceCode: "50",
        districtCode: "5001",
        subdistrictCode: "500105",
        postcode: "50100",
      },
    },
  },
];

/** A citizen ID with a valid check digit that no test registry holds. */
export const unknownCitizenId = testCitizenId(99_999);

export interface TestRegistry {
  id: string;
  code: string;
  agencyId: string;
}

export interface TestDataService {
  id: string;
  code: string;
  registryId: string;
  agencyId: string;
  fields: string[];
}

/** A hosted registry of an agency, with the given people's records. */
export async function insertHostedRegistry(
  db: Database,
  secrets: SecretBox,
  {
    agency,
    code = "population",
    people = testPeople,
    keepContent = false,
  }: {
    agency: TestAgency;
    code?: string;
    people?: readonly TestPerson[];
    keepContent?: boolean;
  },
): Promise<TestRegistry> {
  const id = newId();
  await db.query(
    `insert into registries (agency_id, id, code, name, kind, subject_kind, record_schema, keep_content)
     values ($1, $2, $3, $4, 'hosted', 'citizen_id', $5, $6)`,
    [
      agency.id,
      id,
      code,
      JSON.stringify({ th: "ทะเบียนราษฎร", en: "Population register" }),
      JSON.stringify(populationSchema),
      keepContent,
    ],
  );
  for (const person of people) {
    await db.query(
      `insert into registry_records (agency_id, registry_id, subject_hash, data, schema_version)
       values ($1, $2, $3, $4, 1)`,
      [agency.id, id, secrets.hashNationalId(person.citizenId), JSON.stringify(person.data)],
    );
  }
  return { id, code, agencyId: agency.id };
}

/**
 * An external registry: Pratu reaches it over HTTP through the adapter,
 * bounded by `timeoutMs`, with a sealed shared secret.
 */
export async function insertExternalRegistry(
  db: Database,
  secrets: SecretBox,
  {
    agency,
    code,
    url,
    timeoutMs,
    secret,
  }: { agency: TestAgency; code: string; url: string; timeoutMs: number; secret: string },
): Promise<TestRegistry> {
  const id = newId();
  await db.query(
    `insert into registries (agency_id, id, code, name, kind, subject_kind, record_schema,
       external_url, external_timeout_ms, external_secret_sealed)
     values ($1, $2, $3, $4, 'external', 'citizen_id', $5, $6, $7, $8)`,
    [
      agency.id,
      id,
      code,
      JSON.stringify({ th: "ทะเบียนภายนอก", en: "External register" }),
      JSON.stringify(populationSchema),
      url,
      timeoutMs,
      secrets.seal(secret),
    ],
  );
  return { id, code, agencyId: agency.id };
}

export async function insertDataService(
  db: Database,
  {
    registry,
    code,
    fields,
    consentRequired = false,
    classification = "confidential",
  }: {
    registry: TestRegistry;
    code: string;
    fields: string[];
    consentRequired?: boolean;
    classification?: "public" | "internal" | "confidential" | "secret";
  },
): Promise<TestDataService> {
  const id = newId();
  await db.query(
    `insert into data_services (agency_id, id, registry_id, code, name, fields, classification, consent_required)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      registry.agencyId,
      id,
      registry.id,
      code,
      JSON.stringify({ th: `บริการ ${code}`, en: `Service ${code}` }),
      JSON.stringify(fields),
      classification,
      consentRequired,
    ],
  );
  return { id, code, registryId: registry.id, agencyId: registry.agencyId, fields };
}

export interface GrantOptions {
  dataService: TestDataService;
  consumer: TestAgency;
  purpose: string;
  subsystem?: string | null;
  basis?: "consent" | "legal_obligation" | "public_task" | "contract" | "vital_interest";
  status?: "requested" | "approved" | "rejected" | "revoked";
  fields?: string[] | null;
  expiresAt?: Date | null;
  rateLimitPerMinute?: number;
}

/** A grant, approved unless told otherwise, decided now. */
export async function insertGrant(db: Database, options: GrantOptions): Promise<string> {
  const id = newId();
  const status = options.status ?? "approved";
  await db.query(
    `insert into exchange_grants (agency_id, id, data_service_id, consumer_agency_id,
       consumer_subsystem, purpose, purpose_text, basis, legal_basis, fields, expires_at,
       rate_limit_per_minute, status, decided_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      options.dataService.agencyId,
      id,
      options.dataService.id,
      options.consumer.id,
      options.subsystem ?? null,
      options.purpose,
      JSON.stringify({ th: "ตรวจสอบสิทธิ์เบี้ยยังชีพผู้สูงอายุ", en: "Check elderly allowance eligibility" }),
      options.basis ?? "public_task",
      JSON.stringify({
        th: "ระเบียบกระทรวงมหาดไทยว่าด้วยเบี้ยยังชีพผู้สูงอายุ",
        en: "Ministry of Interior regulation on the elderly allowance",
      }),
      options.fields === undefined || options.fields === null
        ? null
        : JSON.stringify(options.fields),
      options.expiresAt ?? null,
      options.rateLimitPerMinute ?? 600,
      status,
      status === "requested" ? null : new Date(),
    ],
  );
  return id;
}

export async function setGrantStatus(
  db: Database,
  grantId: string,
  status: "approved" | "revoked" | "rejected",
): Promise<void> {
  await db.query(
    "update exchange_grants set status = $2, decided_at = now(), updated_at = now() where id = $1",
    [grantId, status],
  );
}

/** A live consent of a person for (consumer, data service, purpose). */
export async function insertConsent(
  db: Database,
  secrets: SecretBox,
  {
    citizenId,
    consumer,
    dataService,
    purpose,
    expiresAt = null,
  }: {
    citizenId: string;
    consumer: TestAgency;
    dataService: TestDataService;
    purpose: string;
    expiresAt?: Date | null;
  },
): Promise<string> {
  const id = newId();
  await db.query(
    `insert into exchange_consents (id, subject_hash, consumer_agency_id, data_service_id, purpose,
       explanation, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      secrets.hashNationalId(citizenId),
      consumer.id,
      dataService.id,
      purpose,
      JSON.stringify({
        th: "ยินยอมให้เทศบาลดึงที่อยู่จากทะเบียนราษฎร",
        en: "I agree that the city fetches my address from the population register",
      }),
      expiresAt,
    ],
  );
  return id;
}

export async function revokeTestConsent(db: Database, consentId: string): Promise<void> {
  await db.query("update exchange_consents set revoked_at = now() where id = $1", [consentId]);
}

/** An API key of the agency for X-Road calls (scope exchange:query unless told otherwise). */
export async function createExchangeApiKey(
  db: Database,
  agency: TestAgency,
  scopes: string[] = ["exchange:query"],
): Promise<string> {
  const { key } = await withinAgency(db, agency.id, (scope) =>
    createApiKey(scope, { name: `${agency.code} exchange client`, scopes, createdBy: null }),
  );
  return key;
}

export interface ExchangeFixture {
  provider: TestAgency;
  consumer: TestAgency;
  otherConsumer: TestAgency;
  population: TestRegistry;
  address: TestDataService;
  basic: TestDataService;
  consumerKey: string;
  otherConsumerKey: string;
}

/**
 * DOPA with a hosted population registry of `testPeople` and two data
 * services (`person.address`, `person.basic`); CHIANGMAI-CITY and DBD as
 * consumers, each with an exchange:query key. No grants: nothing is open.
 */
export async function createExchangeFixture(
  db: Database,
  secrets: SecretBox,
): Promise<ExchangeFixture> {
  const provider = await insertTestAgency(db, {
    code: "DOPA",
    nameTh: "กรมการปกครอง",
    nameEn: "Department of Provincial Administration",
  });
  const consumer = await insertTestAgency(db, {
    code: "CHIANGMAI-CITY",
    nameTh: "เทศบาลนครเชียงใหม่",
    nameEn: "Chiang Mai City Municipality",
  });
  const otherConsumer = await insertTestAgency(db, { code: "DBD" });
  const population = await insertHostedRegistry(db, secrets, { agency: provider });
  const address = await insertDataService(db, {
    registry: population,
    code: "person.address",
    fields: ["address"],
  });
  const basic = await insertDataService(db, {
    registry: population,
    code: "person.basic",
    fields: ["firstName", "lastName", "birthDate"],
  });
  return {
    provider,
    consumer,
    otherConsumer,
    population,
    address,
    basic,
    consumerKey: await createExchangeApiKey(db, consumer),
    otherConsumerKey: await createExchangeApiKey(db, otherConsumer),
  };
}

export const TEST_PURPOSE = "elderly-allowance-eligibility";
export const TEST_SUBSYSTEM = "elderly-allowance";
