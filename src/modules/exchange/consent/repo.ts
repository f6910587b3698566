import type { Queryable } from "@/core/db/database";

import { type Consent, consentColumns, consentFromRow } from "../lookups";
import type { BilingualText, RegistryField } from "../schema";

/** A consent with the receipt the person was handed. */
export interface ConsentRecord extends Consent {
  receipt: string | null;
}

type ConsentRecordRow = Parameters<typeof consentFromRow>[0] & { receipt: string | null };

function recordFromRow(row: ConsentRecordRow): ConsentRecord {
  return { ...consentFromRow(row), receipt: row.receipt };
}

export async function insertConsent(
  db: Queryable,
  consent: Omit<ConsentRecord, "revokedAt">,
): Promise<ConsentRecord | null> {
  // The partial unique index allows one unrevoked consent per tuple; a
  // concurrent give of the same consent yields here instead of failing.
  const { rows } = await db.query<ConsentRecordRow>(
    `insert into exchange_consents as c (id, subject_hash, citizen_id, consumer_agency_id,
       data_service_id, purpose, service_id, explanation, given_at, expires_at, receipt)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (subject_hash, consumer_agency_id, data_service_id, purpose)
       where revoked_at is null do nothing
     returning ${consentColumns}, c.receipt`,
    [
      consent.id,
      consent.subjectHash,
      consent.citizenId,
      consent.consumerAgencyId,
      consent.dataServiceId,
      consent.purpose,
      consent.serviceId,
      JSON.stringify(consent.explanation),
      consent.givenAt,
      consent.expiresAt,
      consent.receipt,
    ],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/** The unrevoked consent for the tuple, live or lapsed: the one the unique index counts. */
export async function selectUnrevokedConsent(
  db: Queryable,
  tuple: { subjectHash: string; consumerAgencyId: string; dataServiceId: string; purpose: string },
): Promise<ConsentRecord | null> {
  const { rows } = await db.query<ConsentRecordRow>(
    `select ${consentColumns}, c.receipt from exchange_consents c
      where c.subject_hash = $1 and c.consumer_agency_id = $2 and c.data_service_id = $3
        and c.purpose = $4 and c.revoked_at is null`,
    [tuple.subjectHash, tuple.consumerAgencyId, tuple.dataServiceId, tuple.purpose],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/**
 * Closes a consent that ran out without being revoked, at the moment it
 * ran out, so that a new one for the same tuple can be given.
 */
export async function closeLapsedConsent(db: Queryable, consentId: string): Promise<void> {
  await db.query(
    `update exchange_consents set revoked_at = expires_at
      where id = $1 and revoked_at is null and expires_at is not null and expires_at <= now()`,
    [consentId],
  );
}

/**
 * A consent of the person: given by this account, or about the person the
 * account's national ID names (the same person signed in another way).
 */
export async function selectOwnConsent(
  db: Queryable,
  owner: { citizenId: string; subjectHash: string | null },
  consentId: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<ConsentRecord | null> {
  const { rows } = await db.query<ConsentRecordRow>(
    `select ${consentColumns}, c.receipt from exchange_consents c
      where c.id = $1 and (c.citizen_id = $2 or c.subject_hash = $3)
      ${forUpdate ? "for update" : ""}`,
    [consentId, owner.citizenId, owner.subjectHash],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

export async function markConsentRevoked(db: Queryable, consentId: string): Promise<Date> {
  const { rows } = await db.query<{ revoked_at: Date }>(
    "update exchange_consents set revoked_at = now() where id = $1 returning revoked_at",
    [consentId],
  );
  return rows[0]!.revoked_at;
}

/** A consent as the person's page shows it: with the names of those involved. */
export interface ConsentListing extends ConsentRecord {
  consumer: { code: string; name: BilingualText };
  provider: { code: string; name: BilingualText };
  dataServiceName: BilingualText;
}

interface ConsentListingRow extends ConsentRecordRow {
  consumer_code: string;
  consumer_name_th: string;
  consumer_name_en: string;
  provider_code: string;
  provider_name_th: string;
  provider_name_en: string;
  data_service_name: BilingualText;
}

export async function selectConsentsOf(
  db: Queryable,
  owner: { citizenId: string; subjectHash: string | null },
): Promise<ConsentListing[]> {
  const { rows } = await db.query<ConsentListingRow>(
    `select ${consentColumns}, c.receipt,
            ca.code as consumer_code, ca.name_th as consumer_name_th, ca.name_en as consumer_name_en,
            pa.code as provider_code, pa.name_th as provider_name_th, pa.name_en as provider_name_en,
            d.name as data_service_name
       from exchange_consents c
       join agencies ca on ca.id = c.consumer_agency_id
       join data_services d on d.id = c.data_service_id
       join agencies pa on pa.id = d.agency_id
      where c.citizen_id = $1 or c.subject_hash = $2
      order by c.revoked_at is not null, c.given_at desc, c.id desc`,
    [owner.citizenId, owner.subjectHash],
  );
  return rows.map((row) => ({
    ...recordFromRow(row),
    consumer: {
      code: row.consumer_code,
      name: { th: row.consumer_name_th, en: row.consumer_name_en },
    },
    provider: {
      code: row.provider_code,
      name: { th: row.provider_name_th, en: row.provider_name_en },
    },
    dataServiceName: row.data_service_name,
  }));
}

/** What a consent is about, in words: the data service, its fields, provider and consumer. */
export interface ConsentSubjectMatter {
  dataService: { id: string; code: string; name: BilingualText; fields: string[] };
  registry: { code: string; recordSchema: RegistryField[] };
  provider: { id: string; code: string; name: BilingualText };
  consumer: { id: string; code: string; name: BilingualText };
}

export async function selectConsentSubjectMatter(
  db: Queryable,
  { dataServiceId, consumerAgencyId }: { dataServiceId: string; consumerAgencyId: string },
): Promise<ConsentSubjectMatter | null> {
  const { rows } = await db.query<{
    data_service_id: string;
    data_service_code: string;
    data_service_name: BilingualText;
    fields: string[];
    registry_code: string;
    record_schema: RegistryField[];
    provider_id: string;
    provider_code: string;
    provider_name_th: string;
    provider_name_en: string;
    consumer_id: string;
    consumer_code: string;
    consumer_name_th: string;
    consumer_name_en: string;
  }>(
    `select d.id as data_service_id, d.code as data_service_code, d.name as data_service_name,
            d.fields, r.code as registry_code, r.record_schema,
            pa.id as provider_id, pa.code as provider_code,
            pa.name_th as provider_name_th, pa.name_en as provider_name_en,
            ca.id as consumer_id, ca.code as consumer_code,
            ca.name_th as consumer_name_th, ca.name_en as consumer_name_en
       from data_services d
       join registries r on r.id = d.registry_id
       join agencies pa on pa.id = d.agency_id
       join agencies ca on ca.id = $2
      where d.id = $1`,
    [dataServiceId, consumerAgencyId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    dataService: {
      id: row.data_service_id,
      code: row.data_service_code,
      name: row.data_service_name,
      fields: row.fields,
    },
    registry: { code: row.registry_code, recordSchema: row.record_schema },
    provider: {
      id: row.provider_id,
      code: row.provider_code,
      name: { th: row.provider_name_th, en: row.provider_name_en },
    },
    consumer: {
      id: row.consumer_id,
      code: row.consumer_code,
      name: { th: row.consumer_name_th, en: row.consumer_name_en },
    },
  };
}

/**
 * The keyed hash of the person's national ID as their account holds it:
 * the same hash registries, consents and the exchange log are keyed by.
 */
export async function selectCitizenSubjectHash(
  db: Queryable,
  citizenId: string,
): Promise<string | null> {
  const { rows } = await db.query<{ national_id_hash: string | null }>(
    "select national_id_hash from citizens where id = $1",
    [citizenId],
  );
  return rows[0]?.national_id_hash ?? null;
}
