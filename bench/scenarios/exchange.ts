// B3: the exchange's own benchmark (mediated registry read against a direct
// read), run when bench/exchange.ts exists. Its contract: it may write
// `{ "rows": [{ "figure", "result", "baseline", "ratio", "target", "verdict" }] }`
// to the file named by BENCH_RESULT_FILE; without rows its output is shown. A
// non-zero exit fails the part (and `npm run bench`).
// It is given BENCH_DATABASE_URL (a PostgreSQL role that may create databases),
// BENCH_SECONDS and BENCH_SMOKE=1 on a smoke run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { BenchOptions } from "../harness/options";
import { projectRoot, startChild } from "../harness/processes";
import type { ReportRow } from "../harness/report";
import type { PartResult } from "./context";

export const EXCHANGE_BENCH = join(projectRoot, "bench", "exchange.ts");

export async function measureExchange(
  options: BenchOptions,
  databaseUrl: string,
): Promise<PartResult> {
  if (!existsSync(EXCHANGE_BENCH)) {
    return {
      rows: [
        {
          id: "B3",
          figure: "exchange: mediated read vs direct read",
          result: "not measured: bench/exchange.ts does not exist yet",
          baseline: "",
          ratio: null,
          target: "≤ 2 ms added at p50",
          verdict: "—",
        },
      ],
      raw: { skipped: true },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "pratu-bench-exchange-"));
  try {
    const resultFile = join(dir, "result.json");
    const child = startChild("b3-exchange", ["--import", "tsx", EXCHANGE_BENCH], {
      env: {
        ...process.env,
        BENCH_DATABASE_URL: databaseUrl,
        BENCH_RESULT_FILE: resultFile,
        BENCH_SECONDS: String(options.seconds),
        ...(options.isSmoke ? { BENCH_SMOKE: "1" } : {}),
      },
    });
    const { code } = await child.exited;
    const output = child.log();
    if (code !== 0) {
      throw new Error(
        `bench/exchange.ts exited with ${code} (log: ${child.logFile}):\n${output.slice(-2000)}`,
      );
    }
    const reported = existsSync(resultFile)
      ? (JSON.parse(readFileSync(resultFile, "utf8")) as { rows?: Partial<ReportRow>[] })
      : {};
    const rows: ReportRow[] = (reported.rows ?? []).map((row) => ({
      id: "B3",
      figure: row.figure ?? "exchange",
      result: row.result ?? "",
      baseline: row.baseline ?? "",
      ratio: typeof row.ratio === "number" ? row.ratio : null,
      target: row.target ?? "≤ 2 ms added at p50",
      verdict: options.isSmoke ? "—" : (row.verdict ?? "—"),
    }));
    if (rows.length === 0) {
      rows.push({
        id: "B3",
        figure: "exchange: bench/exchange.ts (its own output above)",
        result: "ran; no result file",
        baseline: "",
        ratio: null,
        target: "≤ 2 ms added at p50",
        verdict: "—",
      });
      console.log(output);
    }
    return { rows, raw: { ...reported, output: output.slice(-5000) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
