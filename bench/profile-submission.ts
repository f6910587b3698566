/**
 * Where a submission's time goes (B1), measured three ways at once while
 * closed-loop clients submit over HTTP to `pratu serve`:
 *   - the server's CPU profile (node --cpu-prof), by package and function;
 *   - pg_stat_statements: database time per statement;
 *   - pg_stat_activity sampled every 10 ms: running, waiting for a lock (in
 *     which statement), or idle in transaction while the app works.
 *
 *   node --import tsx bench/profile-submission.ts      (BENCH_SECONDS, BENCH_CLIENTS)
 * PROFILE_WORKLOAD=verify-code or verify-credential profiles B2's verification instead;
 * PROFILE_WORKLOAD=rush profiles B6: submissions arriving at PROFILE_RUSH_RATE per second
 * (default 800) whatever the answers, as `npm run bench` offers them.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort, startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";
import { startActivitySampler } from "./harness/activity-sampler";
import { summarizeCpuProfile, writeProfileReport } from "./harness/cpu-profile";
import { prepareBenchDatabase } from "./harness/fixture";
import { runLoad, type Workload } from "./harness/load-spec";
import { describeMachine } from "./harness/machine";
import { readBenchOptions } from "./harness/options";
import { serverEnvironment, startPratu, superuserUrl } from "./harness/processes";
import {
  enableStatementStats,
  readStatementStats,
  resetStatementStats,
} from "./harness/statement-stats";
import { BENCH_SERVICE_ID } from "./harness/submission-payload";

/** Functions whose time, with what they call synchronously, is worth knowing. */
const WATCHED = [
  "submitApplication",
  "checkAnswers",
  "signCompactJws",
  "recordAudit",
  "hashAuditRecord",
  "canonicalJson",
  "presentApplication",
  "authenticate",
  "parse",
  "safeParse",
  "stringify",
  "seal",
  "open",
  "sha256Hex",
];

const options = readBenchOptions(process.argv.slice(2));
const micros = () => Number(process.hrtime.bigint() / 1000n);
const cluster = await startPostgresCluster();
try {
  const superuser = superuserUrl(cluster);
  const admin = await enableStatementStats(superuser);
  const port = await freePort();
  const fixture = await prepareBenchDatabase({
    databaseUrl: cluster.url,
    publicUrl: `http://127.0.0.1:${port}`,
    people: Math.max(
      options.clients,
      process.env.PROFILE_WORKLOAD === "rush" ? options.people : 20,
    ),
  });
  const profileDir = mkdtempSync(join(tmpdir(), "pratu-cpu-profile-"));
  const server = await startPratu({
    name: "profile-serve",
    command: "serve",
    port,
    env: serverEnvironment({ databaseUrl: cluster.url, port, poolSize: options.poolSize }),
    nodeOptions: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
  });
  const json = { "content-type": "application/json", accept: "application/json" };
  const workloadOf = (keyPrefix: string): Workload => {
    switch (process.env.PROFILE_WORKLOAD ?? "submit") {
      case "verify-code":
        return {
          type: "request",
          method: "POST",
          path: "/api/v1/documents/verify",
          headers: json,
          body: JSON.stringify({ code: fixture.document.verifyCode }),
        };
      case "verify-credential":
        return {
          type: "request",
          method: "POST",
          path: "/credentials/verify",
          headers: json,
          body: JSON.stringify({ verifiableCredential: fixture.document.credential }),
        };
      case "rush":
        return {
          type: "submit",
          serviceId: BENCH_SERVICE_ID,
          tokens: fixture.tokens,
          keyPrefix,
        };
      default:
        return {
          type: "submit",
          serviceId: BENCH_SERVICE_ID,
          tokens: fixture.tokens.slice(0, options.clients),
          keyPrefix,
        };
    }
  };
  const rushRate = Number(process.env.PROFILE_RUSH_RATE ?? 800);
  const load = (seconds: number, keyPrefix: string) =>
    process.env.PROFILE_WORKLOAD === "rush"
      ? runLoad({
          kind: "open",
          baseUrl: server.url,
          ratePerSecond: rushRate,
          seconds,
          timeoutMs: 15_000,
          maxInFlight: 5000,
          workload: workloadOf(keyPrefix),
        })
      : runLoad({
          kind: "closed",
          baseUrl: server.url,
          clients: options.clients,
          seconds,
          warmupSeconds: 0,
          timeoutMs: 30_000,
          workload: workloadOf(keyPrefix),
        });
  await load(options.warmupSeconds, "profile-warmup");
  await resetStatementStats(admin);
  const sampler = startActivitySampler(superuser, "pratu-web");
  const from = micros();
  const measured = await load(options.seconds, "profile");
  const to = micros();
  const activity = await sampler.stop();
  const statements = await readStatementStats(admin, { orderBy: "time", limit: 100 });
  await admin.end();
  await server.stop(30_000);
  const profileFile = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  const cpu = profileFile
    ? summarizeCpuProfile(join(profileDir, profileFile), WATCHED, { from, to })
    : undefined;

  const submissions = measured.completed;
  const answered = Object.values(measured.statuses).reduce((sum, count) => sum + count, 0);
  const databaseMilliseconds = statements.reduce((sum, row) => sum + row.total_ms, 0);
  const report = {
    workload: process.env.PROFILE_WORKLOAD ?? "submit",
    machine: await describeMachine(),
    clients: options.clients,
    poolSize: options.poolSize,
    seconds: options.seconds,
    perSecond: Math.round(measured.perSecond * 10) / 10,
    latency: measured.latency,
    latencyByStatus: measured.latencyByStatus,
    statuses: measured.statuses,
    failures: measured.failures,
    perRequest: {
      answered,
      serverCpuMilliseconds: cpu
        ? Math.round(((cpu.totalMilliseconds * (1 - cpu.idleShare / 100)) / answered) * 100) / 100
        : null,
      statements:
        Math.round((statements.reduce((sum, row) => sum + row.calls, 0) / answered) * 10) / 10,
    },
    perSubmission: {
      wallMilliseconds: Math.round((options.clients / measured.perSecond) * 10_000) / 10,
      serverCpuMilliseconds: cpu
        ? Math.round(((cpu.totalMilliseconds * (1 - cpu.idleShare / 100)) / submissions) * 10) / 10
        : null,
      databaseMilliseconds: Math.round((databaseMilliseconds / submissions) * 100) / 100,
      statements: Math.round(statements.reduce((sum, row) => sum + row.calls, 0) / submissions),
    },
    activity,
    statements,
    cpu,
  };
  writeProfileReport(report.workload, report, profileDir);
} finally {
  await cluster.stop();
}
