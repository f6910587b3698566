import { createTestDatabase } from "@test/support/database";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import { appendAuditRecords, tamperWithAuditLog } from "./audit-test-records";
import { type AuditRecord, hashAuditRecord } from "./record-audit";
import { type AuditRow, toAuditRecord, verifyAuditLog } from "./verify-audit-log";

describe("audit log verification", () => {
  let db: Database;
  const agencyA = newId();
  const agencyB = newId();
  let idsA: Map<number, string>;
  let idsB: Map<number, string>;

  beforeEach(async () => {
    db = await createTestDatabase();
    idsA = await appendAuditRecords(db, agencyA, 4);
    idsB = await appendAuditRecords(db, agencyB, 3);
    await appendAuditRecords(db, null, 2);
  });
  afterEach(() => db.close());

  it("verifies every chain of an untouched log, whatever the batch size", async () => {
    const whole = { ok: true, chains: 3, records: 9 };
    expect(await verifyAuditLog(db)).toEqual(whole);
    expect(await verifyAuditLog(db, { batchSize: 2 })).toEqual(whole);
    expect(await verifyAuditLog(db, { batchSize: 1 })).toEqual(whole);
  });

  it("refuses changes to the log while the append-only trigger is in place", async () => {
    await expect(db.query("update audit_log set details = '{}'")).rejects.toThrow(
      "audit_log is append-only",
    );
    await expect(db.query("delete from audit_log")).rejects.toThrow("audit_log is append-only");
  });

  it("names the chain and record whose details were altered", async () => {
    await tamperWithAuditLog(
      db,
      `update audit_log set details = jsonb_set(details, '{decision}', '"approved"')
        where chain = $1 and seq = 2`,
      [agencyA],
    );
    const result = await verifyAuditLog(db, { batchSize: 2 });
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      chain: agencyA,
      seq: 2,
      id: idsA.get(2),
      reason: "Altered content: what record 2 says no longer matches its hash.",
    });
  });

  it("names the broken link after a record altered and given a fresh hash", async () => {
    const forged = await readRecord(db, agencyA, 2, { action: "application.withdrawn" });
    await tamperWithAuditLog(
      db,
      "update audit_log set action = $3, hash = $4 where chain = $1 and seq = $2",
      [agencyA, 2, forged.action, hashAuditRecord(forged)],
    );
    expect((await verifyAuditLog(db)).firstBroken).toEqual({
      chain: agencyA,
      seq: 3,
      id: idsA.get(3),
      reason: "Broken link: record 3 does not point to the hash of record 2.",
    });
  });

  it("names a head mismatch when the newest record was altered and given a fresh hash", async () => {
    const forged = await readRecord(db, agencyB, 3, { action: "application.withdrawn" });
    await tamperWithAuditLog(
      db,
      "update audit_log set action = $3, hash = $4 where chain = $1 and seq = $2",
      [agencyB, 3, forged.action, hashAuditRecord(forged)],
    );
    expect((await verifyAuditLog(db)).firstBroken).toEqual({
      chain: agencyB,
      seq: 3,
      id: idsB.get(3),
      reason: "Head mismatch: the chain's head does not hold the hash of its last record, 3.",
    });
  });

  it("names a record deleted from the middle of a chain as missing", async () => {
    await tamperWithAuditLog(db, "delete from audit_log where chain = $1 and seq = 2", [agencyA]);
    const result = await verifyAuditLog(db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      chain: agencyA,
      seq: 2,
      id: null,
      reason: "Missing record: record 2 is gone; the chain goes from record 1 to record 3.",
    });
  });

  it("names a head mismatch when the newest record of a chain is deleted", async () => {
    await tamperWithAuditLog(db, "delete from audit_log where chain = $1 and seq = 3", [agencyB]);
    const result = await verifyAuditLog(db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      chain: agencyB,
      seq: 3,
      id: null,
      reason:
        "Head mismatch: the chain's head names record 3 as its last, but the log ends at record 2; the newest record(s) are missing.",
    });
  });
});

async function readRecord(
  db: Database,
  chain: string,
  seq: number,
  changes: Partial<AuditRecord>,
): Promise<AuditRecord> {
  const { rows } = await db.query<AuditRow>(
    "select * from audit_log where chain = $1 and seq = $2",
    [chain, seq],
  );
  return { ...toAuditRecord(chain, rows[0]!), ...changes };
}
