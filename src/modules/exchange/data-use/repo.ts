import type { Queryable } from "@/core/db/database";

import type { BilingualText } from "../schema";

/** Log outcomes as the exchange log records them. */
export const dataUseOutcomes = [
  "ok",
  "not_found",
  "denied",
  "invalid",
  "provider_error",
  "timeout",
] as const;
export type DataUseOutcome = (typeof dataUseOutcomes)[number];

export interface NamedAgency {
  id: string;
  code: string;
  name: BilingualText;
}

/** One mediated call about the person, as their page shows it. */
export interface DataUseEntry {
  id: string;
  occurredAt: Date;
  /** The consumer as it named itself, e.g. TH/GOV/CHIANGMAI-CITY/elderly-allowance. */
  consumer: string;
  consumerAgency: NamedAgency | null;
  consumerSubsystem: string | null;
  provider: NamedAgency | null;
  dataService: { id: string; code: string; name: BilingualText } | null;
  /** The service as requested, for calls that named no known data service. */
  service: string;
  purpose: string | null;
  /** The grant's words for the purpose, when a grant was found. */
  purposeText: BilingualText | null;
  outcome: DataUseOutcome;
  applicationRef: string | null;
}

export interface DataUseFilter {
  subjectHash: string;
  consumerAgencyCode?: string | undefined;
  dataServiceId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

interface EntryRow {
  id: string;
  occurred_at: Date;
  consumer: string;
  consumer_subsystem: string | null;
  consumer_agency_id: string | null;
  consumer_code: string | null;
  consumer_name_th: string | null;
  consumer_name_en: string | null;
  provider_agency_id: string | null;
  provider_code: string | null;
  provider_name_th: string | null;
  provider_name_en: string | null;
  data_service_id: string | null;
  data_service_code: string | null;
  data_service_name: BilingualText | null;
  service: string;
  purpose: string | null;
  purpose_text: BilingualText | null;
  outcome: DataUseOutcome;
  application_ref: string | null;
}

function agencyOf(
  id: string | null,
  code: string | null,
  nameTh: string | null,
  nameEn: string | null,
): NamedAgency | null {
  return id && code ? { id, code, name: { th: nameTh ?? code, en: nameEn ?? code } } : null;
}

function entryFromRow(row: EntryRow): DataUseEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    consumer: row.consumer,
    consumerAgency: agencyOf(
      row.consumer_agency_id,
      row.consumer_code,
      row.consumer_name_th,
      row.consumer_name_en,
    ),
    consumerSubsystem: row.consumer_subsystem,
    provider: agencyOf(
      row.provider_agency_id,
      row.provider_code,
      row.provider_name_th,
      row.provider_name_en,
    ),
    dataService:
      row.data_service_id && row.data_service_code && row.data_service_name
        ? { id: row.data_service_id, code: row.data_service_code, name: row.data_service_name }
        : null,
    service: row.service,
    purpose: row.purpose,
    purposeText: row.purpose_text,
    outcome: row.outcome,
    applicationRef: row.application_ref,
  };
}

const filterClause = `l.subject_hash = $1
   and ($2::text is null or l.consumer_agency_id = (select a.id from agencies a where a.code = $2::text))
   and ($3::uuid is null or l.data_service_id = $3::uuid)
   and ($4::timestamptz is null or l.occurred_at >= $4::timestamptz)
   and ($5::timestamptz is null or l.occurred_at < $5::timestamptz)`;

function filterParams(filter: DataUseFilter): unknown[] {
  return [
    filter.subjectHash,
    filter.consumerAgencyCode ?? null,
    filter.dataServiceId ?? null,
    filter.from ?? null,
    filter.to ?? null,
  ];
}

/**
 * The person's entries of the exchange log, newest first. Read without an
 * agency scope on purpose: the person sees every agency's calls about them,
 * and the subject hash in the WHERE clause is what confines the read.
 */
export async function selectDataUse(
  db: Queryable,
  filter: DataUseFilter,
  { limit, offset }: { limit: number; offset: number },
): Promise<DataUseEntry[]> {
  const { rows } = await db.query<EntryRow>(
    `select l.id, l.occurred_at, l.consumer, l.consumer_subsystem, l.consumer_agency_id,
            ca.code as consumer_code, ca.name_th as consumer_name_th, ca.name_en as consumer_name_en,
            l.provider_agency_id, pa.code as provider_code,
            pa.name_th as provider_name_th, pa.name_en as provider_name_en,
            l.data_service_id, d.code as data_service_code, d.name as data_service_name,
            l.service, l.purpose, g.purpose_text, l.outcome, l.application_ref
       from exchange_log l
       left join agencies ca on ca.id = l.consumer_agency_id
       left join agencies pa on pa.id = l.provider_agency_id
       left join data_services d on d.id = l.data_service_id
       left join exchange_grants g on g.id = l.grant_id
      where ${filterClause}
      order by l.occurred_at desc, l.id desc
      limit ${limit} offset ${offset}`,
    filterParams(filter),
  );
  return rows.map(entryFromRow);
}

