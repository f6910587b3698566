import { randomBytes } from "node:crypto";

import { testDatabaseKind } from "@test/support/database";
import { afterEach, describe, expect, it } from "vitest";

import { AppError } from "@/core/errors";

import type { Database } from "./database";
import { newId } from "./ids";
import { connectPostgres, isConnectionLoss } from "./postgres";
import { withinAgency } from "./tenant";

describe("isConnectionLoss", () => {
  it("names lost or refused connections and a server shutting down or starting up", () => {
    for (const code of [
      "57P01",
      "57P03",
      "08006",
      "08001",
      "53300",
      "ECONNREFUSED",
      "ECONNRESET",
    ]) {
      expect(isConnectionLoss(Object.assign(new Error("x"), { code }))).toBe(true);
    }
    expect(isConnectionLoss(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(
      isConnectionLoss(new Error("Client has encountered a connection error and is not queryable")),
    ).toBe(true);
  });

  it("leaves statement errors alone: they are not fixed by trying again later", () => {
    for (const code of ["23505", "40001", "40P01", "42601", "22P02"]) {
      expect(isConnectionLoss(Object.assign(new Error("x"), { code }))).toBe(false);
    }
    expect(isConnectionLoss(new Error("syntax error at or near"))).toBe(false);
    expect(isConnectionLoss(undefined)).toBe(false);
  });
});

describe.skipIf(testDatabaseKind !== "postgres")("PostgreSQL connections cut by the server", () => {
  const opened: Database[] = [];
  const applicationName = `pratu-test-${randomBytes(4).toString("hex")}`;

  async function open(poolSize: number) {
    const db = await connectPostgres({
      url: process.env.TEST_DATABASE_URL!,
      poolSize,
      applicationName,
    });
    opened.push(db);
    return db;
  }

  /** Ends the given sessions from another connection and waits until they are gone. */
  async function terminate(pids: number[]) {
    const killer = await connectPostgres({ url: process.env.TEST_DATABASE_URL!, poolSize: 1 });
    await killer.query("select pg_terminate_backend(pid) from unnest($1::int[]) as pid", [pids]);
    for (;;) {
      const { rows } = await killer.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where pid = any($1::int[])",
        [pids],
      );
      if (rows[0]!.n === 0) break;
    }
    await killer.close();
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close().catch(() => undefined)));
  });

  it("fails a transaction whose connection is cut between statements with 'unavailable', without an unhandled error", async () => {
    const db = await open(2);
    const attempt = db.transaction(async (tx) => {
      const { rows } = await tx.query<{ pid: number }>("select pg_backend_pid() as pid");
      await terminate([rows[0]!.pid]);
      await tx.query("select 1");
    });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unavailable", status: 503, retryAfterSeconds: 2 });
  });

  it("starts the next transaction on a fresh connection when the pooled ones were cut", async () => {
    const db = await open(2);
    // Two connections in the pool, both idle.
    await Promise.all([
      db.transaction((tx) => tx.query("select pg_sleep(0.05)")),
      db.transaction((tx) => tx.query("select pg_sleep(0.05)")),
    ]);
    const { rows } = await db.query<{ pid: number }>(
      "select pid from pg_stat_activity where application_name = $1",
      [applicationName],
    );
    expect(rows.length).toBeGreaterThan(0);
    await terminate(rows.map((row) => row.pid));

    const answer = await db.transaction(async (tx) => {
      const { rows: result } = await tx.query<{ ok: number }>("select 1 as ok");
      return result[0]!.ok;
    });
    expect(answer).toBe(1);
  });
});

describe.skipIf(testDatabaseKind !== "postgres")("PostgreSQL transactions", () => {
  let db: (Database & { pool: import("pg").Pool }) | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  /** One connection whose statements, as sent, are written down. */
  async function recorded() {
    db = await connectPostgres({ url: process.env.TEST_DATABASE_URL!, poolSize: 1 });
    const sent: string[] = [];
    const patched = new WeakSet<object>();
    db.pool.on("acquire", (client) => {
      if (patched.has(client)) return;
      patched.add(client);
      const original = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
        ...args: unknown[]
      ) => {
        const first = args[0];
        sent.push(typeof first === "string" ? first : (first as { text: string }).text);
        return original(...args);
      };
    });
    await db.query("create temporary table counted (n int)");
    return { db, sent };
  }

  it("sends BEGIN with the agency setting in one round trip, and the setting holds", async () => {
    const { db, sent } = await recorded();
    const agencyId = newId();
    sent.length = 0;
    const seen = await withinAgency(db, agencyId, async (scope) => {
      const { rows } = await scope.tx.query<{ agency: string }>(
        "select current_setting('pratu.agency_id') as agency",
      );
      return rows[0]!.agency;
    });
    expect(seen).toBe(agencyId);
    expect(sent).toEqual([
      `begin; select set_config('pratu.agency_id', '${agencyId}', true)`,
      "select current_setting('pratu.agency_id') as agency",
      "commit",
    ]);
    const { rows } = await db.query<{ agency: string }>(
      "select current_setting('pratu.agency_id', true) as agency",
    );
    expect(rows[0]!.agency ?? "").toBe("");
  });

  it("keeps a transaction whole whichever way it begins, and sends nothing for an empty one", async () => {
    const { db, sent } = await recorded();
    const failing = (first: (tx: import("./database").Transaction) => Promise<unknown>) =>
      db
        .transaction(async (tx) => {
          await first(tx);
          await tx.query("select 1 / 0");
        })
        .catch((error: unknown) => error);
    expect(await failing((tx) => tx.query("insert into counted values (1)"))).toMatchObject({
      code: "22012",
    });
    expect(await failing((tx) => tx.query("insert into counted values ($1)", [2]))).toMatchObject({
      code: "22012",
    });
    const { rows } = await db.query<{ n: number }>("select count(*)::int as n from counted");
    expect(rows[0]!.n).toBe(0);

    sent.length = 0;
    expect(await db.transaction(() => Promise.resolve("nothing asked"))).toBe("nothing asked");
    expect(sent).toEqual([]);
  });
});
