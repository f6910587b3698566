import { hostname } from "node:os";

import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import { randomToken } from "@/core/crypto/tokens";
import type { Database } from "@/core/db/database";
import type { Logger } from "@/core/log/logger";

import { HOUSEKEEPING_INTERVAL_MILLISECONDS, runHousekeeping } from "./housekeeping";
import {
  createJobRegistry,
  type JobContext,
  type JobHandler,
  type JobRegistry,
  PermanentJobError,
} from "./job-handler";
import {
  type AttemptOutcome,
  type ClaimedJob,
  claimJobs,
  extendLease,
  finishAttempt,
} from "./job-store";
import { scheduleRecurringJobs } from "./recurring-jobs";
import { retryDelayMilliseconds } from "./retry-delay";

const MAX_ERROR_LENGTH = 4000;

export interface StartWorkerOptions {
  db: Database;
  logger: Logger;
  config: Config;
  handlers: readonly JobHandler[];
  secrets?: SecretBox | undefined;
  /** Names this worker in job_runs and logs; unique per process by default. */
  workerId?: string;
  /** Jobs run at once; config.jobs.concurrency by default. */
  concurrency?: number;
  /**
   * Off, the worker only runs jobs when `runOnce` is called and does no
   * housekeeping: for tests that step through attempts one by one.
   */
  poll?: boolean;
}

export interface Worker {
  readonly id: string;
  /** Claims what is due (up to the free slots), runs it, and resolves to how many ran. */
  runOnce(): Promise<number>;
  /** Stops claiming, waits for the jobs already running, then resolves. */
  stop(): Promise<void>;
}

/**
 * Runs durable jobs from the `jobs` table until stopped. Any number of
 * workers, in one process or many, can share a database: each claims with
 * FOR UPDATE SKIP LOCKED and holds what it claimed under a lease it renews
 * while a job runs.
 */
export function startWorker({
  db,
  logger: parentLogger,
  config,
  handlers,
  secrets,
  workerId = `${hostname()}:${process.pid}:${randomToken(6)}`,
  concurrency = config.jobs.concurrency,
  poll = true,
}: StartWorkerOptions): Worker {
  const registry = createJobRegistry(handlers);
  const logger = parentLogger.child({ worker: workerId });
  const context: JobContext = { db, logger, config, secrets, workerId };
  const leaseSeconds = config.jobs.leaseSeconds;
  const running = new Set<Promise<void>>();
  let isStopping = false;
  let wakeUp: (() => void) | undefined;

  const claimAndStart = async (): Promise<Promise<void>[]> => {
    const free = concurrency - running.size;
    if (free <= 0 || isStopping) return [];
    const jobs = await claimJobs({
      db,
      workerId,
      limit: free,
      leaseSeconds,
      defaultMaxAttempts: config.jobs.maxAttempts,
    });
    return jobs.map((job) => {
      const run: Promise<void> = runClaimedJob({ job, registry, context, leaseSeconds })
        .catch((error: unknown) => {
          // The attempt stays running; its lease lapses and another worker takes it over.
          logger.error({ err: error, jobId: job.id }, "could not record the end of a job attempt");
        })
        .finally(() => {
          running.delete(run);
          wakeUp?.();
        });
      running.add(run);
      return run;
    });
  };

  const pause = (milliseconds: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, milliseconds);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  const loop = async () => {
    let nextHousekeepingAt = 0;
    while (!isStopping) {
      if (Date.now() >= nextHousekeepingAt) {
        nextHousekeepingAt = Date.now() + HOUSEKEEPING_INTERVAL_MILLISECONDS;
        try {
          const removed = await runHousekeeping({ db });
          logger.debug(removed, "housekeeping done");
          await scheduleRecurringJobs({ db, handlers });
        } catch (error) {
          logger.error({ err: error }, "housekeeping failed");
        }
      }
      let claimed = 0;
      try {
        claimed = (await claimAndStart()).length;
      } catch (error) {
        logger.error({ err: error }, "could not claim jobs");
      }
      // With jobs found and slots free, look again at once; otherwise wait for
      // the next poll or for a running job to free its slot.
      if (isStopping) break;
      if (claimed === 0 || running.size >= concurrency) await pause(config.jobs.pollMilliseconds);
    }
  };

  const looping = poll ? loop() : Promise.resolve();
  logger.debug({ concurrency }, "worker started");

  return {
    id: workerId,
    async runOnce() {
      const started = await claimAndStart();
      await Promise.all(started);
      return started.length;
    },
    async stop() {
      isStopping = true;
      wakeUp?.();
      await looping;
      await Promise.all(running);
      logger.debug("worker stopped");
    },
  };
}

async function runClaimedJob({
  job,
  registry,
  context,
  leaseSeconds,
}: {
  job: ClaimedJob;
  registry: JobRegistry;
  context: JobContext;
  leaseSeconds: number;
}): Promise<void> {
  const { db, logger, config, workerId } = context;
  const heartbeat = setInterval(
    () =>
      void extendLease({ db, job, workerId, leaseSeconds }).catch((error: unknown) =>
        logger.warn({ err: error, jobId: job.id }, "could not renew a job lease"),
      ),
    (leaseSeconds * 1000) / 3,
  );
  let result: AttemptOutcome;
  try {
    await runHandler(job, registry, context);
    result = { outcome: "done" };
  } catch (error) {
    const message = describeError(error);
    const isLastAttempt = job.attempt >= job.maxAttempts || error instanceof PermanentJobError;
    result = isLastAttempt
      ? { outcome: "dead", error: message }
      : {
          outcome: "retry",
          error: message,
          delayMilliseconds: retryDelayMilliseconds({
            attempt: job.attempt,
            baseMilliseconds: config.jobs.retryBaseSeconds * 1000,
          }),
        };
    const fields = { err: error, jobId: job.id, kind: job.kind, attempt: job.attempt };
    if (isLastAttempt) logger.error(fields, "job failed for good: now a dead letter");
    else logger.warn(fields, "job failed; it will be retried");
  } finally {
    clearInterval(heartbeat);
  }
  const isCurrent = await finishAttempt({ db, job, workerId, result });
  if (!isCurrent) {
    logger.warn(
      { jobId: job.id, attempt: job.attempt },
      "job attempt ended after its lease lapsed; a later attempt decides the job",
    );
  }
}

async function runHandler(job: ClaimedJob, registry: JobRegistry, context: JobContext) {
  const handler = registry.get(job.kind);
  // A newer release may know the kind: retry rather than give up at once.
  if (!handler) throw new Error(`No handler is registered for jobs of kind "${job.kind}".`);
  let payload = job.payload;
  if (handler.payload) {
    const parsed = handler.payload.safeParse(job.payload);
    if (!parsed.success) {
      throw new PermanentJobError(
        `The payload does not fit ${job.kind}: ${parsed.error.issues
          .map((issue) => `${issue.path.join(".") || "(payload)"}: ${issue.message}`)
          .join("; ")}`,
      );
    }
    payload = parsed.data;
  }
  await handler.handle({ ...job, payload }, context);
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}