export async function countDataUse(db: Queryable, filter: DataUseFilter): Promise<number> {
  const { rows } = await db.query<{ count: string | number }>(
    `select count(*) as count from exchange_log l where ${filterClause}`,
    filterParams(filter),
  );
  return Number(rows[0]?.count ?? 0);
}

/** One entry about the person, by its log id (the notice reads it). */
export async function selectDataUseEntry(
  db: Queryable,
  logId: string,
): Promise<(DataUseEntry & { subjectHash: string | null }) | null> {
  const { rows } = await db.query<EntryRow & { subject_hash: string | null }>(
    `select l.id, l.occurred_at, l.consumer, l.consumer_subsystem, l.consumer_agency_id,
            ca.code as consumer_code, ca.name_th as consumer_name_th, ca.name_en as consumer_name_en,
            l.provider_agency_id, pa.code as provider_code,
            pa.name_th as provider_name_th, pa.name_en as provider_name_en,
            l.data_service_id, d.code as data_service_code, d.name as data_service_name,
            l.service, l.purpose, g.purpose_text, l.outcome, l.application_ref, l.subject_hash
       from exchange_log l
       left join agencies ca on ca.id = l.consumer_agency_id
       left join agencies pa on pa.id = l.provider_agency_id
       left join data_services d on d.id = l.data_service_id
       left join exchange_grants g on g.id = l.grant_id
      where l.id = $1`,
    [logId],
  );
  const row = rows[0];
  return row ? { ...entryFromRow(row), subjectHash: row.subject_hash } : null;
}

/** The agencies and data services that appear in the person's entries: the filter's choices. */
export async function selectDataUseFacets(
  db: Queryable,
  subjectHash: string,
): Promise<{
  agencies: NamedAgency[];
  dataServices: { id: string; code: string; name: BilingualText }[];
}> {
  const agencies = await db.query<{ id: string; code: string; name_th: string; name_en: string }>(
    `select a.id, a.code, a.name_th, a.name_en from agencies a
      where a.id in (select l.consumer_agency_id from exchange_log l where l.subject_hash = $1)
      order by a.name_th`,
    [subjectHash],
  );
  const services = await db.query<{ id: string; code: string; name: BilingualText }>(
    `select d.id, d.code, d.name from data_services d
      where d.id in (select l.data_service_id from exchange_log l where l.subject_hash = $1)
      order by d.code`,
    [subjectHash],
  );
  return {
    agencies: agencies.rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: { th: row.name_th, en: row.name_en },
    })),
    dataServices: services.rows,
  };
}

export async function selectNoticeSetting(db: Queryable, citizenId: string): Promise<boolean> {
  const { rows } = await db.query<{ notify_by_email: boolean }>(
    "select notify_by_email from exchange_notice_settings where citizen_id = $1",
    [citizenId],
  );
  return rows[0]?.notify_by_email ?? false;
}

export async function upsertNoticeSetting(
  db: Queryable,
  { citizenId, notifyByEmail }: { citizenId: string; notifyByEmail: boolean },
): Promise<void> {
  await db.query(
    `insert into exchange_notice_settings (citizen_id, notify_by_email) values ($1, $2)
     on conflict (citizen_id) do update set notify_by_email = excluded.notify_by_email, updated_at = now()`,
    [citizenId, notifyByEmail],
  );
}

/** The accounts of the person a subject hash names who asked for e-mail notices and have an address. */
export async function selectNoticeRecipients(
  db: Queryable,
  subjectHash: string,
): Promise<{ citizenId: string; email: string; locale: "th" | "en" }[]> {
  const { rows } = await db.query<{ id: string; email: string; preferred_locale: "th" | "en" }>(
    `select c.id, c.email, c.preferred_locale from citizens c
       join exchange_notice_settings s on s.citizen_id = c.id and s.notify_by_email
      where c.national_id_hash = $1 and c.email is not null
      order by c.id`,
    [subjectHash],
  );
  return rows.map((row) => ({ citizenId: row.id, email: row.email, locale: row.preferred_locale }));
}
