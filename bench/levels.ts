/**
 * The levels dashboard with 10,000 agencies (50,000 channels, 4,000 published
 * services, 12,000 decided applications): how long a full recomputation of
 * every agency's level takes (what computing the dashboard live would cost
 * on every view), and how long the dashboard's grouped reads of the snapshot
 * and one agency's live level take.
 *   node_modules/.bin/node --import tsx bench/levels.ts
 *   BENCH_DATABASE_URL=postgres://… node_modules/.bin/node --import tsx bench/levels.ts
 * With BENCH_DATABASE_URL, a throwaway database is made beside the one named
 * (the role needs CREATEDB) and dropped afterwards.
 */
import { performance } from "node:perf_hooks";

import { migrate } from "@/core/db/migrate";
import { getAgencyLevel, refreshAllAgencyLevels } from "@/modules/levels";
import { getLevelDashboard } from "@/modules/levels/level-dashboard";
import { generateLevelsDataset } from "@/modules/levels/test-dataset";

import { openBenchDatabase, percentile } from "./support";

const AGENCIES = Number(process.env.BENCH_AGENCIES ?? 10_000);
const RUNS = 20;

async function time(
  runs: number,
  work: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const { db, label, drop } = await openBenchDatabase();
try {
  await migrate(db);
  const generatedStart = performance.now();
  const agencies = await generateLevelsDataset({ db, agencies: AGENCIES });
  const counts = await db.query<{ channels: number; services: number; applications: number }>(
    `select (select count(*)::int from agency_channels) as channels,
            (select count(*)::int from services) as services,
            (select count(*)::int from applications) as applications`,
  );
  console.log(
    `${label}: ${agencies.length} agencies, ${JSON.stringify(counts.rows[0])} generated in ${Math.round(performance.now() - generatedStart)} ms`,
  );

  const refresh = await time(5, () => refreshAllAgencyLevels({ db }));
  console.log(
    `full recomputation (the cost of a live dashboard): p50 ${refresh.p50.toFixed(0)} ms, p95 ${refresh.p95.toFixed(0)} ms`,
  );
  const filter = {
    sort: "ministry",
    isDescending: false,
    ministryCode: null,
    province: null,
    page: 1,
  } as const;
  const dashboard = await time(RUNS, () => getLevelDashboard({ db, filter }));
  console.log(
    `dashboard from the snapshot (totals, by ministry, by province, first page of laggards): p50 ${dashboard.p50.toFixed(1)} ms, p95 ${dashboard.p95.toFixed(1)} ms`,
  );
  const byProvince = await time(RUNS, () =>
    getLevelDashboard({
      db,
      filter: { ...filter, sort: "province", isDescending: true, page: 40 },
    }),
  );
  console.log(
    `dashboard sorted by province, page 40: p50 ${byProvince.p50.toFixed(1)} ms, p95 ${byProvince.p95.toFixed(1)} ms`,
  );
  const agency = agencies[agencies.length - 1]!;
  const actor = {
    type: "officer",
    officerId: "00000000-0000-7000-8000-000000000000",
    agencyId: agency.id,
    role: "viewer",
  } as const;
  const one = await time(RUNS, () => getAgencyLevel({ db, actor, agencyId: agency.id }));
  console.log(
    `one agency's live level (console page): p50 ${one.p50.toFixed(1)} ms, p95 ${one.p95.toFixed(1)} ms`,
  );
} finally {
  await drop();
}
