import type { Queryable } from "@/core/db/database";
import type { AgencyKind } from "@/modules/agencies";

import type { ChannelKind } from "../schema";

export interface FoundAgencyRow {
  id: string;
  code: string;
  name_th: string;
  name_en: string;
  short_name_th: string | null;
  short_name_en: string | null;
  kind: AgencyKind;
  province_th: string | null;
  by_name: boolean;
  by_channel: boolean;
  total: number;
}

export interface FoundChannelRow {
  agency_id: string;
  kind: ChannelKind;
  value: string;
  display_value: string;
  last_verified_at: Date | null;
  channel_count: number;
}

/** `%text%` for LIKE, with the pattern characters in the text taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * One page of agencies whose name, short name or code contains `namePattern`,
 * or that hold a verified channel whose value matches one of `valuePatterns`;
 * with neither, every agency with a verified channel. Each filter is served
 * by a trigram index: agencies_search_idx (the name expression below must
 * stay the same as the index's) and agency_channels_value_search_idx.
 */
export async function selectMatchingAgencies(
  db: Queryable,
  options: {
    namePattern: string | null;
    valuePatterns: readonly string[];
    exactCode: string | null;
    kind: ChannelKind | null;
    limit: number;
    offset: number;
  },
): Promise<FoundAgencyRow[]> {
  const params: unknown[] = [options.kind, options.exactCode, options.limit, options.offset];
  const kindFilter = "($1::text is null or c.kind = $1)";
  const sources: string[] = [];
  if (options.namePattern !== null) {
    params.push(options.namePattern);
    sources.push(
      `select a.id, true as by_name, false as by_channel from agencies a
        where (a.name_th || ' ' || a.name_en || ' ' || a.code || ' ' || coalesce(a.short_name_th, '') || ' ' || coalesce(a.short_name_en, '')) ilike $${params.length}
          and ($1::text is null or exists (select 1 from agency_channels c
                where c.agency_id = a.id and c.status = 'verified' and ${kindFilter}))`,
    );
  }
  if (options.valuePatterns.length > 0) {
    const conditions = options.valuePatterns.map((pattern) => {
      params.push(pattern);
      return `c.value ilike $${params.length}`;
    });
    sources.push(
      `select c.agency_id as id, false as by_name, true as by_channel from agency_channels c
        where c.status = 'verified' and ${kindFilter} and (${conditions.join(" or ")})`,
    );
  }
  if (sources.length === 0) {
    sources.push(
      `select distinct c.agency_id as id, false as by_name, false as by_channel from agency_channels c
        where c.status = 'verified' and ${kindFilter}`,
    );
  }
  const { rows } = await db.query<FoundAgencyRow>(
    `with matched as (${sources.join(" union all ")})
     select a.id, a.code, a.name_th, a.name_en, a.short_name_th, a.short_name_en, a.kind,
            a.province_th, bool_or(m.by_name) as by_name, bool_or(m.by_channel) as by_channel,
            count(*) over ()::int as total
       from matched m join agencies a on a.id = m.id
      group by a.id
      order by a.code = $2 desc, bool_or(m.by_name) desc, a.name_th, a.code
      limit $3 offset $4`,
    params,
  );
  return rows;
}

/** The verified channels of a few agencies, at most `perAgency` each, with how many there are. */
export async function selectVerifiedChannelsOf(
  db: Queryable,
  agencyIds: readonly string[],
  { kind, perAgency }: { kind: ChannelKind | null; perAgency: number },
): Promise<FoundChannelRow[]> {
  if (agencyIds.length === 0) return [];
  const { rows } = await db.query<FoundChannelRow>(
    `select agency_id, kind, value, display_value, last_verified_at, channel_count from (
       select c.agency_id, c.kind, c.value, c.display_value, c.last_verified_at,
              row_number() over (partition by c.agency_id order by c.kind, c.value) as position,
              count(*) over (partition by c.agency_id)::int as channel_count
         from agency_channels c
        where c.agency_id = any($1::uuid[]) and c.status = 'verified'
          and ($2::text is null or c.kind = $2)
     ) ranked
     where position <= $3
     order by agency_id, kind, value`,
    [agencyIds, kind, perAgency],
  );
  return rows;
}

/** When the agency's verified channels last changed: the date its announcement speaks from. */
export async function selectLastVerifiedChange(
  db: Queryable,
  agencyId: string,
): Promise<Date | null> {
  const { rows } = await db.query<{ at: Date | null }>(
    `select max(updated_at) as at from agency_channels
      where agency_id = $1 and status = 'verified'`,
    [agencyId],
  );
  return rows[0]?.at ? new Date(rows[0].at) : null;
}
