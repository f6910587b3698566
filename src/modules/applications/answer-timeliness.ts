import type { Queryable } from "@/core/db/database";

/** How an agency kept its deadlines over a period. */
export interface AnswerTimeliness {
  /** Decided in the period on or before the due date. */
  onTime: number;
  /** Decided in the period after the due date. */
  late: number;
  /** Still undecided at `now` and past the due date, not waiting on the applicant. */
  overdue: number;
}

/**
 * Each agency's answers within deadlines (all agencies, or those named):
 * applications decided between `since` and `now`, and those still open past
 * their due date, which count against the agency as much as a late answer.
 * Agencies with neither are not listed.
 */
export async function summariseAnswerTimeliness({
  db,
  since,
  now,
  agencyIds,
}: {
  db: Queryable;
  since: Date;
  now: Date;
  agencyIds?: readonly string[] | undefined;
}): Promise<Map<string, AnswerTimeliness>> {
  const { rows } = await db.query<{
    agency_id: string;
    on_time: number;
    late: number;
    overdue: number;
  }>(
    `select agency_id,
            count(*) filter (where decided_at is not null and decided_at <= due_at)::int as on_time,
            count(*) filter (where decided_at is not null and decided_at > due_at)::int as late,
            count(*) filter (where decided_at is null)::int as overdue
       from applications
      where ((decided_at >= $1 and decided_at <= $2)
             or (decided_at is null and paused_since is null and due_at < $2))
        ${agencyIds ? "and agency_id = any ($3::uuid[])" : ""}
      group by agency_id`,
    agencyIds ? [since, now, agencyIds] : [since, now],
  );
  return new Map(
    rows.map((row) => [
      row.agency_id,
      { onTime: row.on_time, late: row.late, overdue: row.overdue },
    ]),
  );
}
