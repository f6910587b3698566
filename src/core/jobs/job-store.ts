import type { Database } from "@/core/db/database";

import type { Job } from "./job-handler";

/** A claimed job: the attempt it is on belongs to one worker until its lease lapses. */
export type ClaimedJob = Job<unknown>;

const ABANDONED_ERROR =
  "The previous attempt did not finish: its worker stopped or went silent until its lease ran out.";

/**
 * Takes up to `limit` due jobs for one worker: queued ones whose time has
 * come and running ones whose worker let the lease lapse. SKIP LOCKED lets
 * any number of workers claim at once without waiting on or taking each
 * other's rows; the attempt row in job_runs, keyed by (job, attempt), is
 * written in the same transaction.
 */
export async function claimJobs({
  db,
  workerId,
  limit,
  leaseSeconds,
  defaultMaxAttempts,
}: {
  db: Database;
  workerId: string;
  limit: number;
  leaseSeconds: number;
  defaultMaxAttempts: number;
}): Promise<ClaimedJob[]> {
  return db.transaction(async (tx) => {
    // An abandoned last attempt leaves nothing to retry.
    await tx.query(
      `update jobs set status = 'dead', finished_at = now(), locked_by = null, locked_until = null,
              last_error = $2
        where status = 'running' and locked_until < now()
          and attempts >= coalesce(max_attempts, $1)`,
      [defaultMaxAttempts, ABANDONED_ERROR],
    );
    const { rows } = await tx.query<{
      id: string;
      kind: string;
      payload: unknown;
      agency_id: string | null;
      attempts: number;
      max_attempts: number;
      created_at: Date;
    }>(
      `with due as (
         select id from jobs
          where (status = 'queued' and run_at <= now())
             or (status = 'running' and locked_until < now())
          order by run_at, id
          limit $1
          for update skip locked
       )
       update jobs
          set status = 'running',
              attempts = jobs.attempts + 1,
              locked_by = $2,
              locked_until = now() + make_interval(secs => $3),
              last_error = case when jobs.status = 'running' then $4 else jobs.last_error end
         from due
        where jobs.id = due.id
       returning jobs.id, jobs.kind, jobs.payload, jobs.agency_id, jobs.attempts,
                 coalesce(jobs.max_attempts, $5) as max_attempts, jobs.created_at`,
      [limit, workerId, leaseSeconds, ABANDONED_ERROR, defaultMaxAttempts],
    );
    for (const row of rows) {
      await tx.query("insert into job_runs (job_id, attempt, worker) values ($1, $2, $3)", [
        row.id,
        row.attempts,
        workerId,
      ]);
    }
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      agencyId: row.agency_id,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      createdAt: row.created_at,
    }));
  });
}

/** Keeps a long job's lease alive while its worker is still at it. */
export async function extendLease({
  db,
  job,
  workerId,
  leaseSeconds,
}: {
  db: Database;
  job: ClaimedJob;
  workerId: string;
  leaseSeconds: number;
}): Promise<void> {
  await db.query(
    `update jobs set locked_until = now() + make_interval(secs => $4)
      where id = $1 and locked_by = $2 and attempts = $3 and status = 'running'`,
    [job.id, workerId, job.attempt, leaseSeconds],
  );
}

export type AttemptOutcome =
  | { outcome: "done" }
  | { outcome: "retry"; error: string; delayMilliseconds: number }
  | { outcome: "dead"; error: string };

/**
 * Records how an attempt ended. The job row changes only while this worker
 * still holds this attempt: if its lease lapsed and another worker took the
 * job over, the newer attempt decides. Returns whether the job row changed.
 */
export async function finishAttempt({
  db,
  job,
  workerId,
  result,
}: {
  db: Database;
  job: ClaimedJob;
  workerId: string;
  result: AttemptOutcome;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const owned = [job.id, workerId, job.attempt];
    const guard = "id = $1 and locked_by = $2 and attempts = $3 and status = 'running'";
    let updated;
    switch (result.outcome) {
      case "done":
        updated = await tx.query(
          `update jobs set status = 'done', finished_at = now(), locked_by = null, locked_until = null
            where ${guard}`,
          owned,
        );
        break;
      case "retry":
        updated = await tx.query(
          `update jobs set status = 'queued', locked_by = null, locked_until = null, last_error = $4,
                  run_at = now() + make_interval(secs => $5)
            where ${guard}`,
          [...owned, result.error, result.delayMilliseconds / 1000],
        );
        break;
      case "dead":
        updated = await tx.query(
          `update jobs set status = 'dead', finished_at = now(), locked_by = null, locked_until = null,
                  last_error = $4
            where ${guard}`,
          [...owned, result.error],
        );
        break;
    }
    await tx.query(
      "update job_runs set finished_at = now(), outcome = $3 where job_id = $1 and attempt = $2",
      [job.id, job.attempt, result.outcome],
    );
    return updated.rowCount > 0;
  });
}
