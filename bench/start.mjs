// B5 start: time from launching `pratu start` to its first 200 on a fresh and
// on an existing data directory, against a bare Node.js HTTP server started
// the same way in the same run (the baseline: process start + one listen).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { freePort } from "../scripts/lib/postgres-cluster.mjs";

const pratuBin = fileURLToPath(new URL("../bin/pratu.mjs", import.meta.url));
const rounds = Number(process.env.BENCH_START_ROUNDS ?? 3);

async function timeToFirst200(args, port) {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    stdio: "ignore",
    env: { ...process.env, LOG_LEVEL: "warn" },
  });
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (performance.now() - started > 120_000) throw new Error("no 200 within 120 s");
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve() : child.once("exit", resolve),
    );
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const baseline = [];
const fresh = [];
const existing = [];
for (let round = 0; round < rounds; round++) {
  let port = await freePort();
  const server = `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`;
  baseline.push(await timeToFirst200(["-e", server], port));

  const dataDir = mkdtempSync(join(tmpdir(), "pratu-bench-start-"));
  try {
    port = await freePort();
    const args = [pratuBin, "start", "--data-dir", dataDir, "--port", String(port)];
    fresh.push(await timeToFirst200(args, port));
    existing.push(await timeToFirst200(args, port));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const base = median(baseline);
const rows = [
  ["baseline: bare node http server", base],
  ["pratu start, fresh data directory", median(fresh)],
  ["pratu start, existing data directory", median(existing)],
];
console.log(`B5 start — median of ${rounds} rounds, time to first 200 on GET /`);
for (const [label, ms] of rows) {
  console.log(
    `  ${label.padEnd(40)} ${(ms / 1000).toFixed(2).padStart(6)} s   ${(ms / base).toFixed(1).padStart(6)} x baseline`,
  );
}
