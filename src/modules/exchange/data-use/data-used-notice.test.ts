import { TEST_SECRET_KEY } from "@test/support/app";
import { createTestCitizen } from "@test/support/citizens";
import { createTestDatabase } from "@test/support/database";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertGrant,
  testCitizenId,
  testPeople,
} from "@test/support/exchange";
import { startMailServer } from "@test/support/mail-server";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { loadConfig } from "@/config/load";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { enqueueJob, startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";
import { deliverNotificationHandler } from "@/core/notify";

import { DATA_USED_EVENT } from "../call-data-service";
import { dataUsedNoticeJob, setDataUseNoticeSetting } from "./index";

const secrets = new SecretBox(TEST_SECRET_KEY);
const logger = createLogger("silent");
const [somchaiPerson, somsriPerson] = testPeople as [
  (typeof testPeople)[0],
  (typeof testPeople)[0],
];

let db: Database;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let fixture: ExchangeFixture;
let grantId: string;

async function insertLogRow(options: {
  nationalId: string;
  outcome?: "ok" | "denied";
  occurredAt?: Date;
}): Promise<string> {
  const id = newId();
  await db.query(
    `insert into exchange_log (id, occurred_at, request_id, consumer_agency_id, consumer,
       consumer_subsystem, provider_agency_id, data_service_id, service, purpose, grant_id,
       subject_hash, outcome, http_status, request_hash, duration_ms)
     values ($1, $2, $3, $4, 'TH/GOV/CHIANGMAI-CITY/elderly-allowance', 'elderly-allowance', $5, $6,
       'TH/GOV/DOPA/population/person.address', 'elderly-allowance', $7, $8, $9, $10, 'hash', 9)`,
    [
      id,
      options.occurredAt ?? new Date("2026-11-25T03:42:00Z"),
      newId(),
      fixture.consumer.id,
      fixture.provider.id,
      fixture.address.id,
      grantId,
      secrets.hashNationalId(options.nationalId),
      options.outcome ?? "ok",
      options.outcome === "denied" ? 403 : 200,
    ],
  );
  return id;
}

/** Writes the event as the call path does, then runs the worker until nothing is left to do. */
async function announceAndRun(logId: string): Promise<void> {
  await db.transaction((tx) => enqueueJob(tx, { kind: DATA_USED_EVENT, payload: { logId } }));
  const config = loadConfig({
    env: {},
    overrides: { server: { publicUrl: "http://localhost" }, notify: { smtpUrl: mail.url } },
  });
  const worker = startWorker({
    db,
    logger,
    config,
    handlers: [dataUsedNoticeJob, deliverNotificationHandler],
    workerId: "data-use-notices",
    poll: false,
  });
  for (let round = 0; round < 3; round++) await worker.runOnce();
  await worker.stop();
}

async function jobStatus(logId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ status: string }>(
    "select status from jobs where kind = $1 and payload->>'logId' = $2",
    [DATA_USED_EVENT, logId],
  );
  return rows[0]?.status;
}

beforeAll(async () => {
  db = await createTestDatabase();
  mail = await startMailServer();
  fixture = await createExchangeFixture(db, secrets);
  grantId = await insertGrant(db, {
    dataService: fixture.address,
    consumer: fixture.consumer,
    purpose: "elderly-allowance",
  });
});

afterAll(async () => {
  await mail?.close();
  await db?.close();
});

beforeEach(() => {
  mail.received.length = 0;
});

describe("the e-mail when an agency uses a person's data", () => {
  it("tells a person who asked for it, in Thai, who used which data from whom, why and when", async () => {
    const somchai = await createTestCitizen({
      db,
      secrets,
      nationalId: somchaiPerson.citizenId,
      email: "somchai@example.com",
    });
    await setDataUseNoticeSetting({ db, citizenId: somchai.citizenId, notifyByEmail: true });
    const logId = await insertLogRow({ nationalId: somchaiPerson.citizenId });

    await announceAndRun(logId);

    expect(mail.received).toHaveLength(1);
    const [message] = mail.received;
    expect(message!.to).toEqual(["somchai@example.com"]);
    const parsed = await PostalMime.parse(message!.raw);
    expect(parsed.subject).toBe("เทศบาลนครเชียงใหม่ใช้ข้อมูลของคุณจากกรมการปกครอง");
    expect(parsed.text).toContain(
      "เทศบาลนครเชียงใหม่ใช้ข้อมูล “บริการ person.address” ของคุณจากกรมการปกครอง เพื่อตรวจสอบสิทธิ์เบี้ยยังชีพผู้สูงอายุ เมื่อ 25 พฤศจิกายน 2569 เวลา 10:42 น.",
    );
    expect(parsed.text).toContain("http://localhost/me/data-use");
    expect(parsed.text).not.toContain(somchaiPerson.citizenId);
    expect(await jobStatus(logId)).toBe("done");

    // The same event handled again (a worker that lost its lease): nothing is sent twice.
    mail.received.length = 0;
    await announceAndRun(logId);
    expect(mail.received).toHaveLength(0);
  });

  it("writes in English for a person who reads English", async () => {
    const nationalId = testCitizenId(30_001);
    const reader = await createTestCitizen({ db, secrets, nationalId, email: "jane@example.com" });
    await db.query("update citizens set preferred_locale = 'en' where id = $1", [reader.citizenId]);
    await setDataUseNoticeSetting({ db, citizenId: reader.citizenId, notifyByEmail: true });
    await announceAndRun(await insertLogRow({ nationalId }));
    const parsed = await PostalMime.parse(mail.received[0]!.raw);
    expect(parsed.subject).toBe(
      "Chiang Mai City Municipality used your data from Department of Provincial Administration",
    );
    expect(parsed.text).toContain(
      "Chiang Mai City Municipality used your “Service person.address” from Department of Provincial Administration for Check elderly allowance eligibility at 25 November 2026",
    );
  });

  it("sends nothing to a person who did not ask, or asked and then stopped", async () => {
    const somsri = await createTestCitizen({
      db,
      secrets,
      nationalId: somsriPerson.citizenId,
      email: "somsri@example.com",
    });
    const first = await insertLogRow({ nationalId: somsriPerson.citizenId });
    await announceAndRun(first);
    expect(mail.received).toHaveLength(0);
    expect(await jobStatus(first)).toBe("done");

    await setDataUseNoticeSetting({ db, citizenId: somsri.citizenId, notifyByEmail: true });
    await setDataUseNoticeSetting({ db, citizenId: somsri.citizenId, notifyByEmail: false });
    await announceAndRun(await insertLogRow({ nationalId: somsriPerson.citizenId }));
    expect(mail.received).toHaveLength(0);
  });

  it("passes over quietly a person with no account here, and a refused call", async () => {
    const nobody = await insertLogRow({ nationalId: testCitizenId(40_001) });
    await announceAndRun(nobody);
    expect(await jobStatus(nobody)).toBe("done");

    const denied = await insertLogRow({ nationalId: somchaiPerson.citizenId, outcome: "denied" });
    await announceAndRun(denied);
    expect(await jobStatus(denied)).toBe("done");
    expect(mail.received).toHaveLength(0);
  });
});
