/** What every benchmark needs: a database, the configured app, percentiles. */
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";

import { createApp } from "@/app";
import { loadConfig } from "@/config/load";
import type { Config } from "@/config/schema";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { connectPglite } from "@/core/db/pglite";
import { connectPostgres } from "@/core/db/postgres";
import { createLogger } from "@/core/log/logger";

export const BENCH_SECRET = "bench-secret-key-0123456789abcdef0123456789abcdef";
export const benchSecrets = new SecretBox(BENCH_SECRET);

/** Settings for a benchmark: no rate limit in the way, errors only. */
export const benchConfig: Config = loadConfig({
  env: {},
  overrides: {
    server: { publicUrl: "http://localhost" },
    security: { secretKey: BENCH_SECRET, rateLimitPerMinute: 10_000_000 },
    logging: { level: "error" },
  },
});

/** The whole app on the database, logging nowhere. */
export function benchApp(db: Database, config: Config = benchConfig) {
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  return createApp({ config, db, logger: createLogger("error", sink), secrets: benchSecrets });
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * An empty database to measure on: PGlite in memory, or with
 * BENCH_DATABASE_URL a new PostgreSQL database dropped afterwards.
 */
export async function openBenchDatabase(): Promise<{
  db: Database;
  label: string;
  drop: () => Promise<void>;
}> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const db = await connectPglite({});
    return { db, label: "PGlite (in memory)", drop: () => db.close() };
  }
  const name = `pratu_bench_${randomBytes(4).toString("hex")}`;
  const admin = await connectPostgres({ url, poolSize: 1 });
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await connectPostgres({ url: target.toString(), poolSize: 5 });
  return {
    db,
    label: "PostgreSQL",
    drop: async () => {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}
