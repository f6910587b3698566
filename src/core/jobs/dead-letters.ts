import { z } from "zod";

import { type AuditEntry, recordAudit } from "@/core/audit";
import type { Database } from "@/core/db/database";
import { AppError } from "@/core/errors";

export interface DeadJob {
  id: string;
  kind: string;
  agencyId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

interface OperatorRequest {
  db: Database;
  /** The operator, recorded in the audit log. */
  actor: AuditEntry["actor"];
  requestId?: string | undefined;
}

/**
 * The dead letters, newest first, for an operator to look into. Payloads are
 * left out: they may carry personal data, and the operator's view is audited
 * as a read of what it shows.
 */
export async function listDeadJobs({
  db,
  actor,
  requestId,
  limit = 100,
}: OperatorRequest & { limit?: number }): Promise<DeadJob[]> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      id: string;
      kind: string;
      agency_id: string | null;
      attempts: number;
      last_error: string | null;
      created_at: Date;
      finished_at: Date | null;
    }>(
      `select id, kind, agency_id, attempts, last_error, created_at, finished_at
         from jobs where status = 'dead'
        order by finished_at desc nulls last, id desc
        limit $1`,
      [limit],
    );
    await recordAudit(tx, {
      action: "job.dead_letters_listed",
      actor,
      agencyId: null,
      requestId,
      details: { count: rows.length },
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      agencyId: row.agency_id,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    }));
  });
}

/**
 * Puts a dead job back in the queue, due now, with `attempts` more attempts
 * (the CLI gives JOBS_MAX_ATTEMPTS). Attempts already made keep their
 * numbers, so job_runs keeps one row per run.
 */
export async function requeueDeadJob({
  db,
  actor,
  requestId,
  jobId,
  attempts,
}: OperatorRequest & { jobId: string; attempts: number }): Promise<{
  id: string;
  kind: string;
  maxAttempts: number;
}> {
  if (!z.uuid().safeParse(jobId).success) {
    throw new AppError("validation_failed", `"${jobId}" is not a job id.`, {
      fields: [{ field: "jobId", message: "must be a UUID" }],
    });
  }
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      kind: string;
      status: string;
      agency_id: string | null;
      attempts: number;
    }>("select kind, status, agency_id, attempts from jobs where id = $1 for update", [jobId]);
    const job = rows[0];
    if (!job) throw new AppError("not_found", `There is no job ${jobId}.`);
    if (job.status !== "dead") {
      throw new AppError("conflict", `Job ${jobId} is ${job.status}, not dead.`);
    }
    const maxAttempts = job.attempts + attempts;
    await tx.query(
      `update jobs set status = 'queued', run_at = now(), max_attempts = $2, finished_at = null,
              locked_by = null, locked_until = null
        where id = $1`,
      [jobId, maxAttempts],
    );
    await recordAudit(tx, {
      action: "job.requeued",
      actor,
      agencyId: job.agency_id,
      target: { type: "job", id: jobId },
      requestId,
      // The last error stays out: its text may quote personal data.
      details: { kind: job.kind, attemptsMade: job.attempts, maxAttempts },
    });
    return { id: jobId, kind: job.kind, maxAttempts };
  });
}
