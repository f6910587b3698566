import { testConfig } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import type { Database } from "@/core/db/database";
import { createLogger } from "@/core/log/logger";

import { enqueueJob } from "./enqueue-job";
import { defineJobHandler, type JobHandler, PermanentJobError } from "./job-handler";
import { startWorker } from "./worker";

const config = testConfig({ jobs: { pollMilliseconds: 10, retryBaseSeconds: 1 } });
const logger = createLogger("silent");

describe("job worker", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const enqueue = (
    kind: string,
    options: { payload?: Record<string, unknown>; maxAttempts?: number } = {},
  ) => db.transaction((tx) => enqueueJob(tx, { kind, ...options }));

  const steppedWorker = (handlers: JobHandler[]) =>
    startWorker({ db, logger, config, handlers, workerId: "stepper", poll: false });

  const jobRow = async (id: string) => {
    const { rows } = await db.query<{
      status: string;
      attempts: number;
      max_attempts: number | null;
      last_error: string | null;
      finished_at: Date | null;
    }>("select status, attempts, max_attempts, last_error, finished_at from jobs where id = $1", [
      id,
    ]);
    return rows[0]!;
  };

  const runsOf = async (id: string) => {
    const { rows } = await db.query<{ attempt: number; worker: string; outcome: string | null }>(
      "select attempt, worker, outcome from job_runs where job_id = $1 order by attempt",
      [id],
    );
    return rows;
  };

  it("runs a due job once with its parsed payload and records the attempt", async () => {
    const seen: unknown[] = [];
    const handler = defineJobHandler({
      kind: "greeting.send",
      payload: z.object({ name: z.string() }),
      handle: (job) => {
        seen.push({ name: job.payload.name, attempt: job.attempt });
        return Promise.resolve();
      },
    });
    const id = await enqueue("greeting.send", { payload: { name: "Somchai" } });
    const worker = steppedWorker([handler]);
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    await worker.stop();

    expect(seen).toEqual([{ name: "Somchai", attempt: 1 }]);
    expect(await jobRow(id)).toMatchObject({ status: "done", attempts: 1, last_error: null });
    expect(await runsOf(id)).toMatchObject([{ attempt: 1, worker: "stepper", outcome: "done" }]);
  });

  it("retries a failing job with growing waits, then dead-letters it with its last error", async () => {
    let calls = 0;
    const worker = steppedWorker([
      {
        kind: "mail.deliver",
        handle: () => {
          calls += 1;
          return Promise.reject(new Error(`mail server refused (call ${calls})`));
        },
      },
    ]);
    const id = await enqueue("mail.deliver", { maxAttempts: 3 });

    expect(await worker.runOnce()).toBe(1);
    expect(await jobRow(id)).toMatchObject({
      status: "queued",
      attempts: 1,
      last_error: "Error: mail server refused (call 1)",
      finished_at: null,
    });
    // The retry is not due yet.
    expect(await worker.runOnce()).toBe(0);

    await db.query("update jobs set run_at = now() where id = $1", [id]);
    expect(await worker.runOnce()).toBe(1);
    await db.query("update jobs set run_at = now() where id = $1", [id]);
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();

    const job = await jobRow(id);
    expect(job).toMatchObject({
      status: "dead",
      attempts: 3,
      last_error: "Error: mail server refused (call 3)",
    });
    expect(job.finished_at).toBeInstanceOf(Date);
    const runs = await runsOf(id);
    expect(runs.map((run) => run.outcome)).toEqual(["retry", "retry", "dead"]);
    expect(calls).toBe(3);
  });

  it("waits half to all of the doubled base before each retry", async () => {
    const worker = steppedWorker([
      {
        kind: "mail.deliver",
        handle: () => Promise.reject(new Error("still down")),
      },
    ]);
    const id = await enqueue("mail.deliver", { maxAttempts: 5 });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await worker.runOnce()).toBe(1);
      // run_at and the attempt's finish are set in one transaction: their gap is the wait.
      const { rows } = await db.query<{ delay: number }>(
        `select extract(epoch from (jobs.run_at - job_runs.finished_at))::float8 as delay
           from jobs join job_runs on job_runs.job_id = jobs.id and job_runs.attempt = $2
          where jobs.id = $1`,
        [id, attempt],
      );
      delays.push(rows[0]!.delay);
      await db.query("update jobs set run_at = now() where id = $1", [id]);
    }
    await worker.stop();
    await db.query("delete from job_runs where job_id = $1", [id]);
    await db.query("delete from jobs where id = $1", [id]);
    const bases = [1, 2, 4];
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(bases[index]! / 2);
      expect(delay).toBeLessThanOrEqual(bases[index]!);
    });
  });

  it("dead-letters at once a payload that does not fit or a permanent failure", async () => {
    let calls = 0;
    const worker = steppedWorker([
      defineJobHandler({
        kind: "receipt.send",
        payload: z.object({ applicationId: z.uuid() }),
        handle: () => {
          calls += 1;
          return Promise.resolve();
        },
      }),
      {
        kind: "document.issue",
        handle: () => Promise.reject(new PermanentJobError("the application was withdrawn")),
      },
    ]);
    const badPayload = await enqueue("receipt.send", { payload: { applicationId: 42 } });
    const withdrawn = await enqueue("document.issue");
    expect(await worker.runOnce()).toBe(2);
    await worker.stop();

    expect(calls).toBe(0);
    expect(await jobRow(badPayload)).toMatchObject({ status: "dead", attempts: 1 });
    expect((await jobRow(badPayload)).last_error).toContain("applicationId");
    expect(await jobRow(withdrawn)).toMatchObject({
      status: "dead",
      attempts: 1,
      last_error: "PermanentJobError: the application was withdrawn",
    });
  });

  it("retries a job of a kind it has no handler for, rather than losing it", async () => {
    const id = await enqueue("future.thing");
    const worker = steppedWorker([]);
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();
    expect(await jobRow(id)).toMatchObject({
      status: "queued",
      attempts: 1,
      last_error: 'Error: No handler is registered for jobs of kind "future.thing".',
    });
    await db.query("delete from job_runs where job_id = $1", [id]);
    await db.query("delete from jobs where id = $1", [id]);
  });

  it("takes over a job whose worker went silent past its lease", async () => {
    const ran: number[] = [];
    const worker = steppedWorker([
      {
        kind: "report.build",
        handle: (job) => {
          ran.push(job.attempt);
          return Promise.resolve();
        },
      },
    ]);
    const abandoned = await enqueue("report.build", { maxAttempts: 3 });
    const lastChance = await enqueue("report.build", { maxAttempts: 1 });
    for (const id of [abandoned, lastChance]) {
      await db.query(
        `update jobs set status = 'running', attempts = 1, locked_by = 'gone',
                locked_until = now() - interval '1 second' where id = $1`,
        [id],
      );
      await db.query("insert into job_runs (job_id, attempt, worker) values ($1, 1, 'gone')", [id]);
    }
    expect(await worker.runOnce()).toBe(1);
    await worker.stop();

    expect(ran).toEqual([2]);
    expect(await jobRow(abandoned)).toMatchObject({ status: "done", attempts: 2 });
    expect(await runsOf(abandoned)).toMatchObject([
      { attempt: 1, worker: "gone", outcome: null },
      { attempt: 2, worker: "stepper", outcome: "done" },
    ]);
    // Its only attempt was abandoned: nothing is left to try.
    const dead = await jobRow(lastChance);
    expect(dead).toMatchObject({ status: "dead", attempts: 1 });
    expect(dead.last_error).toContain("lease ran out");
  });

  it("does not take a job whose lease another worker still holds", async () => {
    const worker = steppedWorker([{ kind: "report.build", handle: () => Promise.resolve() }]);
    const id = await enqueue("report.build");
    await db.query(
      `update jobs set status = 'running', attempts = 1, locked_by = 'busy',
              locked_until = now() + interval '1 hour' where id = $1`,
      [id],
    );
    expect(await worker.runOnce()).toBe(0);
    await worker.stop();
    expect(await jobRow(id)).toMatchObject({ status: "running", attempts: 1 });
    await db.query("delete from jobs where id = $1", [id]);
  });

  it("on stop, waits for the job it is running to finish", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const worker = startWorker({
      db,
      logger,
      config,
      handlers: [
        {
          kind: "archive.write",
          handle: async () => {
            started();
            await released;
          },
        },
      ],
    });
    const id = await enqueue("archive.write");
    await hasStarted;

    let hasStopped = false;
    const stopping = worker.stop().then(() => (hasStopped = true));
    // The handler cannot finish before it is released, so neither can stop().
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hasStopped).toBe(false);
    release();
    await stopping;
    expect(await jobRow(id)).toMatchObject({ status: "done", attempts: 1 });
  });

  it("tidies expired sessions and closed rate-limit windows while it polls", async () => {
    await db.query(
      `insert into sessions (token_hash, csrf_token, expires_at) values
         ('expired-long-ago', 'c', now() - interval '2 days'),
         ('expired-an-hour-ago', 'c', now() - interval '1 hour'),
         ('live', 'c', now() + interval '1 hour')`,
    );
    await db.query(
      `insert into rate_limit_buckets (key, window_start, hits) values
         ('api:old', now() - interval '2 hours', 5), ('api:now', now(), 1)`,
    );
    const worker = startWorker({ db, logger, config, handlers: [] });
    await vi.waitFor(async () => {
      const { rows } = await db.query<{ token_hash: string }>(
        "select token_hash from sessions order by token_hash",
      );
      expect(rows.map((row) => row.token_hash)).toEqual(["expired-an-hour-ago", "live"]);
    });
    await worker.stop();
    const { rows } = await db.query<{ key: string }>("select key from rate_limit_buckets");
    expect(rows.map((row) => row.key)).toEqual(["api:now"]);
  });
});
