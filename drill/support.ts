// What the drills share: the run's options, servers on the drill's
// PostgreSQL, load that runs until told to stop, sending a submission again
// with its idempotency key, and a pass/fail record per check.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { BenchFixture } from "../bench/harness/fixture";
import { HttpClient, isFailure } from "../bench/harness/http-client";
import { type Attempt, type LoadResult, type LoadSpec, runLoad } from "../bench/harness/load-spec";
import { serverEnvironment, startPratu } from "../bench/harness/processes";
import { BENCH_SERVICE_ID, benchAnswers } from "../bench/harness/submission-payload";
import { submitRequest } from "../bench/harness/workloads";

export interface DrillOptions {
  isSmoke: boolean;
  clients: number;
  poolSize: number;
  /** R1: how many times the server is killed, and seconds of load between kills. */
  kills: number;
  secondsBetweenFaults: number;
  /** R2: seconds the database stays down. */
  databaseDownSeconds: number;
  /** R3: random cases in all, and the deadline of one request. */
  fuzzCases: number;
  fuzzTimeoutMs: number;
  fuzzSeed: number;
  /** R4: seconds of load on the two servers. */
  multiProcessSeconds: number;
  only: Set<string>;
}

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`);
  return value;
}

export function readDrillOptions(argv: readonly string[]): DrillOptions {
  const isSmoke = argv.includes("--smoke");
  return {
    isSmoke,
    clients: numberFrom("DRILL_CLIENTS", isSmoke ? 2 : 4),
    poolSize: numberFrom("DRILL_POOL_SIZE", 10),
    kills: numberFrom("DRILL_KILLS", isSmoke ? 1 : 5),
    secondsBetweenFaults: numberFrom("DRILL_SECONDS_BETWEEN_FAULTS", isSmoke ? 1 : 3),
    databaseDownSeconds: numberFrom("DRILL_DATABASE_DOWN_SECONDS", isSmoke ? 1 : 3),
    fuzzCases: numberFrom("DRILL_FUZZ_CASES", isSmoke ? 300 : 10_000),
    fuzzTimeoutMs: numberFrom("DRILL_FUZZ_TIMEOUT_MS", 10_000),
    // The smoke run (CI) replays one seed, so it judges the same requests every
    // time; a full drill explores a new seed each run and prints it.
    fuzzSeed: numberFrom("DRILL_FUZZ_SEED", isSmoke ? 25_691_122 : Date.now() % 2 ** 31),
    multiProcessSeconds: numberFrom("DRILL_MULTI_PROCESS_SECONDS", isSmoke ? 2 : 15),
    only: new Set(
      (process.env.DRILL_ONLY ?? "")
        .split(",")
        .map((part) => part.trim().toUpperCase())
        .filter(Boolean),
    ),
  };
}

export interface DrillContext {
  options: DrillOptions;
  databaseUrl: string;
  /** The superuser on the same database: reads past row security. */
  superuserUrl: string;
  fixture: BenchFixture;
}

export interface Check {
  label: string;
  passed: boolean;
  detail: string;
}

export interface DrillResult {
  id: string;
  name: string;
  checks: Check[];
  /** What was observed that is not a pass or fail: counts, timings. */
  notes: string[];
}

export function check(label: string, passed: boolean, detail = ""): Check {
  return { label, passed, detail };
}

export async function startDrillServer(
  context: DrillContext,
  name: string,
  port: number,
  extra: Record<string, string> = {},
) {
  return startPratu({
    name,
    command: "serve",
    port,
    env: serverEnvironment({
      databaseUrl: context.databaseUrl,
      port,
      poolSize: context.options.poolSize,
      extra,
    }),
  });
}

/** `pratu worker`, once it has connected and said so (a fault before then is a failed start, not a drill). */
export async function startDrillWorker(context: DrillContext, name: string) {
  const worker = await startPratu({
    name,
    command: "worker",
    port: 0,
    env: serverEnvironment({
      databaseUrl: context.databaseUrl,
      port: 0,
      poolSize: 4,
      extra: { JOBS_POLL_MS: "100", LOG_LEVEL: "info" },
    }),
  });
  const begun = performance.now();
  while (!worker.log().includes('"msg":"worker started"')) {
    if (!worker.isRunning() || performance.now() - begun > 60_000) {
      await worker.kill();
      throw new Error(`${name} did not start:\n${worker.log().slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return worker;
}

/** Closed-loop load that runs until `stop()`; failures only slow a client down, they do not end it. */
export function startBackgroundLoad(
  spec: Omit<Extract<LoadSpec, { kind: "closed" }>, "stopFile" | "seconds" | "warmupSeconds">,
  name: string,
): { stop(): Promise<LoadResult> } {
  const dir = mkdtempSync(join(tmpdir(), "pratu-drill-load-"));
  const stopFile = join(dir, "stop");
  const running = runLoad(
    { ...spec, seconds: 3600, warmupSeconds: 0, stopFile, pauseAfterFailureMs: 50 },
    name,
  );
  return {
    async stop() {
      writeFileSync(stopFile, "");
      try {
        return await running;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export function submitWorkload(fixture: BenchFixture, keyPrefix: string) {
  return {
    type: "submit" as const,
    serviceId: BENCH_SERVICE_ID,
    tokens: fixture.tokens.slice(0, 20),
    keyPrefix,
  };
}

export interface Resent {
  attempt: Attempt;
  status: number | string;
  isReplay: boolean;
  applicationId?: string;
  reference?: string;
}

/** Sends each attempt again with its own key and body, a few at a time. */
export async function resendAttempts(
  baseUrl: string,
  fixture: BenchFixture,
  attempts: readonly Attempt[],
  concurrency = 4,
): Promise<Resent[]> {
  const http = new HttpClient(baseUrl);
  const tokens = fixture.tokens.slice(0, 20);
  const results: Resent[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < attempts.length) {
        const attempt = attempts[next++]!;
        const response = await http.send(
          submitRequest({
            serviceId: BENCH_SERVICE_ID,
            token: tokens[attempt.token]!,
            key: attempt.key,
            answers: benchAnswers(attempt.n),
            timeoutMs: 30_000,
          }),
        );
        if (isFailure(response)) {
          results.push({ attempt, status: response.error, isReplay: false });
          continue;
        }
        const body =
          response.status === 201
            ? (JSON.parse(response.body.toString("utf8")) as {
                application: { id: string; reference: string };
              })
            : undefined;
        results.push({
          attempt,
          status: response.status,
          isReplay: response.headers["idempotent-replayed"] === "true",
          applicationId: body?.application.id,
          reference: body?.application.reference,
        });
      }
    }),
  );
  http.close();
  return results;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** `{"201": 40, "503": 2}` as `201×40 503×2`. */
export function describeCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? "none" : entries.map(([key, count]) => `${key}×${count}`).join(" ");
}
