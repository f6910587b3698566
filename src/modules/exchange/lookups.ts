import type { Database, Queryable } from "@/core/db/database";
import { selectAgencyByCode, selectAgencyById } from "@/modules/agencies";

import type {
  BilingualText,
  Classification,
  GrantBasis,
  GrantStatus,
  RegistryField,
  SubjectKind,
} from "./schema";

/**
 * The rows the call path reads, and the reads themselves. They run without
 * an agency scope on purpose: mediating between two agencies is the
 * platform's job, and each read names both parties in its WHERE clause.
 */

export interface Registry {
  id: string;
  agencyId: string;
  code: string;
  name: BilingualText;
  description: BilingualText | null;
  kind: "hosted" | "external";
  subjectKind: SubjectKind;
  recordSchema: RegistryField[];
  schemaVersion: number;
  externalUrl: string | null;
  externalTimeoutMs: number | null;
  externalSecretSealed: string | null;
  keepContent: boolean;
}

export interface DataService {
  id: string;
  agencyId: string;
  registryId: string;
  code: string;
  name: BilingualText;
  description: BilingualText | null;
  fields: string[];
  classification: Classification;
  consentRequired: boolean;
  version: number;
  retiredAt: Date | null;
}

export interface Grant {
  id: string;
  providerAgencyId: string;
  dataServiceId: string;
  consumerAgencyId: string;
  consumerSubsystem: string | null;
  purpose: string;
  purposeText: BilingualText;
  basis: GrantBasis;
  legalBasis: BilingualText;
  fields: string[] | null;
  expiresAt: Date | null;
  rateLimitPerMinute: number;
  status: GrantStatus;
}

