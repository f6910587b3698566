import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";

import type { Queryable } from "@/core/db/database";
import { AppError } from "@/core/errors";

import type { AppEnv } from "./context";

export interface RateLimitOptions {
  /** Names the bucket family, e.g. `sign-in`. */
  name: string;
  limit: (c: Context<AppEnv>) => number;
  windowSeconds?: number;
  /** Who is counted; by default the client's address. */
  key?: (c: Context<AppEnv>) => string;
}

/**
 * Counts requests per client in fixed windows kept in the database, so every
 * process shares the same count. Past the limit: 429 with Retry-After.
 */
export function rateLimit({
  name,
  limit,
  windowSeconds = 60,
  key = clientAddress,
}: RateLimitOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { hits, retryAfterSeconds } = await countRateLimitHit(
      c.get("db"),
      `${name}:${key(c)}`,
      windowSeconds,
    );
    const allowed = limit(c);
    c.header("RateLimit-Limit", String(allowed));
    c.header("RateLimit-Remaining", String(Math.max(0, allowed - hits)));
    if (hits > allowed) {
      throw new AppError(
        "rate_limited",
        `At most ${allowed} requests per ${windowSeconds} seconds.`,
        { retryAfterSeconds },
      );
    }
    await next();
  });
}

/**
 * Counts one hit against a named bucket in the current fixed window, shared
 * by every process; for limits that are not per route (an exchange grant's).
 */
export async function countRateLimitHit(
  db: Queryable,
  key: string,
  windowSeconds: number,
): Promise<{ hits: number; retryAfterSeconds: number }> {
  const now = Date.now();
  const windowStart = new Date(now - (now % (windowSeconds * 1000)));
  const hits = await countHit(db, key, windowStart);
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000),
  );
  return { hits, retryAfterSeconds };
}

async function countHit(db: Queryable, key: string, windowStart: Date): Promise<number> {
  const { rows } = await db.query<{ hits: number }>(
    `insert into rate_limit_buckets (key, window_start, hits) values ($1, $2, 1)
     on conflict (key, window_start) do update set hits = rate_limit_buckets.hits + 1
     returning hits`,
    [key, windowStart],
  );
  return rows[0]?.hits ?? 1;
}

/** Removes windows that have closed; run by the worker now and then. */
export async function pruneRateLimitBuckets(db: Queryable): Promise<number> {
  const result = await db.query(
    "delete from rate_limit_buckets where window_start < now() - interval '1 hour'",
  );
  return result.rowCount;
}

/** Signed-in API clients are counted by who they are, everyone else by address. */
export function rateLimitKey(c: Context<AppEnv>): string {
  const actor = c.get("actor");
  switch (actor.type) {
    case "api_key":
      return `key:${actor.keyId}`;
    case "citizen":
      return `citizen:${actor.citizenId}`;
    case "officer":
      return `officer:${actor.officerId}`;
    case "anonymous":
      return `address:${clientAddress(c)}`;
  }
}

export function clientAddress(c: Context<AppEnv>): string {
  if (c.get("config").server.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (tests) have no socket.
    return "local";
  }
}
