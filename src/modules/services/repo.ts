import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

import type { ServiceCategory, ServiceDefinition, ServiceSummary } from "./schema";
import { totalWorkingDays } from "./schema";

export interface ServiceRecord {
  agencyId: string;
  id: string;
  status: "draft" | "published" | "retired";
  draft: unknown;
  publishedVersion: number | null;
}

/** Claims a service id for an agency; false when another agency holds it. */
export async function claimServiceId(scope: AgencyScope, serviceId: string): Promise<boolean> {
  await scope.tx.query(
    "insert into service_id_claims (id, agency_id) values ($1, $2) on conflict (id) do nothing",
    [serviceId, scope.agencyId],
  );
  const { rows } = await scope.tx.query<{ agency_id: string }>(
    "select agency_id from service_id_claims where id = $1",
    [serviceId],
  );
  return rows[0]?.agency_id === scope.agencyId;
}

export async function upsertServiceDraft(
  scope: AgencyScope,
  serviceId: string,
  draft: unknown,
): Promise<void> {
  await scope.tx.query(
    `insert into services (agency_id, id, draft) values ($1, $2, $3)
     on conflict (agency_id, id) do update set draft = excluded.draft, updated_at = now()`,
    [scope.agencyId, serviceId, JSON.stringify(draft)],
  );
}

/** The service row, locked so that two publications of one service take turns. */
export async function selectServiceForUpdate(
  scope: AgencyScope,
  serviceId: string,
): Promise<ServiceRecord | null> {
  const { rows } = await scope.tx.query<{
    id: string;
    status: ServiceRecord["status"];
    draft: unknown;
    published_version: number | null;
  }>(
    `select id, status, draft, published_version from services
      where agency_id = $1 and id = $2 for update`,
    [scope.agencyId, serviceId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    agencyId: scope.agencyId,
    id: row.id,
    status: row.status,
    draft: row.draft,
    publishedVersion: row.published_version,
  };
}

export async function insertServiceVersion(
  scope: AgencyScope,
  version: {
    serviceId: string;
    version: number;
    definition: ServiceDefinition;
    searchText: string;
    publishedBy: string | null;
  },
): Promise<Date> {
  const { rows } = await scope.tx.query<{ published_at: Date }>(
    `insert into service_versions
       (agency_id, service_id, version, definition, category, life_events, search_text, published_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     returning published_at`,
    [
      scope.agencyId,
      version.serviceId,
      version.version,
      JSON.stringify(version.definition),
      version.definition.category,
      version.definition.lifeEvents,
      version.searchText,
      version.publishedBy,
    ],
  );
  await scope.tx.query(
    `update services set status = 'published', published_version = $3, updated_at = now(),
            retired_at = null, retirement_reason = null
      where agency_id = $1 and id = $2`,
    [scope.agencyId, version.serviceId, version.version],
  );
  return rows[0]!.published_at;
}

interface VersionRow {
  service_id: string;
  version: number;
  definition: ServiceDefinition;
  published_at: Date;
  agency_code: string;
  agency_name_th: string;
  agency_name_en: string;
}

const selectVersions = `
  select v.service_id, v.version, v.definition, v.published_at,
         a.code as agency_code, a.name_th as agency_name_th, a.name_en as agency_name_en
    from service_versions v
    join services s on s.agency_id = v.agency_id and s.id = v.service_id
    join agencies a on a.id = v.agency_id`;

export interface PublishedVersion {
  serviceId: string;
  version: number;
  definition: ServiceDefinition;
  publishedAt: Date;
  agency: { code: string; nameTh: string; nameEn: string };
}

function toPublishedVersion(row: VersionRow): PublishedVersion {
  return {
    serviceId: row.service_id,
    version: row.version,
    definition: row.definition,
    publishedAt: new Date(row.published_at),
    agency: { code: row.agency_code, nameTh: row.agency_name_th, nameEn: row.agency_name_en },
  };
}

/** One version of a service, or its current one; versions of retired services stay readable. */
export async function selectPublishedVersion(
  db: Queryable,
  serviceId: string,
  version: number | undefined,
): Promise<PublishedVersion | null> {
  const { rows } = await db.query<VersionRow>(
    version === undefined
      ? `${selectVersions} where v.service_id = $1 and s.status = 'published' and v.version = s.published_version`
      : `${selectVersions} where v.service_id = $1 and v.version = $2`,
    version === undefined ? [serviceId] : [serviceId, version],
  );
  return rows[0] ? toPublishedVersion(rows[0]) : null;
}

export interface ServiceFilter {
  /** Each already segmented by `searchTerms`; every one must begin a word of the service. */
  terms: string[];
  agencyCode?: string | undefined;
  category?: ServiceCategory | undefined;
  lifeEvent?: string | undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export async function selectPublishedServices(
  db: Queryable,
  filter: ServiceFilter,
): Promise<ServiceSummary[]> {
  const conditions = ["s.status = 'published'", "v.version = s.published_version"];
  const params: unknown[] = [];
  for (const term of filter.terms) {
    params.push(`% ${escapeLike(term)}%`);
    conditions.push(`v.search_text like $${params.length}`);
  }
  if (filter.agencyCode) {
    params.push(filter.agencyCode);
    conditions.push(`a.code = $${params.length}`);
  }
  if (filter.category) {
    params.push(filter.category);
    conditions.push(`v.category = $${params.length}`);
  }
  if (filter.lifeEvent) {
    params.push(filter.lifeEvent);
    conditions.push(`$${params.length} = any (v.life_events)`);
  }
  const { rows } = await db.query<VersionRow>(
    `${selectVersions} where ${conditions.join(" and ")}
      order by v.definition -> 'name' ->> 'th', v.service_id limit 500`,
    params,
  );
  return rows.map((row) => {
    const { definition, ...version } = toPublishedVersion(row);
    return {
      id: version.serviceId,
      version: version.version,
      agency: version.agency,
      name: definition.name,
      summary: definition.summary,
      category: definition.category,
      lifeEvents: definition.lifeEvents,
      totalWorkingDays: totalWorkingDays(definition),
      publishedAt: version.publishedAt.toISOString(),
    };
  });
}
