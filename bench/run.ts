/**
 * `npm run bench`: Pratu in server mode, measured from outside.
 *
 * Starts a throwaway PostgreSQL from the machine's binaries, prepares it
 * (migrations, the demo, benchmark citizens and a signed document), runs
 * `pratu serve` as a child and drives it from a separate load-generator
 * process over real HTTP. Every figure that can be is a ratio against a
 * baseline measured in the same run. Prints a table and writes
 * bench/results/<date>-<sha>.json with the machine's description.
 *
 *   npm run bench                 the whole suite (about five minutes)
 *   npm run bench -- --smoke      every part for a second or two (CI)
 *   BENCH_ONLY=B1,B6 npm run bench
 * Sizes: BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CLIENTS, BENCH_POOL_SIZE,
 * BENCH_PEOPLE, BENCH_PAGE_CLIENTS, BENCH_RUSH_SECONDS, BENCH_RUSH_FACTOR,
 * BENCH_RUSH_RATE (skip B1's measure), BENCH_START_ROUNDS.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort, startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";
import { prepareBenchDatabase } from "./harness/fixture";
import { describeMachine, gitIsDirty, gitShortSha } from "./harness/machine";
import { includes, readBenchOptions } from "./harness/options";
import {
  logDir,
  projectRoot,
  removeLogDir,
  serverEnvironment,
  startPratu,
  superuserUrl,
} from "./harness/processes";
import { formatTable, type ReportRow } from "./harness/report";
import type { PartResult, ServerModeContext } from "./scenarios/context";
import { measureExchange } from "./scenarios/exchange";
import { measurePages } from "./scenarios/pages";
import { measureRush } from "./scenarios/rush";
import { measureStart } from "./scenarios/start";
import { measureSubmission } from "./scenarios/submission";
import { measureVerification } from "./scenarios/verification";

const options = readBenchOptions(process.argv.slice(2));
const rows: ReportRow[] = [];
const raw: Record<string, unknown> = {};
const startedAt = new Date();
const began = performance.now();
const say = (line: string) =>
  console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}`);
let hasFailed = false;

/** Runs one part; a part that fails is a row saying so, and the others still run. */
async function part<Result extends PartResult>(
  id: string,
  key: string,
  measure: () => Promise<Result>,
): Promise<Result | undefined> {
  try {
    const result = await measure();
    rows.push(...result.rows);
    raw[key] = result.raw;
    return result;
  } catch (error) {
    hasFailed = true;
    console.error(error);
    rows.push({
      id,
      figure: key,
      result: `FAILED: ${(error as Error).message.split("\n")[0]}`,
      baseline: "",
      ratio: null,
      target: "",
      verdict: "missed",
    });
    return undefined;
  }
}

say(
  `${options.isSmoke ? "smoke run" : "full run"}: ${options.seconds} s per figure, ${options.clients} clients, pool ${options.poolSize}; logs in ${logDir()}`,
);
const cluster = await startPostgresCluster();
let machine;
try {
  machine = await describeMachine(cluster.url);
  say(`PostgreSQL ${machine.postgres} at ${new URL(cluster.url).host}`);
  // First, on a cluster nothing has written to yet: the exchange's own
  // script measures in process, and a cluster still busy with the other
  // parts' writes (checkpoints, autovacuum) would be measured with it.
  if (includes(options, "B3")) {
    say("B3: exchange");
    await part("B3", "exchange", () => measureExchange(options, cluster.url));
  }
  const port = await freePort();
  const fixture = await prepareBenchDatabase({
    databaseUrl: cluster.url,
    publicUrl: `http://127.0.0.1:${port}`,
    people: Math.max(options.people, options.clients),
  });
  const server = await startPratu({
    name: "bench-serve",
    command: "serve",
    port,
    env: serverEnvironment({ databaseUrl: cluster.url, port, poolSize: options.poolSize }),
  });
  say(`pratu serve is up at ${server.url}`);
  const context: ServerModeContext = {
    options,
    databaseUrl: cluster.url,
    adminUrl: superuserUrl(cluster),
    server,
    fixture,
  };
  try {
    let capacity = Number(process.env.BENCH_RUSH_RATE ?? Number.NaN) / options.rushFactor;
    let sampleReceipt: string | undefined;
    const wantsPlain = includes(options, "B1") || (includes(options, "B6") && !(capacity > 0));
    if (wantsPlain || includes(options, "B1b")) {
      say("B1: submissions (baseline first)");
      const submission = await part("B1", "submission", () =>
        measureSubmission(context, { plain: wantsPlain, attachment: includes(options, "B1b") }),
      );
      if (!(capacity > 0)) capacity = submission?.capacity ?? Number.NaN;
      sampleReceipt = submission?.sampleReceipt;
    }
    if (includes(options, "B2")) {
      say("B2: verification");
      await part("B2", "verification", () => measureVerification(context, sampleReceipt));
    }
    if (includes(options, "B4")) {
      say("B4: pages");
      await part("B4", "pages", () => measurePages(context));
    }
    if (includes(options, "B6") && capacity > 0) {
      say(`B6: rush at ${options.rushFactor}× ${capacity.toFixed(1)}/s`);
      await part("B6", "rush", () => measureRush(context, capacity));
    }
  } finally {
    await server.stop();
  }
} finally {
  await cluster.stop();
}
if (includes(options, "B5")) {
  say("B5: start");
  await part("B5", "start", () => measureStart(options));
}

// In the order of the figures, whatever order the parts ran in.
rows.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
console.log("");
console.log(formatTable(rows));
console.log("");
const sha = gitShortSha();
const file = `${startedAt.toISOString().slice(0, 10)}-${sha}.json`;
const directory = options.isSmoke ? tmpdir() : join(projectRoot, "bench", "results");
mkdirSync(directory, { recursive: true });
// A second run of the same commit on the same day gets -2, -3…: every run is kept.
const base = join(directory, options.isSmoke ? `pratu-bench-smoke-${file}` : file);
let path = base;
for (let copy = 2; existsSync(path); copy++) path = base.replace(/\.json$/, `-${copy}.json`);
writeFileSync(
  path,
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      commit: sha,
      isDirty: gitIsDirty(),
      isSmoke: options.isSmoke,
      options: { ...options, only: [...options.only] },
      machine,
      rows,
      raw,
    },
    null,
    2,
  )}\n`,
);
say(`results written to ${path}`);
if (hasFailed) {
  say(`a part failed; the logs are kept in ${logDir()}`);
  process.exitCode = 1;
} else {
  removeLogDir();
}
