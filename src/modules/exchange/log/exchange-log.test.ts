import { TEST_SECRET_KEY, testConfig } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertGrant,
  testPeople,
  unknownCitizenId,
} from "@test/support/exchange";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import type { Database, Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import { callDataService, type DataCall } from "../call-data-service";
import { appendExchangeLog, type ExchangeLogEntry } from "./append-exchange-log";
import { runExchangeCommand } from "./exchange-command";
import { sealExchangeLog } from "./seal-exchange-log";
import { verifyExchangeLog } from "./verify-exchange-log";

const config = testConfig();
const secrets = new SecretBox(TEST_SECRET_KEY);
const PURPOSE = "elderly-allowance-eligibility";

function callFor(fixture: ExchangeFixture, subjectId: string): DataCall {
  return {
    consumer: { agencyId: fixture.consumer.id, agencyCode: fixture.consumer.code, subsystem: null },
    service: {
      instance: config.exchange.instance,
      memberClass: "GOV",
      providerCode: fixture.provider.code,
      registryCode: fixture.population.code,
      serviceCode: fixture.address.code,
    },
    subjectId,
    purpose: PURPOSE,
    requestId: newId(),
    userId: "officer-1",
    requestHash: "test-request-hash",
  };
}

const sampleEntry: ExchangeLogEntry = {
  occurredAt: new Date(),
  requestId: "late-request",
  consumerAgencyId: null,
  consumer: "TH/GOV/LATE",
  consumerSubsystem: null,
  userId: null,
  providerAgencyId: null,
  dataServiceId: null,
  service: "TH/GOV/DOPA/population/person.address",
  purpose: null,
  grantId: null,
  consentId: null,
  subjectHash: null,
  outcome: "invalid",
  httpStatus: 404,
  errorCode: "Server.ServerProxy.UnknownService",
  requestHash: "late-hash",
  responseHash: null,
  content: null,
  durationMs: 1,
  applicationRef: null,
};

async function tamper(db: Queryable, sql: string, params: unknown[] = []) {
  await db.query("alter table exchange_log disable trigger exchange_log_append_only");
  try {
    await db.query(sql, params);
  } finally {
    await db.query("alter table exchange_log enable trigger exchange_log_append_only");
  }
}

describe("the exchange log", () => {
  let db: Database;
  let fixture: ExchangeFixture;

  beforeEach(async () => {
    db = await createTestDatabase();
    fixture = await createExchangeFixture(db, secrets);
    await db.query(
      "insert into agencies (id, code, kind, name_th, name_en) values ($1, 'DGA', 'central_operator', 'สพร.', 'DGA')",
      [newId()],
    );
  });
  afterEach(() => db.close());

  async function makeCalls() {
    // Denied (no grant yet), then allowed, not found and allowed again.
    const denied = await callDataService({
      db,
      secrets,
      config,
      call: callFor(fixture, testPeople[0]!.citizenId),
    });
    await insertGrant(db, {
      dataService: fixture.address,
      consumer: fixture.consumer,
      purpose: PURPOSE,
    });
    const served = await callDataService({
      db,
      secrets,
      config,
      call: callFor(fixture, testPeople[0]!.citizenId),
    });
    const missing = await callDataService({
      db,
      secrets,
      config,
      call: callFor(fixture, unknownCitizenId),
    });
    const again = await callDataService({
      db,
      secrets,
      config,
      call: callFor(fixture, testPeople[1]!.citizenId),
    });
    return { denied, served, missing, again };
  }

  it("records every call, allowed or not, and serves only what the grant allows", async () => {
    const { denied, served, missing } = await makeCalls();
    expect(denied).toMatchObject({ ok: false, error: { kind: "access_denied", httpStatus: 403 } });
    expect(served).toMatchObject({ ok: true, data: { address: testPeople[0]!.data.address } });
    expect(missing).toMatchObject({ ok: false, error: { kind: "not_found", httpStatus: 404 } });
    const { rows } = await db.query<{
      outcome: string;
      subject_hash: string;
      request_hash: string;
    }>("select outcome, subject_hash, request_hash from exchange_log order by occurred_at, id");
    expect(rows.map((row) => row.outcome)).toEqual(["denied", "ok", "not_found", "ok"]);
    expect(rows[0]!.subject_hash).toBe(secrets.hashNationalId(testPeople[0]!.citizenId));
    // The subject's ID itself is nowhere in the log.
    const { rows: text } = await db.query<{ row: string }>(
      "select l::text as row from exchange_log l",
    );
    for (const { row } of text) expect(row).not.toContain(testPeople[0]!.citizenId);
  });

  it("chains and signs what was written, and a whole log verifies", async () => {
    await makeCalls();
    const before = await verifyExchangeLog(db);
    expect(before).toMatchObject({ ok: true, links: 0, unsealed: 4, head: null });
    expect(await sealExchangeLog({ db, secrets })).toMatchObject({ sealed: 4, seq: 4 });
    expect(await sealExchangeLog({ db, secrets })).toMatchObject({ sealed: 0, seq: 4 });
    const after = await verifyExchangeLog(db, { batchSize: 3 });
    expect(after).toMatchObject({ ok: true, links: 4, unsealed: 0, head: { seq: 4, valid: true } });
  });

  it("refuses changes while the append-only trigger is in place", async () => {
    await makeCalls();
    await expect(db.query("update exchange_log set purpose = 'other'")).rejects.toThrow(
      "exchange_log is append-only",
    );
    await expect(db.query("delete from exchange_log")).rejects.toThrow("append-only");
  });

  it("breaks at the row that was altered after sealing", async () => {
    await makeCalls();
    await sealExchangeLog({ db, secrets });
    const { rows } = await db.query<{ log_id: string }>(
      "select log_id from exchange_log_chain where seq = 2",
    );
    await tamper(db, "update exchange_log set consumer_subsystem = 'someone-else' where id = $1", [
      rows[0]!.log_id,
    ]);
    const result = await verifyExchangeLog(db);
    expect(result).toMatchObject({
      ok: false,
      links: 1,
      firstBroken: {
        seq: 2,
        logId: rows[0]!.log_id,
        reason: "the row was changed after it was sealed",
      },
    });
    const lines: string[] = [];
    expect(
      await runExchangeCommand({ db, secrets, args: ["verify-log"], print: (l) => lines.push(l) }),
    ).toBe(1);
    expect(lines.join("\n")).toContain("broken at link 2");
  });

  it("notices a sealed link removed", async () => {
    await makeCalls();
    await sealExchangeLog({ db, secrets });
    await db.query("alter table exchange_log_chain disable trigger exchange_log_chain_append_only");
    await db.query("delete from exchange_log_chain where seq = 3");
    await db.query("alter table exchange_log_chain enable trigger exchange_log_chain_append_only");
    const result = await verifyExchangeLog(db);
    expect(result).toMatchObject({
      ok: false,
      firstBroken: { seq: 3, reason: "link 3 is missing" },
    });
  });

  it("notices a row the sealer skipped: older than the chain's end by more than the margin", async () => {
    await makeCalls();
    await sealExchangeLog({ db, secrets });
    const { rows } = await db.query<{ occurred_at: Date }>(
      "select max(occurred_at) as occurred_at from exchange_log",
    );
    const skipped = await db.transaction((tx) =>
      appendExchangeLog(
        tx,
        { ...sampleEntry, occurredAt: new Date(rows[0]!.occurred_at.getTime() - 10 * 60_000) },
        { sealIntervalMs: 1000 },
      ),
    );
    expect(await verifyExchangeLog(db)).toMatchObject({
      ok: false,
      firstBroken: { logId: skipped, reason: "a row older than the chain's end was never sealed" },
    });
  });

  it("notices a signed head that names another hash", async () => {
    await makeCalls();
    await sealExchangeLog({ db, secrets });
    await db.query("update exchange_log_heads set hash = $1", ["f".repeat(64)]);
    expect(await verifyExchangeLog(db)).toMatchObject({
      ok: false,
      head: { valid: false },
      firstBroken: { reason: "the signed head does not match" },
    });
  });

  it("verifies from the command line after sealing what waits", async () => {
    await makeCalls();
    const lines: string[] = [];
    const code = await runExchangeCommand({
      db,
      secrets,
      args: ["verify-log", "--seal"],
      print: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines.join("\n")).toMatch(
      /Sealed 4 row\(s\)[\s\S]*verified: 4 link\(s\), 0 row\(s\) waiting/,
    );
    expect(await runExchangeCommand({ db, secrets, args: ["nonsense"], print: () => {} })).toBe(2);
  });
});
