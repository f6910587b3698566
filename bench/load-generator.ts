/**
 * The load generator: a process of its own, started by `npm run bench` and
 * `npm run drill` with a spec file; writes its result as JSON.
 *   node --import tsx bench/load-generator.ts <spec.json> <result.json>
 * Closed loop: N clients, each sending its next request when the last one is
 * answered. Open loop: arrivals at a fixed rate whatever the answers, latency
 * counted from the scheduled arrival (a slow server cannot slow the clock).
 * Baseline: one-row INSERT + COMMIT per transaction on N connections.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

import pg from "pg";

import { HttpClient } from "./harness/http-client";
import type { Acknowledgement, Attempt, LoadResult, LoadSpec } from "./harness/load-spec";
import { type LatencySummary, summarize } from "./harness/stats";
import { benchAnswers } from "./harness/submission-payload";
import { createWork, type Outcome } from "./harness/workloads";

class Recorder {
  readonly statuses: Record<string, number> = {};
  readonly failures: Record<string, number> = {};
  readonly acknowledgements: Acknowledgement[] = [];
  readonly attempts: Attempt[] = [];
  readonly #windowLatencies: number[] = [];
  readonly #byStatus = new Map<string, number[]>();
  unavailableWithRetryAfter = 0;
  unavailableWithoutRetryAfter = 0;
  completed = 0;
  longest = 0;

  record(outcome: Outcome, isInWindow: boolean): void {
    this.longest = Math.max(this.longest, outcome.milliseconds);
    if (outcome.attempt) this.attempts.push(outcome.attempt);
    if (outcome.acknowledgement) this.acknowledgements.push(outcome.acknowledgement);
    if (outcome.error !== undefined) {
      this.failures[outcome.error] = (this.failures[outcome.error] ?? 0) + 1;
    } else {
      const status = String(outcome.status);
      this.statuses[status] = (this.statuses[status] ?? 0) + 1;
      if (outcome.status === 503) {
        if (outcome.hasRetryAfter) this.unavailableWithRetryAfter++;
        else this.unavailableWithoutRetryAfter++;
      }
    }
    if (!isInWindow) return;
    const key = outcome.error ?? String(outcome.status);
    const samples = this.#byStatus.get(key) ?? [];
    samples.push(outcome.milliseconds);
    this.#byStatus.set(key, samples);
    if (outcome.isServed) {
      this.completed++;
      this.#windowLatencies.push(outcome.milliseconds);
    }
  }

  result(kind: LoadSpec["kind"], seconds: number): LoadResult {
    const latencyByStatus: Record<string, LatencySummary> = {};
    for (const [status, samples] of this.#byStatus) latencyByStatus[status] = summarize(samples);
    return {
      kind,
      seconds,
      completed: this.completed,
      perSecond: this.completed / seconds,
      latency: summarize(this.#windowLatencies),
      latencyByStatus,
      statuses: this.statuses,
      failures: this.failures,
      unavailableWithRetryAfter: this.unavailableWithRetryAfter,
      unavailableWithoutRetryAfter: this.unavailableWithoutRetryAfter,
      acknowledgements: this.acknowledgements,
      attempts: this.attempts,
      longestMilliseconds: Math.round(this.longest),
    };
  }
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function runClosed(spec: Extract<LoadSpec, { kind: "closed" }>): Promise<LoadResult> {
  const http = new HttpClient(spec.baseUrl);
  const recorder = new Recorder();
  let next = 0;
  const tokens = spec.workload.type === "submit" ? spec.workload.tokens.length : 1;
  const work = createWork(http, spec.workload, spec.timeoutMs, (n) => n % tokens);
  const started = performance.now();
  const windowStart = started + spec.warmupSeconds * 1000;
  const deadline = windowStart + spec.seconds * 1000;
  let isStopped = false;
  const watcher = spec.stopFile
    ? setInterval(() => {
        if (existsSync(spec.stopFile!)) isStopped = true;
      }, 100)
    : undefined;
  await Promise.all(
    Array.from({ length: spec.clients }, async () => {
      while (!isStopped && performance.now() < deadline) {
        const begun = performance.now();
        const outcome = await work(next++);
        const ended = performance.now();
        recorder.record(outcome, begun >= windowStart && ended <= deadline);
        if (!outcome.isServed && outcome.status !== 503 && spec.pauseAfterFailureMs) {
          await sleep(spec.pauseAfterFailureMs);
        }
      }
    }),
  );
  clearInterval(watcher);
  http.close();
  const measured = Math.max(0.001, (Math.min(performance.now(), deadline) - windowStart) / 1000);
  return recorder.result("closed", measured);
}

async function runOpen(spec: Extract<LoadSpec, { kind: "open" }>): Promise<LoadResult> {
  const http = new HttpClient(spec.baseUrl);
  const recorder = new Recorder();
  const tokens = spec.workload.type === "submit" ? spec.workload.tokens.length : 1;
  const work = createWork(http, spec.workload, spec.timeoutMs, (n) => n % tokens);
  const total = Math.round(spec.ratePerSecond * spec.seconds);
  const interval = 1000 / spec.ratePerSecond;
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  let dropped = 0;
  for (let n = 0; n < total; n++) {
    const scheduled = started + n * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await sleep(wait);
    if (inFlight.size >= spec.maxInFlight) {
      dropped++;
      continue;
    }
    const task = work(n).then((outcome) => {
      // From the scheduled arrival: time spent queued in the generator counts too.
      outcome.milliseconds = performance.now() - scheduled;
      recorder.record(outcome, true);
      inFlight.delete(task);
    });
    inFlight.add(task);
  }
  await Promise.all(inFlight);
  http.close();
  const result = recorder.result("open", spec.seconds);
  return { ...result, offered: total, dropped };
}

async function runSqlBaseline(
  spec: Extract<LoadSpec, { kind: "sql-baseline" }>,
): Promise<LoadResult> {
  const setup = new pg.Client({ connectionString: spec.databaseUrl });
  await setup.connect();
  await setup.query(
    "create table if not exists bench_baseline (id bigserial primary key, body jsonb not null)",
  );
  await setup.end();
  const recorder = new Recorder();
  const body = JSON.stringify({ answers: benchAnswers(0) });
  const started = performance.now();
  const windowStart = started + spec.warmupSeconds * 1000;
  const deadline = windowStart + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.clients }, async () => {
      const client = new pg.Client({ connectionString: spec.databaseUrl });
      await client.connect();
      try {
        while (performance.now() < deadline) {
          const begun = performance.now();
          await client.query("begin");
          await client.query({
            name: "bench_baseline_insert",
            text: "insert into bench_baseline (body) values ($1)",
            values: [body],
          });
          await client.query("commit");
          const ended = performance.now();
          recorder.record(
            { status: 200, isServed: true, hasRetryAfter: false, milliseconds: ended - begun },
            begun >= windowStart && ended <= deadline,
          );
        }
      } finally {
        await client.end();
      }
    }),
  );
  return recorder.result("sql-baseline", spec.seconds);
}

const [specFile, resultFile] = process.argv.slice(2);
if (!specFile || !resultFile) {
  console.error("usage: load-generator.ts <spec.json> <result.json>");
  process.exit(2);
}
const spec = JSON.parse(readFileSync(specFile, "utf8")) as LoadSpec;
const result =
  spec.kind === "closed"
    ? await runClosed(spec)
    : spec.kind === "open"
      ? await runOpen(spec)
      : await runSqlBaseline(spec);
writeFileSync(resultFile, JSON.stringify(result));
