import type { AgencyScope } from "@/core/db/tenant";

import {
  type DataService,
  dataServiceColumns,
  dataServiceFromRow,
  type DataServiceRow,
  type Registry,
  registryColumns,
  registryFromRow,
  type RegistryRow,
} from "../lookups";
import type { BilingualText, Classification, RegistryField, SubjectKind } from "../schema";
import type { RecordData } from "./record-schema";

/**
 * SQL for registries, their records and data services. Every function takes
 * the provider's agency scope and names its agency in the WHERE clause, so
 * row-level security is the second wall, not the only one.
 */

export interface RegistryWithTimes extends Registry {
  updatedAt: Date;
}

export interface RegistryChanges {
  name: BilingualText;
  description: BilingualText | null;
  kind: "hosted" | "external";
  subjectKind: SubjectKind;
  recordSchema: readonly RegistryField[];
  schemaVersion: number;
  externalUrl: string | null;
  externalTimeoutMs: number | null;
  externalSecretSealed: string | null;
  keepContent: boolean;
}

export async function selectRegistry(
  scope: AgencyScope,
  code: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<RegistryWithTimes | null> {
  const { rows } = await scope.tx.query<RegistryRow & { updated_at: Date }>(
    `select ${registryColumns}, r.updated_at from registries r
      where r.agency_id = $1 and r.code = $2 ${forUpdate ? "for update" : ""}`,
    [scope.agencyId, code],
  );
  return rows[0] ? { ...registryFromRow(rows[0]), updatedAt: rows[0].updated_at } : null;
}

export async function insertRegistry(
  scope: AgencyScope,
  { id, code, ...changes }: RegistryChanges & { id: string; code: string },
): Promise<void> {
  await scope.tx.query(
    `insert into registries (agency_id, id, code, name, description, kind, subject_kind,
                             record_schema, schema_version, external_url, external_timeout_ms,
                             external_secret_sealed, keep_content)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [scope.agencyId, id, code, ...registryValues(changes)],
  );
}

export async function updateRegistry(
  scope: AgencyScope,
  id: string,
  changes: RegistryChanges,
): Promise<void> {
  await scope.tx.query(
    `update registries
        set name = $3, description = $4, kind = $5, subject_kind = $6, record_schema = $7,
            schema_version = $8, external_url = $9, external_timeout_ms = $10,
            external_secret_sealed = $11, keep_content = $12, updated_at = now()
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id, ...registryValues(changes)],
  );
}

function registryValues(changes: RegistryChanges): unknown[] {
  return [
    JSON.stringify(changes.name),
    changes.description ? JSON.stringify(changes.description) : null,
    changes.kind,
    changes.subjectKind,
    JSON.stringify(changes.recordSchema),
    changes.schemaVersion,
    changes.externalUrl,
    changes.externalTimeoutMs,
    changes.externalSecretSealed,
    changes.keepContent,
  ];
}

export async function countLiveRecords(scope: AgencyScope, registryId: string): Promise<number> {
  const { rows } = await scope.tx.query<{ count: number }>(
    `select count(*)::int as count from registry_records
      where agency_id = $1 and registry_id = $2 and deleted_at is null`,
    [scope.agencyId, registryId],
  );
  return rows[0]?.count ?? 0;
}

/** A hosted record as stored, deleted or not. */
export interface StoredRecord {
  subjectHash: string;
  data: RecordData;
  version: number;
  schemaVersion: number;
  updatedAt: Date;
  deletedAt: Date | null;
}

interface StoredRecordRow {
  subject_hash: string;
  data: RecordData;
  version: number;
  schema_version: number;
  updated_at: Date;
  deleted_at: Date | null;
}

