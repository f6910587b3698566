import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";

import { runHousekeeping } from "./housekeeping";

async function count(db: Database, table: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]!.n;
}

describe("housekeeping", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it("removes only state that can no longer be used", async () => {
    await db.query(
      `insert into sessions (token_hash, csrf_token, expires_at) values
         ('expired-long-ago', 'c', now() - interval '2 days'),
         ('expired-just-now', 'c', now() - interval '1 hour'),
         ('live', 'c', now() + interval '1 hour')`,
    );
    await db.query(
      `insert into rate_limit_buckets (key, window_start, hits) values
         ('api:old', now() - interval '2 hours', 5), ('api:current', now(), 1)`,
    );
    await db.query(
      `insert into citizen_sign_in_requests (state, session_token_hash, provider, code_verifier, nonce, next_path, expires_at)
       values ('stale', 'h', 'dev', 'v', 'n', '/me', now() - interval '1 minute'),
              ('pending', 'h', 'dev', 'v', 'n', '/me', now() + interval '5 minutes')`,
    );
    await db.query(
      `insert into officer_sign_in_throttle (email_hash, failed_sign_ins, locked_until, updated_at) values
         ('spent', 3, null, now() - interval '2 days'),
         ('still-locked', 5, now() + interval '10 minutes', now() - interval '2 days'),
         ('recent', 1, null, now())`,
    );

    const summary = await runHousekeeping({ db });

    expect(summary).toEqual({
      rateLimitBuckets: 1,
      sessions: 1,
      signInRequests: 1,
      signInThrottles: 1,
    });
    const sessions = await db.query<{ token_hash: string }>(
      "select token_hash from sessions order by token_hash",
    );
    expect(sessions.rows.map((row) => row.token_hash)).toEqual(["expired-just-now", "live"]);
    expect(await count(db, "rate_limit_buckets")).toBe(1);
    expect(await count(db, "citizen_sign_in_requests")).toBe(1);
    expect(await count(db, "officer_sign_in_throttle")).toBe(2);
  });
});
