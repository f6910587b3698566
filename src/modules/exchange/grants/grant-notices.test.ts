import { TEST_SECRET_KEY } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { createExchangeFixture, type ExchangeFixture } from "@test/support/exchange";
import { startMailServer } from "@test/support/mail-server";
import { createTestOfficer, type TestOfficer } from "@test/support/officers";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadConfig } from "@/config/load";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Actor } from "@/core/http/context";
import { startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";

import { decideGrant } from "./decide-grant";
import { grantNoticeJob } from "./grant-notices";
import { requestGrant } from "./request-grant";

const secrets = new SecretBox(TEST_SECRET_KEY);

describe("notices of access rights to the other agency", () => {
  let db: Database;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let fixture: ExchangeFixture;
  let officers: Record<"providerAdmin" | "providerViewer" | "consumerAdmin", TestOfficer>;

  beforeAll(async () => {
    db = await createTestDatabase();
    mail = await startMailServer();
    fixture = await createExchangeFixture(db, secrets);
    const make = (agencyCode: string, role: "admin" | "viewer") =>
      createTestOfficer({ db, secrets, memberships: [{ agencyCode, role }], hasTotp: false });
    officers = {
      providerAdmin: await make("DOPA", "admin"),
      providerViewer: await make("DOPA", "viewer"),
      consumerAdmin: await make("CHIANGMAI-CITY", "admin"),
    };
  });
  afterAll(async () => {
    await mail?.close();
    await db?.close();
  });

  function adminOf(officer: TestOfficer, agencyId: string): Actor {
    return { type: "officer", officerId: officer.officer.id, agencyId, role: "admin" };
  }

  async function runNotices(): Promise<{ to: string[]; subject: string; text: string }[]> {
    mail.received.length = 0;
    const config = loadConfig({
      env: {},
      overrides: { server: { publicUrl: "http://localhost" }, notify: { smtpUrl: mail.url } },
    });
    const worker = startWorker({
      db,
      logger: createLogger("silent"),
      config,
      handlers: [grantNoticeJob],
      workerId: "grant-notices",
      poll: false,
    });
    await worker.runOnce();
    await worker.stop();
    return Promise.all(
      mail.received.map(async (received) => {
        const parsed = await PostalMime.parse(received.raw);
        return { to: received.to, subject: parsed.subject ?? "", text: parsed.text ?? "" };
      }),
    );
  }

  it("mails the provider's administrators of a request, and the consumer's of the decision", async () => {
    const requested = await requestGrant({
      db,
      instance: "TH",
      actor: adminOf(officers.consumerAdmin, fixture.consumer.id),
      consumerAgencyId: fixture.consumer.id,
      input: {
        service: "TH/GOV/DOPA/population/person.address",
        purpose: "elderly-allowance-eligibility",
        purposeText: { th: "ตรวจสอบที่อยู่ผู้ขอรับเบี้ยยังชีพ", en: "Check the applicant's address" },
        basis: "consent",
        legalBasis: { th: "ความยินยอม", en: "Consent" },
      },
    });
    const toProvider = await runNotices();
    expect(toProvider.map((each) => each.to)).toEqual([[officers.providerAdmin.email]]);
    expect(toProvider[0]?.subject).toBe(
      "คำขอใช้ข้อมูล บริการ person.address (TH/GOV/DOPA/population/person.address) จากเทศบาลนครเชียงใหม่ / Chiang Mai City Municipality asks to use Service person.address (TH/GOV/DOPA/population/person.address)",
    );
    expect(toProvider[0]?.text).toContain("วัตถุประสงค์: ตรวจสอบที่อยู่ผู้ขอรับเบี้ยยังชีพ");
    expect(toProvider[0]?.text).toContain("http://localhost/console/exchange");

    await decideGrant({
      db,
      instance: "TH",
      actor: adminOf(officers.providerAdmin, fixture.provider.id),
      providerAgencyId: fixture.provider.id,
      grantId: requested.grant.id,
      input: { decision: "reject", note: "โปรดขอผ่านระบบที่ประชาชนให้ความยินยอม" },
    });
    const toConsumer = await runNotices();
    expect(toConsumer.map((each) => each.to)).toEqual([[officers.consumerAdmin.email]]);
    expect(toConsumer[0]?.subject).toContain("กรมการปกครองไม่อนุญาตให้ใช้ข้อมูล");
    expect(toConsumer[0]?.text).toContain("หมายเหตุ: โปรดขอผ่านระบบที่ประชาชนให้ความยินยอม");
  });
});
