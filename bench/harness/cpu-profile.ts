// Reading a V8 CPU profile (node --cpu-prof): where the process spent its
// time, by package or app folder, by function, and under a few named
// functions (inclusive of what they call synchronously).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { gitShortSha } from "./machine";
import { projectRoot } from "./processes";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMilliseconds: number;
  /** Share of the samples that were idle: the event loop waiting for I/O. */
  idleShare: number;
  byArea: { area: string; milliseconds: number; share: number }[];
  byFunction: { name: string; milliseconds: number; share: number }[];
  inclusive: { name: string; milliseconds: number; share: number }[];
}

/** The package or app folder a script belongs to: `pg`, `hono`, `src/modules/applications`, `node:crypto`. */
function areaOf(frame: ProfileNode["callFrame"]): string {
  const special = /^\((idle|garbage collector|program|root)\)$/.exec(frame.functionName);
  if (special && !frame.url) return `(${special[1]})`;
  const url = frame.url;
  if (!url) return "(native)";
  if (url.startsWith("node:")) return url.split("/")[0]!;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const app = /\/(src\/(?:core|modules)\/[^/]+|src\/[^/]+|bin|bench)\b/.exec(url);
  return app ? app[1]! : url;
}

/**
 * Summarizes the samples taken between `window.from` and `window.to`
 * (microseconds of the monotonic clock, as `process.hrtime` counts them in
 * any process on the machine), or all of them without a window.
 */
export function summarizeCpuProfile(
  file: string,
  watched: readonly string[],
  window?: { from: number; to: number },
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (window && (at < window.from || at > window.to)) return;
    self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>(watched.map((name) => [name, 0]));
  for (const [id, milliseconds] of self) {
    const node = byId.get(id)!;
    const area = areaOf(node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + milliseconds);
    const name = `${node.callFrame.functionName || "(anonymous)"} ${area}:${node.callFrame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + milliseconds);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const functionName = byId.get(node)!.callFrame.functionName;
      if (inclusive.has(functionName) && !seen.has(functionName)) {
        seen.add(functionName);
        inclusive.set(functionName, inclusive.get(functionName)! + milliseconds);
      }
    }
  }
  const ranked = (entries: Map<string, number>, limit: number) =>
    [...entries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, milliseconds]) => ({
        name,
        milliseconds: Math.round(milliseconds),
        share: Math.round((milliseconds / total) * 1000) / 10,
      }));
  return {
    totalMilliseconds: Math.round(total),
    idleShare: Math.round(((areas.get("(idle)") ?? 0) / total) * 1000) / 10,
    byArea: ranked(areas, 25).map(({ name, ...rest }) => ({ area: name, ...rest })),
    byFunction: ranked(functions, 30),
    inclusive: ranked(inclusive, watched.length),
  };
}

/**
 * Prints a profile's report and keeps it as
 * `bench/results/profile-<workload>-<date>-<sha>.json`.
 */
export function writeProfileReport(
  workload: string,
  report: unknown,
  cpuProfileLocation: string,
): void {
  console.log(JSON.stringify(report, null, 2));
  const directory = join(projectRoot, "bench", "results");
  mkdirSync(directory, { recursive: true });
  const file = join(
    directory,
    `profile-${workload}-${new Date().toISOString().slice(0, 10)}-${gitShortSha()}.json`,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `written to ${file}; CPU profile in ${cpuProfileLocation} (open it in Chrome DevTools)`,
  );
}
