// The machine a run was made on, written beside its figures: a ratio means
// little without knowing what was shared and how big it was.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";

import pg from "pg";

export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string | null;
  loadAverageAtStart: number[];
}

function operatingSystem(): string {
  const osRelease = "/etc/os-release";
  const pretty = existsSync(osRelease)
    ? /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync(osRelease, "utf8"))?.[1]
    : undefined;
  return `${pretty ?? process.platform} (kernel ${release()})`;
}

export async function describeMachine(databaseUrl?: string): Promise<MachineDescription> {
  let postgres: string | null = null;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    postgres = rows[0]?.server_version ?? null;
    await client.end();
  }
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: operatingSystem(),
    node: process.version,
    postgres,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** The commit measured, for the results file's name: short SHA, or `nogit`. */
export function gitShortSha(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "nogit";
  }
}

/** Whether the working tree differs from the commit (figures then describe uncommitted code). */
export function gitIsDirty(): boolean {
  try {
    return (
      execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim() !== ""
    );
  } catch {
    return false;
  }
}