const toStoredRecord = (row: StoredRecordRow): StoredRecord => ({
  subjectHash: row.subject_hash,
  data: row.data,
  version: row.version,
  schemaVersion: row.schema_version,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/** The stored rows of these subjects (the write path holds the registry's lock: see writeRecords). */
export async function selectStoredRecords(
  scope: AgencyScope,
  registryId: string,
  subjectHashes: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const { rows } = await scope.tx.query<StoredRecordRow>(
    `select subject_hash, data, version, schema_version, updated_at, deleted_at
       from registry_records
      where agency_id = $1 and registry_id = $2 and subject_hash = any($3::text[])`,
    [scope.agencyId, registryId, subjectHashes],
  );
  return new Map(rows.map((row) => [row.subject_hash, toStoredRecord(row)]));
}

export async function selectRecord(
  scope: AgencyScope,
  registryId: string,
  subjectHash: string,
): Promise<(StoredRecord & { earlierVersions: number }) | null> {
  const { rows } = await scope.tx.query<StoredRecordRow & { earlier_versions: number }>(
    `select r.subject_hash, r.data, r.version, r.schema_version, r.updated_at, r.deleted_at,
            (select count(*)::int from registry_record_versions v
              where v.registry_id = r.registry_id and v.subject_hash = r.subject_hash) as earlier_versions
       from registry_records r
      where r.agency_id = $1 and r.registry_id = $2 and r.subject_hash = $3`,
    [scope.agencyId, registryId, subjectHash],
  );
  const row = rows[0];
  return row ? { ...toStoredRecord(row), earlierVersions: row.earlier_versions } : null;
}

/**
 * Keeps the current version of each subject's record before it changes. A
 * deleted record's version is kept with no data: that it was deleted is
 * itself part of the history.
 */
export async function archiveCurrentVersions(
  scope: AgencyScope,
  registryId: string,
  subjectHashes: readonly string[],
): Promise<void> {
  if (subjectHashes.length === 0) return;
  await scope.tx.query(
    `insert into registry_record_versions
            (agency_id, registry_id, subject_hash, version, data, schema_version, changed_at)
     select agency_id, registry_id, subject_hash, version,
            case when deleted_at is null then data end, schema_version, updated_at
       from registry_records
      where agency_id = $1 and registry_id = $2 and subject_hash = any($3::text[])`,
    [scope.agencyId, registryId, subjectHashes],
  );
}

export interface RecordWrite {
  subjectHash: string;
  data: RecordData;
  version: number;
}

/** Writes many records in one statement: new ones are inserted, existing ones replaced (and undeleted). */
export async function upsertRecords(
  scope: AgencyScope,
  { registryId, schemaVersion }: { registryId: string; schemaVersion: number },
  records: readonly RecordWrite[],
): Promise<void> {
  if (records.length === 0) return;
  await scope.tx.query(
    `insert into registry_records
            (agency_id, registry_id, subject_hash, data, version, schema_version, updated_at)
     select $1, $2, x.subject_hash, x.data, x.version, $3, now()
       from jsonb_to_recordset($4::jsonb) as x(subject_hash text, data jsonb, version integer)
     on conflict (registry_id, subject_hash) do update
        set data = excluded.data, version = excluded.version,
            schema_version = excluded.schema_version, updated_at = excluded.updated_at,
            deleted_at = null`,
    [
      scope.agencyId,
      registryId,
      schemaVersion,
      JSON.stringify(
        records.map((record) => ({
          subject_hash: record.subjectHash,
          data: record.data,
          version: record.version,
        })),
      ),
    ],
  );
}

export async function markRecordDeleted(
  scope: AgencyScope,
  registryId: string,
  subjectHash: string,
): Promise<void> {
  await scope.tx.query(
    `update registry_records
        set data = '{}'::jsonb, version = version + 1, deleted_at = now(), updated_at = now()
      where agency_id = $1 and registry_id = $2 and subject_hash = $3 and deleted_at is null`,
    [scope.agencyId, registryId, subjectHash],
  );
}

export async function selectDataServices(
  scope: AgencyScope,
  registryId: string,
): Promise<(DataService & { updatedAt: Date })[]> {
  const { rows } = await scope.tx.query<DataServiceRow & { updated_at: Date }>(
    `select ${dataServiceColumns}, d.updated_at from data_services d
      where d.agency_id = $1 and d.registry_id = $2 order by d.code`,
    [scope.agencyId, registryId],
  );
  return rows.map((row) => ({ ...dataServiceFromRow(row), updatedAt: row.updated_at }));
}

export async function selectDataService(
  scope: AgencyScope,
  registryId: string,
  code: string,
): Promise<(DataService & { updatedAt: Date }) | null> {
  const { rows } = await scope.tx.query<DataServiceRow & { updated_at: Date }>(
    `select ${dataServiceColumns}, d.updated_at from data_services d
      where d.agency_id = $1 and d.registry_id = $2 and d.code = $3 for update`,
    [scope.agencyId, registryId, code],
  );
  return rows[0] ? { ...dataServiceFromRow(rows[0]), updatedAt: rows[0].updated_at } : null;
}

export interface DataServiceChanges {
  name: BilingualText;
  description: BilingualText | null;
  fields: readonly string[];
  classification: Classification;
  consentRequired: boolean;
  version: number;
  retired: boolean;
}

export async function insertDataService(
  scope: AgencyScope,
  {
    id,
    registryId,
    code,
    ...changes
  }: DataServiceChanges & { id: string; registryId: string; code: string },
): Promise<void> {
  await scope.tx.query(
    `insert into data_services (agency_id, id, registry_id, code, name, description, fields,
                                classification, consent_required, version, retired_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, case when $11::boolean then now() end)`,
    [scope.agencyId, id, registryId, code, ...dataServiceValues(changes)],
  );
}

export async function updateDataService(
  scope: AgencyScope,
  id: string,
  changes: DataServiceChanges,
): Promise<void> {
  await scope.tx.query(
    `update data_services
        set name = $3, description = $4, fields = $5, classification = $6,
            consent_required = $7, version = $8,
            retired_at = case when $9::boolean then coalesce(retired_at, now()) end,
            updated_at = now()
      where agency_id = $1 and id = $2`,
    [scope.agencyId, id, ...dataServiceValues(changes)],
  );
}

function dataServiceValues(changes: DataServiceChanges): unknown[] {
  return [
    JSON.stringify(changes.name),
    changes.description ? JSON.stringify(changes.description) : null,
    JSON.stringify(changes.fields),
    changes.classification,
    changes.consentRequired,
    changes.version,
    changes.retired,
  ];
}
