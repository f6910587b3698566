import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import { GENESIS_HASH, recordAudit } from "./record-audit";
import { verifyAuditLog } from "./verify-audit-log";

describe("recording audit events", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it(`appends from 50 concurrent transactions on one agency as one unbroken chain (${testDatabaseKind})`, async () => {
    const agencyId = newId();
    const records = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        db.transaction((tx) =>
          recordAudit(tx, {
            action: "application.submitted",
            actor: { type: "system", id: "test" },
            agencyId,
            target: { type: "application", id: `app-${index}` },
          }),
        ),
      ),
    );
    expect(records.map((record) => record.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    );

    const { rows } = await db.query<{ seq: number; prev_hash: string; hash: string }>(
      "select seq, prev_hash, hash from audit_log where chain = $1 order by seq",
      [agencyId],
    );
    expect(rows).toHaveLength(50);
    rows.forEach((row, index) =>
      expect(row.prev_hash).toBe(index === 0 ? GENESIS_HASH : rows[index - 1]!.hash),
    );
    expect(await verifyAuditLog(db)).toEqual({ ok: true, chains: 1, records: 50 });
  });

  it("leaves no record and no gap when the transaction that wrote it rolls back", async () => {
    const agencyId = newId();
    const append = (tx: Parameters<typeof recordAudit>[0]) =>
      recordAudit(tx, { action: "officer.signed_in", actor: { type: "anonymous" }, agencyId });
    await db.transaction(append);
    await expect(
      db.transaction(async (tx) => {
        await append(tx);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const third = await db.transaction(append);
    expect(third.seq).toBe(2);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, chains: 2, records: 52 });
  });

  it("keeps a chain verifiable when an agency id is given in capitals", async () => {
    const agencyId = newId();
    const record = await db.transaction((tx) =>
      recordAudit(tx, {
        action: "agency.updated",
        actor: { type: "system", id: "test" },
        agencyId: agencyId.toUpperCase(),
      }),
    );
    expect(record.chain).toBe(agencyId);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, chains: 3, records: 53 });
  });
});
