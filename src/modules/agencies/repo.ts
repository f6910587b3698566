import type { Queryable } from "@/core/db/database";

import type { Agency, AgencyKind } from "./schema";

interface AgencyRow {
  id: string;
  code: string;
  parent_code: string | null;
  kind: AgencyKind;
  name_th: string;
  name_en: string;
  short_name_th: string | null;
  short_name_en: string | null;
  province_th: string | null;
  website: string | null;
}

const selectAgency = `
  select a.id, a.code, p.code as parent_code, a.kind, a.name_th, a.name_en,
         a.short_name_th, a.short_name_en, a.province_th, a.website
    from agencies a left join agencies p on p.id = a.parent_id`;

function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    code: row.code,
    parentCode: row.parent_code,
    kind: row.kind,
    nameTh: row.name_th,
    nameEn: row.name_en,
    shortNameTh: row.short_name_th,
    shortNameEn: row.short_name_en,
    provinceTh: row.province_th,
    website: row.website,
  };
}

export interface AgencyFilter {
  search?: string | undefined;
  kind?: AgencyKind | undefined;
  parentCode?: string | undefined;
}

export async function selectAgencies(db: Queryable, filter: AgencyFilter = {}): Promise<Agency[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.search) {
    params.push(`%${filter.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    const n = params.length;
    // The same expression as agencies_search_idx, so the trigram index serves Thai substrings.
    conditions.push(
      `(a.name_th || ' ' || a.name_en || ' ' || a.code || ' ' || coalesce(a.short_name_th, '') || ' ' || coalesce(a.short_name_en, '')) ilike $${n}`,
    );
  }
  if (filter.kind) {
    params.push(filter.kind);
    conditions.push(`a.kind = $${params.length}`);
  }
  if (filter.parentCode) {
    params.push(filter.parentCode);
    conditions.push(`p.code = $${params.length}`);
  }
  const where = conditions.length > 0 ? `where ${conditions.join(" and ")}` : "";
  const { rows } = await db.query<AgencyRow>(
    `${selectAgency} ${where} order by a.name_th limit 500`,
    params,
  );
  return rows.map(toAgency);
}

export async function selectAgencyByCode(db: Queryable, code: string): Promise<Agency | null> {
  const { rows } = await db.query<AgencyRow>(`${selectAgency} where a.code = $1`, [code]);
  return rows[0] ? toAgency(rows[0]) : null;
}

export async function selectAgencyById(db: Queryable, id: string): Promise<Agency | null> {
  const { rows } = await db.query<AgencyRow>(`${selectAgency} where a.id = $1`, [id]);
  return rows[0] ? toAgency(rows[0]) : null;
}

export interface NewAgency {
  id: string;
  code: string;
  parentId: string | null;
  kind: AgencyKind;
  nameTh: string;
  nameEn: string;
  shortNameTh?: string | null;
  shortNameEn?: string | null;
  provinceTh?: string | null;
  website?: string | null;
}

/** Inserts an agency, or updates the one with the same code; returns its id. */
export async function upsertAgency(db: Queryable, agency: NewAgency): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into agencies (id, code, parent_id, kind, name_th, name_en, short_name_th, short_name_en, province_th, website)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (code) do update set parent_id = excluded.parent_id, kind = excluded.kind,
       name_th = excluded.name_th, name_en = excluded.name_en, short_name_th = excluded.short_name_th,
       short_name_en = excluded.short_name_en, province_th = excluded.province_th,
       website = excluded.website, updated_at = now()
     returning id`,
    [
      agency.id,
      agency.code,
      agency.parentId,
      agency.kind,
      agency.nameTh,
      agency.nameEn,
      agency.shortNameTh ?? null,
      agency.shortNameEn ?? null,
      agency.provinceTh ?? null,
      agency.website ?? null,
    ],
  );
  return rows[0]!.id;
}

/** Every agency, ordered by code: for work across the whole directory, such as an import. */
export async function selectAllAgencies(db: Queryable): Promise<Agency[]> {
  const { rows } = await db.query<AgencyRow>(`${selectAgency} order by a.code`);
  return rows.map(toAgency);
}

/** What `upsertAgencies` did, by agency code: codes not listed were already as given. */
export interface AgencyUpsertOutcome {
  ids: Map<string, string>;
  created: string[];
  updated: string[];
}

/**
 * `upsertAgency` for many agencies in one statement. A row already stored
 * with the same values is left alone (its `updated_at` too), so running the
 * same batch again writes nothing. A parent must be stored before, or be in
 * the same batch.
 */
export async function upsertAgencies(
  db: Queryable,
  agencies: readonly NewAgency[],
): Promise<AgencyUpsertOutcome> {
  const outcome: AgencyUpsertOutcome = { ids: new Map(), created: [], updated: [] };
  if (agencies.length === 0) return outcome;
  const column = <T>(pick: (agency: NewAgency) => T) => agencies.map(pick);
  const { rows } = await db.query<{ id: string; code: string; created: boolean }>(
    `insert into agencies as a
       (id, code, parent_id, kind, name_th, name_en, short_name_th, short_name_en, province_th, website)
     select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                          $7::text[], $8::text[], $9::text[], $10::text[])
     on conflict (code) do update set parent_id = excluded.parent_id, kind = excluded.kind,
       name_th = excluded.name_th, name_en = excluded.name_en, short_name_th = excluded.short_name_th,
       short_name_en = excluded.short_name_en, province_th = excluded.province_th,
       website = excluded.website, updated_at = now()
     where (a.parent_id, a.kind, a.name_th, a.name_en, a.short_name_th, a.short_name_en,
            a.province_th, a.website)
           is distinct from
           (excluded.parent_id, excluded.kind, excluded.name_th, excluded.name_en,
            excluded.short_name_th, excluded.short_name_en, excluded.province_th, excluded.website)
     returning a.id, a.code, (a.xmax = 0) as created`,
    [
      column((agency) => agency.id),
      column((agency) => agency.code),
      column((agency) => agency.parentId),
      column((agency) => agency.kind),
      column((agency) => agency.nameTh),
      column((agency) => agency.nameEn),
      column((agency) => agency.shortNameTh ?? null),
      column((agency) => agency.shortNameEn ?? null),
      column((agency) => agency.provinceTh ?? null),
      column((agency) => agency.website ?? null),
    ],
  );
  for (const row of rows) {
    outcome.ids.set(row.code, row.id);
    (row.created ? outcome.created : outcome.updated).push(row.code);
  }
  return outcome;
}
