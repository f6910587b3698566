import { testConfig } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { createLogger } from "@/core/log/logger";

import { listDeadJobs, requeueDeadJob } from "./dead-letters";
import { enqueueJob } from "./enqueue-job";
import { runJobsCommand } from "./jobs-command";
import { startWorker } from "./worker";

const config = testConfig({ jobs: { maxAttempts: 2 } });
const logger = createLogger("silent");
const operator = { type: "system", id: "cli:operator" } as const;

describe("dead letters", () => {
  let db: Database;
  let isMailServerUp = false;
  const agencyId = newId();
  const runDueJobs = async () => {
    const worker = startWorker({
      db,
      logger,
      config,
      workerId: "stepper",
      poll: false,
      handlers: [
        {
          kind: "mail.deliver",
          handle: () =>
            isMailServerUp
              ? Promise.resolve()
              : Promise.reject(new Error("mail server refused the message")),
        },
      ],
    });
    let ran = 0;
    for (let count = await worker.runOnce(); count > 0; count = await worker.runOnce()) {
      ran += count;
      await db.query("update jobs set run_at = now() where status = 'queued'");
    }
    await worker.stop();
    return ran;
  };
  const auditActions = async () => {
    const { rows } = await db.query<{ action: string; chain: string; target_id: string | null }>(
      "select action, chain, target_id from audit_log order by occurred_at, seq",
    );
    return rows;
  };

  let deadId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    deadId = await db.transaction((tx) => enqueueJob(tx, { kind: "mail.deliver", agencyId }));
    expect(await runDueJobs()).toBe(2);
  });
  afterAll(() => db.close());

  it("lists a job that failed every attempt with its last error, and audits the look", async () => {
    const jobs = await listDeadJobs({ db, actor: operator });
    expect(jobs).toMatchObject([
      {
        id: deadId,
        kind: "mail.deliver",
        agencyId,
        attempts: 2,
        lastError: "Error: mail server refused the message",
      },
    ]);
    expect(await auditActions()).toContainEqual({
      action: "job.dead_letters_listed",
      chain: "platform",
      target_id: null,
    });
  });

  it("requeues a dead job with a fresh set of attempts, audited on its agency's chain", async () => {
    const requeued = await requeueDeadJob({ db, actor: operator, jobId: deadId, attempts: 3 });
    expect(requeued).toEqual({ id: deadId, kind: "mail.deliver", maxAttempts: 5 });
    expect(await auditActions()).toContainEqual({
      action: "job.requeued",
      chain: agencyId,
      target_id: deadId,
    });

    isMailServerUp = true;
    expect(await runDueJobs()).toBe(1);
    const { rows } = await db.query(
      "select attempt, worker, outcome from job_runs where job_id = $1 order by attempt",
      [deadId],
    );
    expect(rows).toEqual([
      { attempt: 1, worker: "stepper", outcome: "retry" },
      { attempt: 2, worker: "stepper", outcome: "dead" },
      { attempt: 3, worker: "stepper", outcome: "done" },
    ]);
    expect(await listDeadJobs({ db, actor: operator })).toEqual([]);
  });

  it("refuses to requeue a job that is not dead, is unknown, or is not an id", async () => {
    await expect(
      requeueDeadJob({ db, actor: operator, jobId: deadId, attempts: 1 }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      requeueDeadJob({ db, actor: operator, jobId: newId(), attempts: 1 }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      requeueDeadJob({ db, actor: operator, jobId: "42", attempts: 1 }),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("serves `pratu jobs dead` and `pratu jobs retry <id>` to an operator", async () => {
    isMailServerUp = false;
    const id = await db.transaction((tx) => enqueueJob(tx, { kind: "mail.deliver" }));
    await runDueJobs();
    const lines: string[] = [];
    const print = (line: string) => void lines.push(line);

    expect(await runJobsCommand({ db, config, args: ["dead"], print })).toBe(0);
    expect(lines.join("\n")).toContain(`${id}  mail.deliver  2 attempt(s)`);
    expect(lines.join("\n")).toContain("Error: mail server refused the message");

    lines.length = 0;
    expect(await runJobsCommand({ db, config, args: ["retry", id], print })).toBe(0);
    expect(lines).toEqual([`Job ${id} (mail.deliver) is queued again with 2 more attempt(s).`]);

    lines.length = 0;
    expect(await runJobsCommand({ db, config, args: ["retry", id], print })).toBe(1);
    expect(lines).toEqual([`Job ${id} is queued, not dead.`]);

    lines.length = 0;
    expect(await runJobsCommand({ db, config, args: ["revive"], print })).toBe(2);
    expect(lines[0]).toContain("Usage: pratu jobs dead");
  });
});
