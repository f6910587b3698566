// B5: `pratu start` (embedded PGlite, web server and worker in one process)
// to its first 200 on GET /, on a fresh and on an existing data directory,
// against a bare Node.js HTTP server started the same way in the same run
// (the baseline: starting Node.js and listening, nothing of Pratu).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort } from "../../scripts/lib/postgres-cluster.mjs";
import type { BenchOptions } from "../harness/options";
import { startChild } from "../harness/processes";
import { pratuBin, probe } from "../harness/processes";
import type { ReportRow } from "../harness/report";
import { median, ratio } from "../harness/stats";
import type { PartResult } from "./context";

async function timeToFirst200(name: string, args: string[], port: number): Promise<number> {
  const started = performance.now();
  const child = startChild(name, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn" },
  });
  try {
    for (;;) {
      if (!child.isRunning()) throw new Error(`${name} exited:\n${child.log().slice(-2000)}`);
      if ((await probe(`http://127.0.0.1:${port}/`)) === 200) return performance.now() - started;
      if (performance.now() - started > 180_000) throw new Error(`${name}: no 200 within 180 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await child.stop();
  }
}

export async function measureStart(options: BenchOptions): Promise<PartResult> {
  const baseline: number[] = [];
  const fresh: number[] = [];
  const existing: number[] = [];
  for (let round = 0; round < options.startRounds; round++) {
    let port = await freePort();
    const server = `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1")`;
    baseline.push(await timeToFirst200("b5-baseline", ["-e", server], port));
    const dataDir = mkdtempSync(join(tmpdir(), "pratu-bench-start-"));
    try {
      port = await freePort();
      const args = [pratuBin, "start", "--data-dir", dataDir, "--port", String(port)];
      fresh.push(await timeToFirst200("b5-fresh", args, port));
      existing.push(await timeToFirst200("b5-existing", args, port));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const base = median(baseline);
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const rows: ReportRow[] = [
    ["fresh data directory (migrate, seed the demo)", median(fresh)] as const,
    ["existing data directory", median(existing)] as const,
  ].map(([label, value]) => ({
    id: "B5",
    figure: `pratu start to first 200, ${label}`,
    result: `${seconds(value)} (median of ${options.startRounds})`,
    baseline: `${seconds(base)} bare node http`,
    ratio: ratio(value, base),
    target: "(none set)",
    verdict: "—",
  }));
  return { rows, raw: { baseline, fresh, existing } };
}
