import { createTestApp, type TestApp } from "@test/support/app";
import type { BrowserSession } from "@test/support/browser-session";
import { createExchangeFixture, type ExchangeFixture } from "@test/support/exchange";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { transaction } from "@/core/db/database";
import { appendExchangeLog, findApplicableGrant } from "@/modules/exchange";

const PURPOSE = "elderly-allowance-eligibility";
const SUBJECT_MARKER = "subject-hash-that-must-never-be-shown";

describe("data exchange in the console, without JavaScript", () => {
  let t: TestApp;
  let fixture: ExchangeFixture;
  let browsers: Record<"provider" | "consumer" | "viewer" | "outsider", BrowserSession>;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    fixture = await createExchangeFixture(t.db, t.secrets);
    ({ browsers } = await signInOfficersByRole(t, {
      provider: { agencyCode: "DOPA", role: "admin" },
      consumer: { agencyCode: "CHIANGMAI-CITY", role: "admin" },
      viewer: { agencyCode: "CHIANGMAI-CITY", role: "viewer" },
      outsider: { agencyCode: "DBD", role: "admin" },
    }));
  });
  afterAll(() => t.close());

  // Each test asks afresh: one open request per service, subsystem and purpose.
  beforeEach(async () => {
    await t.db.query("delete from exchange_grants");
  });

  function applicableGrant() {
    return findApplicableGrant({
      db: t.db,
      dataServiceId: fixture.basic.id,
      consumerAgencyId: fixture.consumer.id,
      subsystem: "elderly-allowance",
      purpose: PURPOSE,
    });
  }

  async function askForBasicData(): Promise<string> {
    const form = await browsers.consumer.get(
      `/console/exchange/requests/new?service=${fixture.basic.id}`,
    );
    expect(form.status).toBe(200);
    const sent = await browsers.consumer.submit(form, "/console/exchange/requests", {
      subsystem: "elderly-allowance",
      purpose: PURPOSE,
      "purposeText.th": "ตรวจสอบคุณสมบัติผู้ขอรับเบี้ยยังชีพผู้สูงอายุ",
      "purposeText.en": "Check who may receive the elderly allowance",
      basis: "public_task",
      "legalBasis.th": "พ.ร.บ.การบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2565 มาตรา 12",
      "legalBasis.en": "Digital Government Act B.E. 2565, section 12",
      fields: ["firstName", "lastName", "birthDate"],
      expiresAt: "",
      rateLimitPerMinute: "120",
    });
    expect(sent.status).toBe(303);
    const id = /\/console\/exchange\/grants\/([0-9a-f-]{36})\?done=requested$/.exec(
      sent.location ?? "",
    )?.[1];
    expect(id).toBeDefined();
    return id!;
  }

  it("takes a consumer from the catalogue to a request, with each problem beside its field", async () => {
    const empty = await browsers.consumer.get("/console/exchange");
    expect(empty.status).toBe(200);
    expect(empty.html).toContain("หน่วยงานยังไม่มีคำขอหรือสิทธิ์ใช้ข้อมูล");

    const catalogue = await browsers.consumer.get("/console/exchange/catalogue");
    expect(catalogue.html).toContain("TH/GOV/DOPA/population/person.basic");
    expect(catalogue.html).toContain(
      `href="/console/exchange/requests/new?service=${fixture.basic.id}"`,
    );

    const form = await browsers.consumer.get(
      `/console/exchange/requests/new?service=${fixture.basic.id}`,
    );
    const refused = await browsers.consumer.submit(form, "/console/exchange/requests", {
      purpose: "Elderly Allowance",
      fields: [],
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('class="error-summary"');
    expect(refused.html).toContain("รหัสวัตถุประสงค์ใช้อักษรอังกฤษตัวเล็ก");
    expect(refused.html).toContain("โปรดอธิบายวัตถุประสงค์เป็นภาษาไทย");
    expect(refused.html).toContain("โปรดเลือกฐานทางกฎหมายในการใช้ข้อมูล");
    expect(refused.html).toContain("โปรดเลือกข้อมูลอย่างน้อยหนึ่งรายการ");
    expect(refused.html).toContain('value="Elderly Allowance"');

    const id = await askForBasicData();
    const page = await browsers.consumer.get(`/console/exchange/grants/${id}?done=requested`);
    expect(page.html).toContain("ส่งคำขอแล้ว");
    expect(page.html).toContain("รอพิจารณา");
    expect(page.html).toContain("TH/GOV/CHIANGMAI-CITY/elderly-allowance");
    // The consumer may withdraw, never decide.
    expect(page.html).toContain(`action="/console/exchange/grants/${id}/withdraw"`);
    expect(page.html).not.toContain(`action="/console/exchange/grants/${id}/decision"`);
    expect(await applicableGrant()).toBeNull();

    const withdrawn = await browsers.consumer.submit(
      page,
      `/console/exchange/grants/${id}/withdraw`,
    );
    expect(withdrawn.location).toBe("/console/exchange?done=withdrawn");
    const after = await browsers.consumer.follow(withdrawn);
    expect(after.html).toContain("ถอนคำขอแล้ว");
    expect(after.html).not.toContain(`/console/exchange/grants/${id}`);
  });

  it("lets the provider approve fewer fields until a date, then revoke, all from forms", async () => {
    const id = await askForBasicData();
    const overview = await browsers.provider.get("/console/exchange");
    expect(overview.html).toContain("คำขอที่รอการพิจารณา");
    expect(overview.html).toContain("เทศบาลนครเชียงใหม่");
    expect(overview.html).toContain(`href="/console/exchange/grants/${id}"`);

    const page = await browsers.provider.get(`/console/exchange/grants/${id}`);
    const action = `/console/exchange/grants/${id}/decision`;
    const undecided = await browsers.provider.submit(page, action, {
      fields: ["firstName", "lastName", "birthDate"],
    });
    expect(undecided.status).toBe(400);
    expect(undecided.html).toContain("โปรดเลือกอนุญาตหรือไม่อนุญาต");

    const approved = await browsers.provider.submit(page, action, {
      decision: "approve",
      fields: ["firstName", "lastName"],
      expiresAt: "2099-12-31",
      rateLimitPerMinute: "60",
      note: "",
    });
    expect(approved.status).toBe(303);
    expect(approved.location).toBe(`/console/exchange/grants/${id}?done=approved`);
    const grant = await applicableGrant();
    expect(grant).toMatchObject({ fields: ["firstName", "lastName"], rateLimitPerMinute: 60 });
    // Until the end of 31 December 2099 in Bangkok.
    expect(grant?.expiresAt?.toISOString()).toBe("2099-12-31T17:00:00.000Z");

    const consumerView = await browsers.consumer.get("/console/exchange");
    expect(consumerView.html).toContain("อนุญาต");
    expect(consumerView.html).toContain("กรมการปกครอง");

    const decided = await browsers.provider.follow(approved);
    expect(decided.html).toContain("อนุญาตแล้ว");
    const revokeAction = `/console/exchange/grants/${id}/revoke`;
    const noReason = await browsers.provider.submit(decided, revokeAction, { note: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain("โปรดแจ้งเหตุผล");
    expect(await applicableGrant()).not.toBeNull();
    const revoked = await browsers.provider.submit(decided, revokeAction, {
      note: "สิ้นสุดโครงการนำร่อง",
    });
    expect(revoked.location).toBe(`/console/exchange/grants/${id}?done=revoked`);
    expect(await applicableGrant()).toBeNull();
    const final = await browsers.provider.follow(revoked);
    expect(final.html).toContain("เพิกถอนแล้ว");
    expect(final.html).toContain("สิ้นสุดโครงการนำร่อง");
    expect(final.html).not.toContain(`action="${revokeAction}"`);
  });

  it("shows a viewer the exchange but no forms, and another agency nothing", async () => {
    const id = await askForBasicData();
    const catalogue = await browsers.viewer.get("/console/exchange/catalogue");
    expect(catalogue.status).toBe(200);
    expect(catalogue.html).not.toContain("/console/exchange/requests/new");
    const page = await browsers.viewer.get(`/console/exchange/grants/${id}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain("/withdraw");
    const form = await browsers.viewer.get(
      `/console/exchange/requests/new?service=${fixture.address.id}`,
    );
    expect(form.status).toBe(403);

    const outsider = await browsers.outsider.get(`/console/exchange/grants/${id}`);
    expect(outsider.status).toBe(404);
    const overview = await browsers.outsider.get("/console/exchange");
    expect(overview.html).not.toContain(`/console/exchange/grants/${id}`);
    const decision = await browsers.outsider.post(`/console/exchange/grants/${id}/decision`, {
      decision: "approve",
    });
    expect(decision.status).toBe(404);
  });

  it("lists the calls each side made or received, never whom they were about", async () => {
    await transaction(t.db, (tx) =>
      appendExchangeLog(
        tx,
        {
          occurredAt: new Date(),
          requestId: "demo-request-1",
          consumerAgencyId: fixture.consumer.id,
          consumer: "TH/GOV/CHIANGMAI-CITY/elderly-allowance",
          consumerSubsystem: "elderly-allowance",
          userId: "officer-anan",
          providerAgencyId: fixture.provider.id,
          dataServiceId: fixture.basic.id,
          service: "TH/GOV/DOPA/population/person.basic",
          purpose: PURPOSE,
          grantId: null,
          consentId: null,
          subjectHash: SUBJECT_MARKER,
          outcome: "ok",
          httpStatus: 200,
          errorCode: null,
          requestHash: "request-hash",
          responseHash: "response-hash",
          content: null,
          durationMs: 12,
          applicationRef: null,
        },
        { sealIntervalMs: 60_000 },
      ),
    );
    const consumer = await browsers.consumer.get("/console/exchange");
    expect(consumer.html).toContain("การเรียกข้อมูลของหน่วยงานล่าสุด");
    expect(consumer.html).toContain(PURPOSE);
    expect(consumer.html).toContain("สำเร็จ");
    const provider = await browsers.provider.get("/console/exchange");
    expect(provider.html).toContain("TH/GOV/CHIANGMAI-CITY/elderly-allowance");
    const outsider = await browsers.outsider.get("/console/exchange");
    expect(outsider.html).toContain("ยังไม่มีการเรียกข้อมูล");
    expect(outsider.html).not.toContain(PURPOSE);
    for (const html of [consumer.html, provider.html, outsider.html]) {
      expect(html).not.toContain(SUBJECT_MARKER);
      expect(html).not.toContain("officer-anan");
    }
  });
});
