import { testConfig } from "@test/support/app";
import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { withDatabaseName } from "@test/support/database-names";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "@/core/db/database";
import { connectPostgres } from "@/core/db/postgres";
import { createLogger } from "@/core/log/logger";

import { enqueueJob } from "./enqueue-job";
import type { JobHandler } from "./job-handler";
import { startWorker } from "./worker";

const JOB_COUNT = 200;
const config = testConfig({ jobs: { pollMilliseconds: 10, concurrency: 4 } });
const logger = createLogger("silent");

describe("workers sharing one database", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.query("create table job_effects (job_id uuid not null, worker text not null)");
  });
  afterAll(() => db.close());

  /** A handler whose every run leaves a row behind, so a second run would show. */
  const recordingHandler = (onStart?: (workerId: string) => Promise<void>): JobHandler => ({
    kind: "effect.record",
    handle: async (job, { db: jobDb, workerId }) => {
      await onStart?.(workerId);
      await jobDb.query("insert into job_effects (job_id, worker) values ($1, $2)", [
        job.id,
        workerId,
      ]);
    },
  });

  const enqueueMany = () =>
    db.transaction(async (tx) => {
      for (let index = 0; index < JOB_COUNT; index++) {
        await enqueueJob(tx, { kind: "effect.record", payload: { index } });
      }
    });

  const waitUntilAllDone = () =>
    vi.waitFor(
      async () => {
        const { rows } = await db.query<{ count: number }>(
          "select count(*)::int as count from jobs where status <> 'done'",
        );
        expect(rows[0]!.count).toBe(0);
      },
      { timeout: 60_000, interval: 50 },
    );

  const assertEachJobRanOnce = async () => {
    const runs = await db.query<{ runs: number; jobs: number; highest_attempt: number }>(
      `select count(*)::int as runs, count(distinct job_id)::int as jobs,
              max(attempt)::int as highest_attempt from job_runs`,
    );
    expect(runs.rows[0]).toEqual({ runs: JOB_COUNT, jobs: JOB_COUNT, highest_attempt: 1 });
    const effects = await db.query<{ effects: number; jobs: number }>(
      "select count(*)::int as effects, count(distinct job_id)::int as jobs from job_effects",
    );
    expect(effects.rows[0]).toEqual({ effects: JOB_COUNT, jobs: JOB_COUNT });
    const byWorker = await db.query<{ worker: string; runs: number }>(
      "select worker, count(*)::int as runs from job_runs group by worker order by worker",
    );
    return byWorker.rows;
  };

  const clear = async () => {
    await db.query("delete from job_effects");
    await db.query("delete from job_runs");
    await db.query("delete from jobs");
  };

  it.skipIf(testDatabaseKind !== "postgres")(
    "two workers on one PostgreSQL never run the same job twice",
    async () => {
      await clear();
      const { rows } = await db.query<{ name: string }>("select current_database() as name");
      const secondPool = await connectPostgres({
        url: withDatabaseName(process.env.TEST_DATABASE_URL!, rows[0]!.name),
        poolSize: 5,
      });
      // Each worker's first jobs wait until the other has started one, so the
      // test shows both at work however the first claims fall.
      const started = new Set<string>();
      let bothStarted!: () => void;
      const haveBothStarted = new Promise<void>((resolve) => (bothStarted = resolve));
      const handler = recordingHandler(async (workerId) => {
        started.add(workerId);
        if (started.size === 2) bothStarted();
        await Promise.race([
          haveBothStarted,
          new Promise((resolve) => setTimeout(resolve, 10_000)),
        ]);
      });

      await enqueueMany();
      const workers = [
        startWorker({ db, logger, config, handlers: [handler], workerId: "worker-a" }),
        startWorker({ db: secondPool, logger, config, handlers: [handler], workerId: "worker-b" }),
      ];
      try {
        await waitUntilAllDone();
      } finally {
        await Promise.all(workers.map((worker) => worker.stop()));
        await secondPool.close();
      }

      const byWorker = await assertEachJobRanOnce();
      expect(byWorker.map((row) => row.worker)).toEqual(["worker-a", "worker-b"]);
      for (const row of byWorker) expect(row.runs).toBeGreaterThan(0);
      expect(byWorker[0]!.runs + byWorker[1]!.runs).toBe(JOB_COUNT);
    },
  );

  it("one worker runs every one of many jobs exactly once", async () => {
    await clear();
    await enqueueMany();
    const worker = startWorker({
      db,
      logger,
      config,
      handlers: [recordingHandler()],
      workerId: "only-worker",
    });
    try {
      await waitUntilAllDone();
    } finally {
      await worker.stop();
    }
    expect(await assertEachJobRanOnce()).toEqual([{ worker: "only-worker", runs: JOB_COUNT }]);
  });
});
