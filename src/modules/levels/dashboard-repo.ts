import type { Queryable } from "@/core/db/database";

import type { Level } from "./schema";

export interface LevelCounts {
  none: number;
  beginner: number;
  standard: number;
  total: number;
}

export interface MinistryCounts extends LevelCounts {
  ministry: { code: string; nameTh: string; nameEn: string } | null;
}

export interface ProvinceCounts extends LevelCounts {
  province: string | null;
}

const COUNTS = `count(*) filter (where l.level = 'none')::int as none,
                count(*) filter (where l.level = 'beginner')::int as beginner,
                count(*) filter (where l.level = 'standard')::int as standard,
                count(*)::int as total`;

interface CountRow {
  none: number;
  beginner: number;
  standard: number;
  total: number;
}

const toCounts = (row: CountRow): LevelCounts => ({
  none: row.none,
  beginner: row.beginner,
  standard: row.standard,
  total: row.total,
});

export async function selectLevelTotals(db: Queryable): Promise<LevelCounts> {
  const { rows } = await db.query<CountRow>(`select ${COUNTS} from agency_levels l`);
  return toCounts(rows[0] ?? { none: 0, beginner: 0, standard: 0, total: 0 });
}

/** Agencies per level under each ministry; agencies under none come last. */
export async function selectCountsByMinistry(db: Queryable): Promise<MinistryCounts[]> {
  const { rows } = await db.query<
    CountRow & { code: string | null; name_th: string | null; name_en: string | null }
  >(
    // Counted by ministry id first, then named: one join per ministry, not per agency.
    `select m.code, m.name_th, m.name_en, c.none, c.beginner, c.standard, c.total
       from (select l.ministry_id, ${COUNTS} from agency_levels l group by l.ministry_id) c
       left join agencies m on m.id = c.ministry_id
      order by m.name_th nulls last`,
  );
  return rows.map((row) => ({
    ministry:
      row.code && row.name_th && row.name_en
        ? { code: row.code, nameTh: row.name_th, nameEn: row.name_en }
        : null,
    ...toCounts(row),
  }));
}

/** Agencies per level in each province; central agencies (no province) come last. */
export async function selectCountsByProvince(db: Queryable): Promise<ProvinceCounts[]> {
  const { rows } = await db.query<CountRow & { province: string | null }>(
    `select l.province, ${COUNTS} from agency_levels l
      group by l.province order by l.province nulls last`,
  );
  return rows.map((row) => ({ province: row.province, ...toCounts(row) }));
}

export const laggingSorts = ["ministry", "province", "name"] as const;
export type LaggingSort = (typeof laggingSorts)[number];

export interface LaggingQuery {
  sort: LaggingSort;
  isDescending: boolean;
  ministryCode: string | null;
  /** A province name, or "" for agencies without one. */
  province: string | null;
  limit: number;
  offset: number;
}

export interface LaggingAgency {
  code: string;
  nameTh: string;
  nameEn: string;
  ministry: { nameTh: string; nameEn: string } | null;
  province: string | null;
  hasSelfAssessedBeginner: boolean;
  hasVerifiedEmail: boolean;
}

/** Agencies below the beginner level, sorted and filtered in the database, a page at a time. */
export async function selectLaggingAgencies(
  db: Queryable,
  query: LaggingQuery,
): Promise<{ items: LaggingAgency[]; total: number }> {
  const conditions = ["l.level = 'none'"];
  const params: unknown[] = [];
  if (query.ministryCode) {
    params.push(query.ministryCode);
    conditions.push(`m.code = $${params.length}`);
  }
  if (query.province !== null) {
    if (query.province === "") conditions.push("l.province is null");
    else {
      params.push(query.province);
      conditions.push(`l.province = $${params.length}`);
    }
  }
  const direction = query.isDescending ? "desc" : "asc";
  const order = {
    ministry: `m.name_th ${direction} nulls last, l.province nulls last, a.name_th`,
    province: `l.province ${direction} nulls last, m.name_th nulls last, a.name_th`,
    name: `a.name_th ${direction}`,
  }[query.sort];
  const { rows } = await db.query<{
    code: string;
    name_th: string;
    name_en: string;
    ministry_name_th: string | null;
    ministry_name_en: string | null;
    province: string | null;
    self_level: Level;
    has_verified_email: boolean;
    total: number;
  }>(
    `select a.code, a.name_th, a.name_en, m.name_th as ministry_name_th,
            m.name_en as ministry_name_en, l.province, l.self_level, l.has_verified_email,
            count(*) over ()::int as total
       from agency_levels l
       join agencies a on a.id = l.agency_id
       left join agencies m on m.id = l.ministry_id
      where ${conditions.join(" and ")}
      order by ${order}, a.code
      limit ${query.limit} offset ${query.offset}`,
    params,
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && query.offset > 0) {
    const { rows: counted } = await db.query<{ count: number }>(
      `select count(*)::int as count from agency_levels l left join agencies m on m.id = l.ministry_id
        where ${conditions.join(" and ")}`,
      params,
    );
    total = counted[0]?.count ?? 0;
  }
  return {
    total,
    items: rows.map((row) => ({
      code: row.code,
      nameTh: row.name_th,
      nameEn: row.name_en,
      ministry:
        row.ministry_name_th && row.ministry_name_en
          ? { nameTh: row.ministry_name_th, nameEn: row.ministry_name_en }
          : null,
      province: row.province,
      hasSelfAssessedBeginner: row.self_level !== "none",
      hasVerifiedEmail: row.has_verified_email,
    })),
  };
}
