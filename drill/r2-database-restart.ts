// R2: PostgreSQL stops (fast shutdown: every session cut) and starts again
// while clients submit. The server must survive it, reconnect by itself,
// answer 503 (not 500, not silence) while the database is away, and keep
// every submission it acknowledged.
import pg from "pg";

import { checkAcknowledged } from "../bench/harness/acknowledged";
import { controlCluster } from "../bench/harness/cluster-control";
import { HttpClient, isFailure } from "../bench/harness/http-client";
import type { LoadResult } from "../bench/harness/load-spec";
import { probe } from "../bench/harness/processes";
import { BENCH_SERVICE_ID, benchAnswers } from "../bench/harness/submission-payload";
import { submitRequest } from "../bench/harness/workloads";
import { freePort } from "../scripts/lib/postgres-cluster.mjs";
import {
  check,
  describeCounts,
  type DrillContext,
  type DrillResult,
  startBackgroundLoad,
  startDrillServer,
  startDrillWorker,
  submitWorkload,
} from "./support";

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const REQUEST_DEADLINE_MS = 20_000;

/** Whether any job attempt has finished since `since` (only the drill's worker runs jobs). */
async function hasRunJobSince(superuserUrl: string, since: Date): Promise<boolean> {
  const client = new pg.Client({ connectionString: superuserUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from job_runs where finished_at > $1",
      [since],
    );
    return rows[0]!.n > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Milliseconds until `attempt` succeeds, or null after `limitMs` or once `isWorthWaiting` says no. */
async function timeUntil(
  attempt: () => Promise<boolean>,
  limitMs: number,
  isWorthWaiting: () => boolean,
): Promise<number | null> {
  const begun = performance.now();
  while (performance.now() - begun < limitMs && isWorthWaiting()) {
    if (await attempt()) return Math.round(performance.now() - begun);
    await sleep(100);
  }
  return null;
}

export async function drillDatabaseRestart(context: DrillContext): Promise<DrillResult> {
  const { options, fixture } = context;
  const cluster = await controlCluster(context.superuserUrl);
  const port = await freePort();
  const server = await startDrillServer(context, "r2-serve", port);
  const worker = await startDrillWorker(context, "r2-worker");
  const load = startBackgroundLoad(
    {
      kind: "closed",
      baseUrl: server.url,
      clients: options.clients,
      timeoutMs: REQUEST_DEADLINE_MS,
      workload: submitWorkload(fixture, "r2"),
    },
    "load-r2",
  );
  let readyAfter: number | null = null;
  let submittedAfter: number | null = null;
  let workedAfter: number | null = null;
  let result: LoadResult;
  try {
    await sleep(options.secondsBetweenFaults * 1000);
    cluster.stop();
    await sleep(options.databaseDownSeconds * 1000);
    cluster.start();
    const backAt = new Date();
    readyAfter = await timeUntil(
      async () => (await probe(`${server.url}/readyz`)) === 200,
      30_000,
      () => server.isRunning(),
    );
    const http = new HttpClient(server.url);
    let n = 0;
    submittedAfter = await timeUntil(
      async () => {
        const response = await http.send(
          submitRequest({
            serviceId: BENCH_SERVICE_ID,
            token: fixture.tokens[0]!,
            key: `r2-after-${n}`,
            answers: benchAnswers(1_000_000 + n++),
            timeoutMs: 10_000,
          }),
        );
        return !isFailure(response) && response.status === 201;
      },
      30_000,
      () => server.isRunning(),
    );
    http.close();
    const hasWorked = await timeUntil(
      () => hasRunJobSince(context.superuserUrl, backAt),
      30_000,
      () => worker.isRunning(),
    );
    workedAfter = hasWorked === null ? null : Date.now() - backAt.getTime();
    await sleep(options.secondsBetweenFaults * 1000);
  } finally {
    result = await load.stop();
  }
  const isAlive = server.isRunning();
  const crashLog = isAlive ? "" : server.log().slice(-1500);
  const isWorkerAlive = worker.isRunning();
  await Promise.all([server.stop(), worker.stop()]);
  const stored = await checkAcknowledged(context.superuserUrl, result.acknowledgements);
  const serverErrors = Object.entries(result.statuses)
    .filter(([status]) => Number(status) >= 500 && status !== "503")
    .reduce((sum, [, count]) => sum + count, 0);
  const unavailable = result.statuses["503"] ?? 0;
  const timeouts = result.failures.timeout ?? 0;

  return {
    id: "R2",
    name: `database restart: PostgreSQL down ${options.databaseDownSeconds} s under load`,
    checks: [
      check(
        "the server process survived the restart",
        isAlive,
        isAlive ? "still running" : `exited: ${crashLog.split("\n").slice(-12).join(" | ")}`,
      ),
      check(
        "the worker survived the restart",
        isWorkerAlive,
        isWorkerAlive ? "still running" : worker.log().slice(-600).replace(/\n/g, " | "),
      ),
      check(
        "the worker reconnected by itself",
        workedAfter !== null,
        `a job finished within ${workedAfter ?? "—"} ms of PostgreSQL being back`,
      ),
      check(
        "the server reconnected by itself",
        readyAfter !== null && submittedAfter !== null,
        `/readyz 200 after ${readyAfter ?? "—"} ms, next submission 201 after ${submittedAfter ?? "—"} ms more`,
      ),
      check(
        "every acknowledged submission is stored as acknowledged",
        stored.missing.length === 0 && stored.altered.length === 0 && stored.checked > 0,
        `${stored.checked} checked, ${stored.missing.length} missing, ${stored.altered.length} altered`,
      ),
      check(
        "clients saw 503, not another 5xx",
        serverErrors === 0,
        `503×${unavailable}, other 5xx×${serverErrors}`,
      ),
      check(
        "no request hung",
        timeouts === 0,
        `${timeouts} of the requests passed the ${REQUEST_DEADLINE_MS / 1000} s deadline; longest ${result.longestMilliseconds} ms`,
      ),
    ],
    notes: [
      `answers ${describeCounts(result.statuses)}; failures ${describeCounts(result.failures)}`,
    ],
  };
}
