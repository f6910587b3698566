// How long and how hard a run is, from the environment, with `--smoke` for a
// run of a second or two per part that only proves every part works (CI).

export interface BenchOptions {
  isSmoke: boolean;
  /** Measured seconds of each closed-loop figure (B1, B1b, B2). */
  seconds: number;
  warmupSeconds: number;
  /** Closed-loop clients, and connections of the SQL baseline. */
  clients: number;
  /** DATABASE_POOL_SIZE of the server (admission limits derive from it). */
  poolSize: number;
  /** People (citizens with a token) submitting; the rush spreads over them. */
  people: number;
  pageClients: number;
  rushSeconds: number;
  rushFactor: number;
  startRounds: number;
  /** Only these parts (B1, B1b, B2, B3, B4, B5, B6); all when empty. */
  only: Set<string>;
}

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

export function readBenchOptions(argv: readonly string[]): BenchOptions {
  const isSmoke = argv.includes("--smoke");
  const clients = numberFrom("BENCH_CLIENTS", isSmoke ? 2 : 8);
  return {
    isSmoke,
    seconds: numberFrom("BENCH_SECONDS", isSmoke ? 0.6 : 20),
    warmupSeconds: numberFrom("BENCH_WARMUP_SECONDS", isSmoke ? 0.2 : 3),
    clients,
    poolSize: numberFrom("BENCH_POOL_SIZE", Math.max(10, clients + 2)),
    people: numberFrom("BENCH_PEOPLE", isSmoke ? 20 : 200),
    pageClients: numberFrom("BENCH_PAGE_CLIENTS", isSmoke ? 5 : 50),
    rushSeconds: numberFrom("BENCH_RUSH_SECONDS", isSmoke ? 1.5 : 30),
    rushFactor: numberFrom("BENCH_RUSH_FACTOR", 5),
    startRounds: numberFrom("BENCH_START_ROUNDS", isSmoke ? 1 : 3),
    only: new Set(
      (process.env.BENCH_ONLY ?? "")
        .split(",")
        .map((part) => part.trim().toUpperCase())
        .filter(Boolean),
    ),
  };
}

export function includes(options: BenchOptions, part: string): boolean {
  return options.only.size === 0 || options.only.has(part.toUpperCase());
}
