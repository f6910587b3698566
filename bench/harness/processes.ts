// Pratu and the load generator as child processes: each its own Node.js,
// its output kept in a log file (shown when something fails), stopped by its
// own process id.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const pratuBin = join(projectRoot, "bin", "pratu.mjs");

/** The key every bench and drill server shares, so fixtures made beforehand open on it. */
export const BENCH_SECRET_KEY = "bench-secret-key-0123456789abcdef0123456789abcdef";

/**
 * A Node.js of at least 22 to run children with. `pratu.mjs` would re-launch
 * itself under the project's Node from an older one, and a kill would then
 * reach only the wrapper: children are started with the right Node directly.
 */
export function nodeBinary(): string {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= 22) return process.execPath;
  const projectNode = join(projectRoot, "node_modules", "node", "bin", "node");
  if (!existsSync(projectNode)) throw new Error("Node.js 22 or newer is needed: run npm install.");
  return projectNode;
}

let logDirectory: string | undefined;
/** One directory of logs per run, kept so a failure can be read afterwards. */
export function logDir(): string {
  logDirectory ??= mkdtempSync(join(tmpdir(), "pratu-bench-logs-"));
  return logDirectory;
}

export interface ServerEnvironment {
  databaseUrl?: string | undefined;
  port: number;
  poolSize?: number | undefined;
  extra?: Record<string, string> | undefined;
}

/**
 * The environment of a server-mode process: the bench's PostgreSQL and key,
 * errors only in the log, and a rate limit that a load test cannot reach
 * (it would measure the limit, not the server).
 */
export function serverEnvironment(options: ServerEnvironment): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? "C.UTF-8",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    PRATU_SECRET_KEY: BENCH_SECRET_KEY,
    LOG_LEVEL: "error",
    RATE_LIMIT_PER_MINUTE: "1000000000",
    SIGN_IN_RATE_LIMIT_PER_MINUTE: "1000000",
    // Admission settings given to the bench go to the server, to measure their effect.
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name.startsWith("ADMISSION_")),
    ),
    ...options.extra,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.poolSize) env.DATABASE_POOL_SIZE = String(options.poolSize);
  return env;
}

export interface ChildHandle {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves when the process has exited, with how. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once: a crash, as far as the process can tell. */
  kill(): Promise<void>;
  log(): string;
}

export function startChild(
  name: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): ChildHandle {
  const logFile = join(logDir(), `${name}.log`);
  const output = openSync(logFile, "a");
  const child = spawn(nodeBinary(), args, {
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? process.env,
    stdio: ["ignore", output, output],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    child,
    logFile,
    exited,
    isRunning,
    async stop(graceMs = 10_000) {
      if (!isRunning()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      if (!isRunning()) return;
      child.kill("SIGKILL");
      await exited;
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
  };
}

export interface PratuServer extends ChildHandle {
  url: string;
  port: number;
}

/** `pratu <command>` as a child; for `serve` and `start`, resolves once GET /healthz answers 200. */
export async function startPratu(options: {
  name: string;
  command: "serve" | "start" | "worker";
  env: NodeJS.ProcessEnv;
  port: number;
  args?: string[];
  nodeOptions?: string[];
  timeoutMs?: number;
}): Promise<PratuServer> {
  const handle = startChild(
    options.name,
    [...(options.nodeOptions ?? []), pratuBin, options.command, ...(options.args ?? [])],
    { env: options.env },
  );
  const url = `http://127.0.0.1:${options.port}`;
  if (options.command !== "worker") {
    try {
      await waitForHealthy(url, handle, options.timeoutMs ?? 60_000);
    } catch (error) {
      await handle.kill();
      throw new Error(`${options.name}: ${(error as Error).message}\n${handle.log().slice(-3000)}`);
    }
  }
  return { ...handle, url, port: options.port };
}

/** Polls GET /healthz until it answers 200, the process dies, or time runs out. */
export async function waitForHealthy(
  url: string,
  handle: Pick<ChildHandle, "isRunning">,
  timeoutMs: number,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (!handle.isRunning()) throw new Error("exited before answering");
    if ((await probe(`${url}/healthz`)) === 200) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`no 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One GET without keep-alive; the status, or 0 when nothing answered. */
export function probe(url: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
    req.end();
  });
}

/** The cluster's superuser on the application's database: reads past row security, restarts. */
export function superuserUrl(cluster: { url: string; adminUrl: string }): string {
  const url = new URL(cluster.adminUrl);
  url.pathname = new URL(cluster.url).pathname;
  return url.toString();
}

/** Removes this run's logs: called when everything went well (a failure keeps them to be read). */
export function removeLogDir(): void {
  if (logDirectory) rmSync(logDirectory, { recursive: true, force: true });
  logDirectory = undefined;
}
