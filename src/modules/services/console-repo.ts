import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";
import type { Message } from "@/core/i18n";

import type { ServiceRecord } from "./repo";

/** A service as its agency manages it: the draft, where publication stands, and retirement. */
export interface ManagedService extends ServiceRecord {
  createdAt: Date;
  updatedAt: Date;
  retiredAt: Date | null;
  retirementReason: Message | null;
}

interface ServiceRow {
  id: string;
  status: ServiceRecord["status"];
  draft: unknown;
  published_version: number | null;
  created_at: Date;
  updated_at: Date;
  retired_at: Date | null;
  retirement_reason: Message | null;
}

const selectService = `
  select id, status, draft, published_version, created_at, updated_at, retired_at, retirement_reason
    from services`;

function toManagedService(agencyId: string, row: ServiceRow): ManagedService {
  return {
    agencyId,
    id: row.id,
    status: row.status,
    draft: row.draft,
    publishedVersion: row.published_version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    retiredAt: row.retired_at ? new Date(row.retired_at) : null,
    retirementReason: row.retirement_reason,
  };
}

/** The agency's services, the most recently changed first. */
export async function selectAgencyServices(scope: AgencyScope): Promise<ManagedService[]> {
  const { rows } = await scope.tx.query<ServiceRow>(
    `${selectService} where agency_id = $1 order by updated_at desc, id`,
    [scope.agencyId],
  );
  return rows.map((row) => toManagedService(scope.agencyId, row));
}

export async function selectAgencyService(
  scope: AgencyScope,
  serviceId: string,
): Promise<ManagedService | null> {
  const { rows } = await scope.tx.query<ServiceRow>(
    `${selectService} where agency_id = $1 and id = $2`,
    [scope.agencyId, serviceId],
  );
  return rows[0] ? toManagedService(scope.agencyId, rows[0]) : null;
}

export interface VersionEntry {
  version: number;
  publishedAt: Date;
}

export async function selectServiceVersionList(
  scope: AgencyScope,
  serviceId: string,
): Promise<VersionEntry[]> {
  const { rows } = await scope.tx.query<{ version: number; published_at: Date }>(
    `select version, published_at from service_versions
      where agency_id = $1 and service_id = $2 order by version desc`,
    [scope.agencyId, serviceId],
  );
  return rows.map((row) => ({ version: row.version, publishedAt: new Date(row.published_at) }));
}

/** Whether any agency, this one included, already holds the id. */
export async function isServiceIdClaimed(scope: AgencyScope, serviceId: string): Promise<boolean> {
  const { rows } = await scope.tx.query("select 1 from service_id_claims where id = $1", [
    serviceId,
  ]);
  return rows.length > 0;
}

export async function markServiceRetired(
  scope: AgencyScope,
  serviceId: string,
  reason: Message,
): Promise<Date> {
  const { rows } = await scope.tx.query<{ retired_at: Date }>(
    `update services set status = 'retired', retired_at = now(), retirement_reason = $3,
            updated_at = now()
      where agency_id = $1 and id = $2
      returning retired_at`,
    [scope.agencyId, serviceId, JSON.stringify(reason)],
  );
  return new Date(rows[0]!.retired_at);
}

/** Where a service stands for the public: the platform-wide view by its id, no agency scope. */
export interface ServiceStanding {
  serviceId: string;
  status: ServiceRecord["status"];
  publishedVersion: number | null;
  retiredAt: Date | null;
  retirementReason: Message | null;
  agency: { code: string; nameTh: string; nameEn: string; website: string | null };
}

export async function selectServiceStanding(
  db: Queryable,
  serviceId: string,
): Promise<ServiceStanding | null> {
  const { rows } = await db.query<{
    id: string;
    status: ServiceRecord["status"];
    published_version: number | null;
    retired_at: Date | null;
    retirement_reason: Message | null;
    code: string;
    name_th: string;
    name_en: string;
    website: string | null;
  }>(
    `select s.id, s.status, s.published_version, s.retired_at, s.retirement_reason,
            a.code, a.name_th, a.name_en, a.website
       from services s join agencies a on a.id = s.agency_id
      where s.id = $1`,
    [serviceId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    serviceId: row.id,
    status: row.status,
    publishedVersion: row.published_version,
    retiredAt: row.retired_at ? new Date(row.retired_at) : null,
    retirementReason: row.retirement_reason,
    agency: { code: row.code, nameTh: row.name_th, nameEn: row.name_en, website: row.website },
  };
}