export interface Consent {
  id: string;
  subjectHash: string;
  citizenId: string | null;
  consumerAgencyId: string;
  dataServiceId: string;
  purpose: string;
  serviceId: string | null;
  explanation: BilingualText;
  givenAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export interface AgencyRef {
  id: string;
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface ResolvedDataService {
  provider: AgencyRef;
  registry: Registry;
  dataService: DataService;
}

export const registryColumns = `r.id as registry_id, r.agency_id as registry_agency_id, r.code as registry_code,
  r.name as registry_name, r.description as registry_description, r.kind as registry_kind,
  r.subject_kind, r.record_schema, r.schema_version, r.external_url, r.external_timeout_ms,
  r.external_secret_sealed, r.keep_content`;

export const dataServiceColumns = `d.id as service_id, d.agency_id as service_agency_id,
  d.registry_id as service_registry_id, d.code as service_code, d.name as service_name,
  d.description as service_description, d.fields as service_fields, d.classification,
  d.consent_required, d.version as service_version, d.retired_at as service_retired_at`;

export interface RegistryRow {
  registry_id: string;
  registry_agency_id: string;
  registry_code: string;
  registry_name: BilingualText;
  registry_description: BilingualText | null;
  registry_kind: "hosted" | "external";
  subject_kind: SubjectKind;
  record_schema: RegistryField[];
  schema_version: number;
  external_url: string | null;
  external_timeout_ms: number | null;
  external_secret_sealed: string | null;
  keep_content: boolean;
}

export interface DataServiceRow {
  service_id: string;
  service_agency_id: string;
  service_registry_id: string;
  service_code: string;
  service_name: BilingualText;
  service_description: BilingualText | null;
  service_fields: string[];
  classification: Classification;
  consent_required: boolean;
  service_version: number;
  service_retired_at: Date | null;
}

/** Maps a row selected with `registryColumns` (table alias `r`). */
export function registryFromRow(row: RegistryRow): Registry {
  return {
    id: row.registry_id,
    agencyId: row.registry_agency_id,
    code: row.registry_code,
    name: row.registry_name,
    description: row.registry_description,
    kind: row.registry_kind,
    subjectKind: row.subject_kind,
    recordSchema: row.record_schema,
    schemaVersion: row.schema_version,
    externalUrl: row.external_url,
    externalTimeoutMs: row.external_timeout_ms,
    externalSecretSealed: row.external_secret_sealed,
    keepContent: row.keep_content,
  };
}

/** Maps a row selected with `dataServiceColumns` (table alias `d`). */
export function dataServiceFromRow(row: DataServiceRow): DataService {
  return {
    id: row.service_id,
    agencyId: row.service_agency_id,
    registryId: row.service_registry_id,
    code: row.service_code,
    name: row.service_name,
    description: row.service_description,
    fields: row.service_fields,
    classification: row.classification,
    consentRequired: row.consent_required,
    version: row.service_version,
    retiredAt: row.service_retired_at,
  };
}

/** A data service by its X-Road path, with its registry and provider; null when any part is unknown or retired. */
export async function findDataServiceByPath({
  db,
  providerCode,
  registryCode,
  serviceCode,
}: {
  db: Queryable;
  providerCode: string;
  registryCode: string;
  serviceCode: string;
}): Promise<ResolvedDataService | null> {
  const provider = await selectAgencyByCode(db, providerCode);
  if (!provider) return null;
  const { rows } = await db.query<RegistryRow & DataServiceRow>(
    `select ${registryColumns}, ${dataServiceColumns}
       from registries r
       join data_services d on d.registry_id = r.id and d.code = $3 and d.retired_at is null
      where r.agency_id = $1 and r.code = $2`,
    [provider.id, registryCode, serviceCode],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    provider: {
      id: provider.id,
      code: provider.code,
      nameTh: provider.nameTh,
      nameEn: provider.nameEn,
    },
    registry: registryFromRow(row),
    dataService: dataServiceFromRow(row),
  };
}

interface GrantRow {
  id: string;
  agency_id: string;
  data_service_id: string;
  consumer_agency_id: string;
  consumer_subsystem: string | null;
  purpose: string;
  purpose_text: BilingualText;
  basis: GrantBasis;
  legal_basis: BilingualText;
  fields: string[] | null;
  expires_at: Date | null;
  rate_limit_per_minute: number;
  status: GrantStatus;
}

export const grantColumns = `g.id, g.agency_id, g.data_service_id, g.consumer_agency_id,
  g.consumer_subsystem, g.purpose, g.purpose_text, g.basis, g.legal_basis, g.fields, g.expires_at,
  g.rate_limit_per_minute, g.status`;

export function grantFromRow(row: GrantRow): Grant {
  return {
    id: row.id,
    providerAgencyId: row.agency_id,
    dataServiceId: row.data_service_id,
    consumerAgencyId: row.consumer_agency_id,
    consumerSubsystem: row.consumer_subsystem,
    purpose: row.purpose,
    purposeText: row.purpose_text,
    basis: row.basis,
    legalBasis: row.legal_basis,
    fields: row.fields,
    expiresAt: row.expires_at,
    rateLimitPerMinute: row.rate_limit_per_minute,
    status: row.status,
  };
}

/**
 * The approved, unexpired grant that lets this consumer (and subsystem) call
 * this data service for this purpose. A grant naming a subsystem wins over
 * one for the whole agency, so the narrower field list and limit apply.
 */
export async function findApplicableGrant({
  db,
  dataServiceId,
  consumerAgencyId,
  subsystem,
  purpose,
  at = new Date(),
}: {
  db: Queryable;
  dataServiceId: string;
  consumerAgencyId: string;
  subsystem: string | null;
  purpose: string;
  at?: Date;
}): Promise<Grant | null> {
  const { rows } = await db.query<GrantRow>(
    `select ${grantColumns}
       from exchange_grants g
      where g.data_service_id = $1 and g.consumer_agency_id = $2 and g.purpose = $3
        and g.status = 'approved'
        and (g.expires_at is null or g.expires_at > $5)
        and (g.consumer_subsystem is null or g.consumer_subsystem = $4)
      order by g.consumer_subsystem nulls last, g.decided_at desc nulls last
      limit 1`,
    [dataServiceId, consumerAgencyId, purpose, subsystem, at],
  );
  return rows[0] ? grantFromRow(rows[0]) : null;
}

interface ConsentRow {
  id: string;
  subject_hash: string;
  citizen_id: string | null;
  consumer_agency_id: string;
  data_service_id: string;
  purpose: string;
  service_id: string | null;
  explanation: BilingualText;
  given_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export const consentColumns = `c.id, c.subject_hash, c.citizen_id, c.consumer_agency_id,
  c.data_service_id, c.purpose, c.service_id, c.explanation, c.given_at, c.expires_at, c.revoked_at`;

export function consentFromRow(row: ConsentRow): Consent {
  return {
    id: row.id,
    subjectHash: row.subject_hash,
    citizenId: row.citizen_id,
    consumerAgencyId: row.consumer_agency_id,
    dataServiceId: row.data_service_id,
    purpose: row.purpose,
    serviceId: row.service_id,
    explanation: row.explanation,
    givenAt: row.given_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** The person's consent in force for exactly this consumer, data service and purpose. */
export async function findLiveConsent({
  db,
  subjectHash,
  consumerAgencyId,
  dataServiceId,
  purpose,
  at = new Date(),
}: {
  db: Queryable;
  subjectHash: string;
  consumerAgencyId: string;
  dataServiceId: string;
  purpose: string;
  at?: Date;
}): Promise<Consent | null> {
  const { rows } = await db.query<ConsentRow>(
    `select ${consentColumns}
       from exchange_consents c
      where c.subject_hash = $1 and c.consumer_agency_id = $2 and c.data_service_id = $3
        and c.purpose = $4 and c.revoked_at is null
        and (c.expires_at is null or c.expires_at > $5)
      limit 1`,
    [subjectHash, consumerAgencyId, dataServiceId, purpose, at],
  );
  return rows[0] ? consentFromRow(rows[0]) : null;
}

const AGENCY_CODE_TTL_MS = 60_000;
const agencyCodes = new WeakMap<Database, Map<string, { code: string; at: number }>>();

/**
 * An agency's code by its id, kept a minute per database: every call at the
 * exchange's edge checks that the caller's key belongs to the member it names.
 */
export async function agencyCodeOf(db: Database, agencyId: string): Promise<string | null> {
  let cache = agencyCodes.get(db);
  if (!cache) {
    cache = new Map();
    agencyCodes.set(db, cache);
  }
  const cached = cache.get(agencyId);
  if (cached && Date.now() - cached.at < AGENCY_CODE_TTL_MS) return cached.code;
  const agency = await selectAgencyById(db, agencyId);
  if (agency) cache.set(agencyId, { code: agency.code, at: Date.now() });
  return agency?.code ?? null;
}
