/**
 * Where the exchange's added time goes (B3), measured while `benchExchange`
 * runs on PostgreSQL (a throwaway cluster with pg_stat_statements):
 *   - pg_stat_statements: what each mediated read sends to the database, how
 *     many statements, and the database's own time for them;
 *   - this process's CPU profile (node:inspector), by package and function:
 *     the bench reads in process, so the app's JavaScript is profiled here.
 *
 *   node_modules/.bin/node --import tsx bench/profile-exchange.ts   (BENCH_SECONDS, BENCH_CLIENTS)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { migrate } from "@/core/db/migrate";
import { connectPostgres } from "@/core/db/postgres";

import { startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";
import { benchExchange } from "./exchange";
import { summarizeCpuProfile, writeProfileReport } from "./harness/cpu-profile";
import { describeMachine } from "./harness/machine";
import { superuserUrl } from "./harness/processes";
import {
  enableStatementStats,
  readStatementStats,
  resetStatementStats,
} from "./harness/statement-stats";

const WATCHED = [
  "callDataService",
  "authenticate",
  "actorFromBearer",
  "findApplicableGrant",
  "readRegistryRecord",
  "appendExchangeLog",
  "requestHash",
  "sha256Hex",
  "hashNationalId",
];

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const clients = Number(process.env.BENCH_CLIENTS ?? 8);
const cluster = await startPostgresCluster();
try {
  const superuser = superuserUrl(cluster);
  const admin = await enableStatementStats(superuser);
  const db = await connectPostgres({ url: cluster.url, poolSize: clients + 2 });
  await migrate(db);

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await resetStatementStats(admin);
  await session.post("Profiler.start");
  const result = await benchExchange({ db, label: "PostgreSQL", seconds, clients });
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const statements = await readStatementStats(admin, { orderBy: "calls", limit: 60 });
  await admin.end();
  await db.close();

  const profileDir = mkdtempSync(join(tmpdir(), "pratu-cpu-profile-"));
  const profileFile = join(profileDir, "exchange.cpuprofile");
  writeFileSync(profileFile, JSON.stringify(profile));
  const cpu = summarizeCpuProfile(profileFile, WATCHED);

  // One exchange-log row per mediated read; the direct read is the record's select.
  const mediatedReads = statements.find((row) =>
    /insert into exchange_log\b/.test(row.query),
  )?.calls;
  if (!mediatedReads) throw new Error("no mediated read was logged");
  const directReads = statements.find((row) => /from registry_records\b/.test(row.query))?.calls;
  const perMediated = statements
    .map((row) => ({
      ...row,
      perRead:
        Math.round(
          ((/from registry_records\b/.test(row.query)
            ? row.calls - (directReads ?? 0) + mediatedReads
            : row.calls) /
            mediatedReads) *
            100,
        ) / 100,
    }))
    .filter((row) => row.perRead >= 0.05);
  const report = {
    workload: "exchange",
    machine: await describeMachine(),
    seconds,
    clients,
    result,
    mediatedReads,
    perMediatedRead: {
      statements: Math.round(perMediated.reduce((sum, row) => sum + row.perRead, 0) * 10) / 10,
      databaseMilliseconds:
        Math.round(perMediated.reduce((sum, row) => sum + row.perRead * row.mean_ms, 0) * 1000) /
        1000,
    },
    statements: perMediated,
    cpu,
  };
  writeProfileReport("exchange", report, profileFile);
} finally {
  await cluster.stop();
}
