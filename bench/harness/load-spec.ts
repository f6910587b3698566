// What the orchestrator asks of the load generator, and what it answers.
// The generator is a process of its own (bench/load-generator.ts), so its
// work never competes with the server's event loop.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { startChild } from "./processes";
import type { LatencySummary } from "./stats";

export type Workload =
  | {
      type: "submit";
      serviceId: string;
      tokens: string[];
      /** Idempotency keys are `<keyPrefix>-<n>`; `n` also varies the answers. */
      keyPrefix: string;
      /** Upload one PDF of this many bytes to a draft first, and submit the draft. */
      attachmentBytes?: number;
    }
  | {
      type: "request";
      method: "GET" | "POST";
      path: string;
      headers?: Record<string, string>;
      body?: string;
      /** Statuses that count as served; default any 2xx. */
      expect?: number[];
    };

interface Common {
  baseUrl: string;
  timeoutMs: number;
  workload: Workload;
}

export type LoadSpec =
  | (Common & {
      kind: "closed";
      clients: number;
      seconds: number;
      warmupSeconds: number;
      /** The run ends early once this file exists (drills end load when their faults are done). */
      stopFile?: string;
      /** After a failure a client waits this long before its next request. */
      pauseAfterFailureMs?: number;
    })
  | (Common & {
      kind: "open";
      ratePerSecond: number;
      seconds: number;
      /** Arrivals beyond this many requests in flight are dropped by the generator and counted. */
      maxInFlight: number;
    })
  | {
      kind: "sql-baseline";
      databaseUrl: string;
      clients: number;
      seconds: number;
      warmupSeconds: number;
    };

/** A submission the server acknowledged: 201 with a reference and a signed receipt. */
export interface Acknowledgement {
  token: number;
  key: string;
  n: number;
  requestHash: string;
  reference: string;
  applicationId: string;
  jws: string;
}

/** Every submission sent, answered or not, so a drill can send it again with the same key. */
export interface Attempt {
  token: number;
  key: string;
  n: number;
}

export interface LoadResult {
  kind: LoadSpec["kind"];
  /** Length of the measured window. */
  seconds: number;
  /** Served requests (or baseline transactions) finished in the window. */
  completed: number;
  perSecond: number;
  latency: LatencySummary;
  /** Latency by answer status, in the window: `201`, `503`, … */
  latencyByStatus: Record<string, LatencySummary>;
  /** Answers by status over the whole run, and failures by kind (`timeout`, `ECONNREFUSED`, …). */
  statuses: Record<string, number>;
  failures: Record<string, number>;
  unavailableWithRetryAfter: number;
  unavailableWithoutRetryAfter: number;
  /** Open loop: arrivals offered, and those the generator itself had to drop. */
  offered?: number;
  dropped?: number;
  acknowledgements: Acknowledgement[];
  attempts: Attempt[];
  /** The longest any request took, failures included. */
  longestMilliseconds: number;
}

/** Runs the load generator as a child with this spec and resolves to its result. */
export async function runLoad(spec: LoadSpec, name = "load"): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "pratu-load-"));
  try {
    const specFile = join(dir, "spec.json");
    const resultFile = join(dir, "result.json");
    writeFileSync(specFile, JSON.stringify(spec));
    const generator = startChild(name, [
      "--import",
      "tsx",
      join("bench", "load-generator.ts"),
      specFile,
      resultFile,
    ]);
    const { code, signal } = await generator.exited;
    if (code !== 0) {
      throw new Error(
        `load generator exited with ${code ?? signal}:\n${generator.log().slice(-3000)}`,
      );
    }
    return JSON.parse(readFileSync(resultFile, "utf8")) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
