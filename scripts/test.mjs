// The whole test suite: on embedded PGlite, then on a throwaway PostgreSQL
// cluster started from the machine's binaries. Brings what the browser tests
// need from Debian's packages when it is missing. Extra arguments go to Vitest.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

import { startPostgresCluster } from "./lib/postgres-cluster.mjs";

const SYSTEM_PACKAGES = [
  { binary: "/usr/bin/chromium", package: "chromium" },
  { binary: "/usr/bin/pdfsig", package: "poppler-utils" },
];

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((entry) => !existsSync(entry.binary)).map(
    (entry) => entry.package,
  );
  if (missing.length === 0) return;
  if (userInfo().uid !== 0) {
    console.error(
      `The tests need Debian packages that are missing: ${missing.join(", ")}.\nInstall them with: sudo apt-get install -y ${missing.join(" ")}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", ...missing],
  ]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const reports = mkdtempSync(join(tmpdir(), "pratu-test-report-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function vitest(label, env) {
  console.log(`\n=== Tests on ${label} ===`);
  const started = performance.now();
  const report = join(reports, `${label.replace(/\W+/g, "-")}.json`);
  const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const result = spawnSync("vitest", [...args, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
    totals.skipped += summary.numPendingTests + summary.numTodoTests;
  } else {
    totals.failed += 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`=== ${label}: ${result.status === 0 ? "passed" : "FAILED"} in ${seconds} s ===`);
  return result.status === 0;
}

ensureSystemPackages();
const started = performance.now();
const passedOnPglite = vitest("PGlite (embedded)", { TEST_DATABASE_URL: "" });

let passedOnPostgres = false;
if (process.env.TEST_DATABASE_URL) {
  passedOnPostgres = vitest("PostgreSQL (TEST_DATABASE_URL)", {});
} else {
  const cluster = await startPostgresCluster({ log: (line) => console.log(line) });
  try {
    passedOnPostgres = vitest("PostgreSQL (throwaway cluster)", {
      TEST_DATABASE_URL: cluster.url,
      TEST_DATABASE_ADMIN_URL: cluster.adminUrl,
    });
  } finally {
    cluster.stop();
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\nWhole suite: ${passedOnPglite && passedOnPostgres ? "passed" : "FAILED"} in ${seconds} s (PGlite ${passedOnPglite ? "passed" : "failed"}, PostgreSQL ${passedOnPostgres ? "passed" : "failed"})`,
);
rmSync(reports, { recursive: true, force: true });
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(passedOnPglite && passedOnPostgres ? 0 : 1);
