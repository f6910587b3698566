import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

import type { Level, SelfAssessment } from "./schema";

export interface AssessmentRecord {
  id: string;
  answers: Partial<SelfAssessment>;
  selfLevel: Level;
  assessedAt: Date;
  assessedBy: { nameTh: string; nameEn: string } | null;
}

export async function insertAssessment(
  scope: AgencyScope,
  assessment: {
    id: string;
    answers: Partial<SelfAssessment>;
    selfLevel: Level;
    officerId: string | null;
    at: Date;
  },
): Promise<void> {
  await scope.tx.query(
    `insert into level_assessments (agency_id, id, answers, self_level, assessed_by, assessed_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      scope.agencyId,
      assessment.id,
      JSON.stringify(assessment.answers),
      assessment.selfLevel,
      assessment.officerId,
      assessment.at,
    ],
  );
}

/** An agency's self-assessments, newest first. */
export async function selectAssessments(
  db: Queryable,
  agencyId: string,
  limit: number,
): Promise<AssessmentRecord[]> {
  const { rows } = await db.query<{
    id: string;
    answers: Partial<SelfAssessment>;
    self_level: Level;
    assessed_at: Date;
    name_th: string | null;
    name_en: string | null;
  }>(
    `select l.id, l.answers, l.self_level, l.assessed_at, o.name_th, o.name_en
       from level_assessments l left join officers o on o.id = l.assessed_by
      where l.agency_id = $1
      order by l.assessed_at desc, l.id desc limit ${limit}`,
    [agencyId],
  );
  return rows.map((row) => ({
    id: row.id,
    answers: row.answers,
    selfLevel: row.self_level,
    assessedAt: new Date(row.assessed_at),
    assessedBy: row.name_th && row.name_en ? { nameTh: row.name_th, nameEn: row.name_en } : null,
  }));
}

/** The latest self-assessment of each agency (all, or those named). */
export async function selectLatestAnswers(
  db: Queryable,
  agencyIds?: readonly string[],
): Promise<Map<string, Partial<SelfAssessment>>> {
  const { rows } = await db.query<{ agency_id: string; answers: Partial<SelfAssessment> }>(
    `select distinct on (agency_id) agency_id, answers from level_assessments
      ${agencyIds ? "where agency_id = any ($1::uuid[])" : ""}
      order by agency_id, assessed_at desc, id desc`,
    agencyIds ? [agencyIds] : [],
  );
  return new Map(rows.map((row) => [row.agency_id, row.answers]));
}

export interface Placement {
  agencyId: string;
  /** The top ancestor of kind ministry (the agency itself for a ministry), or null. */
  ministryId: string | null;
  /** The agency's own province, or its nearest ancestor's; null for central agencies. */
  province: string | null;
}

/** Where each agency (all, or those named) sits: its ministry and its province. */
export async function selectPlacements(
  db: Queryable,
  agencyIds?: readonly string[],
): Promise<Placement[]> {
  const { rows } = await db.query<{
    agency_id: string;
    ministry_id: string | null;
    province: string | null;
  }>(
    `with recursive chain as (
       select a.id as agency_id, a.id as ancestor_id, a.parent_id, a.kind, a.province_th, 0 as depth
         from agencies a ${agencyIds ? "where a.id = any ($1::uuid[])" : ""}
       union all
       select c.agency_id, p.id, p.parent_id, p.kind, p.province_th, c.depth + 1
         from chain c join agencies p on p.id = c.parent_id
        where c.depth < 16
     )
     select agency_id,
            (array_agg(ancestor_id order by depth desc) filter (where kind = 'ministry'))[1] as ministry_id,
            (array_agg(province_th order by depth) filter (where province_th is not null))[1] as province
       from chain group by agency_id`,
    agencyIds ? [agencyIds] : [],
  );
  return rows.map((row) => ({
    agencyId: row.agency_id,
    ministryId: row.ministry_id,
    province: row.province,
  }));
}

export interface AgencyLevelRow {
  agencyId: string;
  level: Level;
  selfLevel: Level;
  hasVerifiedEmail: boolean;
  publishedServices: number;
  answeredOnTime: number;
  lateOrOverdue: number;
  ministryId: string | null;
  province: string | null;
}

/** Writes computed levels, many agencies in one statement. */
export async function upsertAgencyLevels(
  db: Queryable,
  rows: readonly AgencyLevelRow[],
  computedAt: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: AgencyLevelRow) => T) => rows.map(pick);
  await db.query(
    `insert into agency_levels (agency_id, level, self_level, has_verified_email, published_services,
                                answered_on_time, late_or_overdue, ministry_id, province, computed_at)
     select *, $10::timestamptz from unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[],
                                            $5::int[], $6::int[], $7::int[], $8::uuid[], $9::text[])
     -- Rows always locked in one order: two runs at once wait, never deadlock.
     order by 1
     on conflict (agency_id) do update set
       level = excluded.level, self_level = excluded.self_level,
       has_verified_email = excluded.has_verified_email,
       published_services = excluded.published_services,
       answered_on_time = excluded.answered_on_time, late_or_overdue = excluded.late_or_overdue,
       ministry_id = excluded.ministry_id, province = excluded.province,
       computed_at = excluded.computed_at`,
    [
      column((row) => row.agencyId),
      column((row) => row.level),
      column((row) => row.selfLevel),
      column((row) => row.hasVerifiedEmail),
      column((row) => row.publishedServices),
      column((row) => row.answeredOnTime),
      column((row) => row.lateOrOverdue),
      column((row) => row.ministryId),
      column((row) => row.province),
      computedAt,
    ],
  );
}

/**
 * Refreshes the planner's statistics of the snapshot after a full run: its
 * rows were all just rewritten, and the dashboard's plans depend on how many
 * agencies each level holds.
 */
export async function analyzeAgencyLevels(db: Queryable): Promise<void> {
  await db.query("analyze agency_levels");
}

export async function insertLevelRun(
  db: Queryable,
  run: { id: string; computedAt: Date; agencies: number; milliseconds: number },
): Promise<void> {
  await db.query(
    "insert into agency_level_runs (id, computed_at, agencies, milliseconds) values ($1, $2, $3, $4)",
    [run.id, run.computedAt, run.agencies, run.milliseconds],
  );
}

/** When the levels of every agency were last computed, or null if never. */
export async function selectLatestRun(db: Queryable): Promise<Date | null> {
  const { rows } = await db.query<{ computed_at: Date }>(
    "select computed_at from agency_level_runs order by computed_at desc limit 1",
  );
  return rows[0] ? new Date(rows[0].computed_at) : null;
}
