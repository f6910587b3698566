import { pruneSignInThrottle } from "@/core/auth/officer-sign-in";
import { pruneSignInRequests } from "@/core/auth/sign-in-requests";
import type { Queryable } from "@/core/db/database";
import { pruneRateLimitBuckets } from "@/core/http/rate-limit";

/** How often a worker tidies the kernel's tables. */
export const HOUSEKEEPING_INTERVAL_MILLISECONDS = 10 * 60 * 1000;

export interface HousekeepingSummary {
  rateLimitBuckets: number;
  sessions: number;
  signInRequests: number;
  signInThrottles: number;
}

/**
 * Removes state nobody can use any more: closed rate-limit windows, sign-ins
 * left half done, spent sign-in throttles, and sessions that expired more than a day ago (a day's grace keeps recent ones
 * at hand when someone looks into a sign-in problem). Safe for several
 * workers to run at once.
 */
export async function runHousekeeping({ db }: { db: Queryable }): Promise<HousekeepingSummary> {
  const rateLimitBuckets = await pruneRateLimitBuckets(db);
  const sessions = await db.query(
    "delete from sessions where expires_at < now() - interval '1 day'",
  );
  const signInRequests = await pruneSignInRequests(db);
  const signInThrottles = await pruneSignInThrottle(db);
  return { rateLimitBuckets, sessions: sessions.rowCount, signInRequests, signInThrottles };
}
