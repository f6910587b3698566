/**
 * `npm run drill`: fault drills against Pratu in server mode, with a
 * pass/fail report.
 *
 *   R1 crash            kill -9 the server during submissions, restart it
 *   R2 database restart PostgreSQL stops and starts during submissions
 *   R3 fuzz             random inputs against every public endpoint
 *   R4 multi-process    2 × serve + 2 × worker on one PostgreSQL
 *
 *   npm run drill                 every drill (a few minutes)
 *   npm run drill -- --smoke      small and fast (CI)
 *   DRILL_ONLY=R1,R3 npm run drill
 * Sizes: DRILL_CLIENTS, DRILL_POOL_SIZE, DRILL_KILLS, DRILL_SECONDS_BETWEEN_FAULTS,
 * DRILL_DATABASE_DOWN_SECONDS, DRILL_FUZZ_CASES, DRILL_FUZZ_TIMEOUT_MS, DRILL_FUZZ_SEED,
 * DRILL_MULTI_PROCESS_SECONDS. Exits 1 when a check fails.
 */
import { prepareBenchDatabase } from "../bench/harness/fixture";
import { logDir, removeLogDir, superuserUrl } from "../bench/harness/processes";
import { startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";
import { drillCrash } from "./r1-crash";
import { drillDatabaseRestart } from "./r2-database-restart";
import { drillFuzz } from "./r3-fuzz";
import { drillMultiProcess } from "./r4-multi-process";
import { type DrillContext, type DrillResult, readDrillOptions } from "./support";

const options = readDrillOptions(process.argv.slice(2));
const began = performance.now();
const say = (line: string) =>
  console.log(`[drill ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${line}`);
// R4 first: its workers then drain only the jobs of its own submissions.
const drills: { id: string; run: (context: DrillContext) => Promise<DrillResult> }[] = [
  { id: "R4", run: drillMultiProcess },
  { id: "R1", run: drillCrash },
  { id: "R2", run: drillDatabaseRestart },
  { id: "R3", run: drillFuzz },
].filter((drill) => options.only.size === 0 || options.only.has(drill.id));

say(`${options.isSmoke ? "smoke run" : "full run"}; logs in ${logDir()}`);
const results: DrillResult[] = [];
const cluster = await startPostgresCluster();
try {
  const fixture = await prepareBenchDatabase({
    databaseUrl: cluster.url,
    publicUrl: "http://127.0.0.1",
    people: 20,
  });
  const context: DrillContext = {
    options,
    databaseUrl: cluster.url,
    superuserUrl: superuserUrl(cluster),
    fixture,
  };
  for (const drill of drills) {
    say(`${drill.id}…`);
    const started = performance.now();
    try {
      results.push(await drill.run(context));
    } catch (error) {
      console.error(error);
      results.push({
        id: drill.id,
        name: "(the drill itself failed)",
        checks: [{ label: "ran to the end", passed: false, detail: (error as Error).message }],
        notes: [],
      });
    }
    say(`${drill.id} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await cluster.stop();
}

console.log("");
let passed = 0;
let failed = 0;
for (const result of results.sort((a, b) => a.id.localeCompare(b.id))) {
  const isPassed = result.checks.every((item) => item.passed);
  console.log(`${result.id}  ${isPassed ? "PASS" : "FAIL"}  ${result.name}`);
  for (const item of result.checks) {
    if (item.passed) passed++;
    else failed++;
    console.log(
      `      ${item.passed ? "pass" : "FAIL"}  ${item.label}${item.detail ? ` — ${item.detail}` : ""}`,
    );
  }
  for (const note of result.notes) console.log(`            · ${note}`);
}
console.log("");
// Not in the "N passed, N failed" form: CI reads that line as the test count.
console.log(
  failed === 0
    ? `drill: all ${passed} checks passed`
    : `drill: ${failed} of ${passed + failed} checks FAILED`,
);
if (failed > 0) {
  console.log(`the logs are kept in ${logDir()}`);
  process.exitCode = 1;
} else {
  removeLogDir();
}
