import { z } from "zod";

import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { AppError } from "@/core/errors";

const enqueueJobInput = z.object({
  kind: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, "must read like notice.send"),
  payload: z.record(z.string(), z.unknown()).default({}),
  agencyId: z.uuid().nullish(),
  runAt: z.date().optional(),
  dedupeKey: z.string().min(1).max(500).optional(),
  maxAttempts: z.number().int().positive().max(100).optional(),
});

export type EnqueueJobInput = z.input<typeof enqueueJobInput>;

/**
 * Adds a job inside the caller's transaction: the job exists exactly when the
 * change that asked for it is committed (the outbox). A dedupe key already
 * used makes this a no-op that returns the existing job's id.
 */
export async function enqueueJob(tx: Transaction, input: EnqueueJobInput): Promise<string> {
  const inserted = await insertJob(tx, input);
  if (inserted) return inserted;
  const existing = await tx.query<{ id: string }>("select id from jobs where dedupe_key = $1", [
    input.dedupeKey,
  ]);
  return existing.rows[0]!.id;
}

/**
 * As `enqueueJob`, for a caller that needs no id back: one statement, also
 * when the dedupe key is taken (a job asked for by every request of a period).
 */
export async function enqueueJobOnce(tx: Transaction, input: EnqueueJobInput): Promise<void> {
  await insertJob(tx, input);
}

/** The new job's id; null when its dedupe key was already used. */
async function insertJob(tx: Transaction, input: EnqueueJobInput): Promise<string | null> {
  const parsed = enqueueJobInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation_failed", "The job to enqueue is not valid.", {
      fields: parsed.error.issues.map((issue) => ({
        field: issue.path.join("."),
        message: issue.message,
      })),
    });
  }
  const job = parsed.data;
  const { rows } = await tx.query<{ id: string }>(
    `insert into jobs (id, kind, payload, agency_id, dedupe_key, max_attempts, run_at)
     values ($1, $2, $3, $4, $5, $6, coalesce($7, now()))
     on conflict (dedupe_key) do nothing
     returning id`,
    [
      newId(),
      job.kind,
      JSON.stringify(job.payload),
      job.agencyId ?? null,
      job.dedupeKey ?? null,
      job.maxAttempts ?? null,
      job.runAt ?? null,
    ],
  );
  return rows[0]?.id ?? null;
}
