import { createTestApp, type TestApp } from "@test/support/app";
import { decodeEntities } from "@test/support/browser-session";
import { citizenBrowser, createTestCitizen, type TestCitizen } from "@test/support/citizens";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertGrant,
  testCitizenId,
  testPeople,
} from "@test/support/exchange";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { newId } from "@/core/db/ids";

import { giveConsent } from "../consent";
import { findLiveConsent } from "../lookups";

const DAY_MS = 24 * 60 * 60 * 1000;
const [somchaiPerson, somsriPerson] = testPeople as [
  (typeof testPeople)[0],
  (typeof testPeople)[0],
];

let t: TestApp;
let fixture: ExchangeFixture;
let stranger: TestAgency;
let somchai: TestCitizen;
let somsri: TestCitizen;
let grantId: string;
const somchaiLogIds: string[] = [];

interface LogRow {
  consumer: TestAgency;
  subsystem?: string | null;
  nationalId: string;
  outcome: "ok" | "denied" | "not_found" | "timeout";
  dataServiceId: string;
  service: string;
  purpose: string;
  grantId?: string | null;
  occurredAt: Date;
}

/** One exchange log row, written as the call path would, straight into the table. */
async function insertLogRow(row: LogRow): Promise<string> {
  const id = newId();
  await t.db.query(
    `insert into exchange_log (id, occurred_at, request_id, consumer_agency_id, consumer,
       consumer_subsystem, provider_agency_id, data_service_id, service, purpose, grant_id,
       subject_hash, outcome, http_status, request_hash, duration_ms)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'hash', 12)`,
    [
      id,
      row.occurredAt,
      newId(),
      row.consumer.id,
      `TH/GOV/${row.consumer.code}${row.subsystem ? `/${row.subsystem}` : ""}`,
      row.subsystem ?? null,
      fixture.provider.id,
      row.dataServiceId,
      row.service,
      row.purpose,
      row.grantId ?? null,
      t.secrets.hashNationalId(row.nationalId),
      row.outcome,
      row.outcome === "ok" ? 200 : row.outcome === "denied" ? 403 : 404,
    ],
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  fixture = await createExchangeFixture(t.db, t.secrets);
  stranger = await insertTestAgency(t.db, {
    code: "STRANGER-TOWN",
    nameTh: "เทศบาลตำบลแปลกหน้า",
    nameEn: "Stranger Town Municipality",
  });
  somchai = await createTestCitizen({
    db: t.db,
    secrets: t.secrets,
    nationalId: somchaiPerson.citizenId,
  });
  somsri = await createTestCitizen({
    db: t.db,
    secrets: t.secrets,
    nationalId: somsriPerson.citizenId,
  });
  grantId = await insertGrant(t.db, {
    dataService: fixture.address,
    consumer: fixture.consumer,
    purpose: "elderly-allowance",
    subsystem: "elderly-allowance",
  });
  const now = Date.now();
  somchaiLogIds.push(
    await insertLogRow({
      consumer: fixture.consumer,
      subsystem: "elderly-allowance",
      nationalId: somchaiPerson.citizenId,
      outcome: "ok",
      dataServiceId: fixture.address.id,
      service: "TH/GOV/DOPA/population/person.address",
      purpose: "elderly-allowance",
      grantId,
      occurredAt: new Date(now - 2 * 60_000),
    }),
    await insertLogRow({
      consumer: fixture.otherConsumer,
      nationalId: somchaiPerson.citizenId,
      outcome: "denied",
      dataServiceId: fixture.basic.id,
      service: "TH/GOV/DOPA/population/person.basic",
      purpose: "company-check",
      occurredAt: new Date(now - 60_000),
    }),
    await insertLogRow({
      consumer: fixture.consumer,
      subsystem: "elderly-allowance",
      nationalId: somchaiPerson.citizenId,
      outcome: "ok",
      dataServiceId: fixture.address.id,
      service: "TH/GOV/DOPA/population/person.address",
      purpose: "elderly-allowance",
      grantId,
      occurredAt: new Date(now - 100 * DAY_MS),
    }),
  );
  // Another person's calls: never on Somchai's page.
  await insertLogRow({
    consumer: stranger,
    nationalId: somsriPerson.citizenId,
    outcome: "ok",
    dataServiceId: fixture.basic.id,
    service: "TH/GOV/DOPA/population/person.basic",
    purpose: "stranger-purpose",
    occurredAt: new Date(now - 30_000),
  });
});

afterAll(async () => {
  await t?.close();
});

/** The text of each record card the page lists, in order. */
function recordCards(html: string): string[] {
  const list = /<ul class="card-list data-use-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<li class="card">([\s\S]*?)<\/li>/g)].map((match) =>
    decodeEntities(
      match[1]!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
}

describe("the page “Who used my data”", () => {
  it("sends a visitor who is not signed in to sign in, and back", async () => {
    const response = await t.app.request("/me/data-use");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Fme%2Fdata-use");
  });

  it("lists exactly the signed-in person's calls, newest first, refused ones included", async () => {
    const browser = await citizenBrowser(t, somchai);
    const page = await browser.get("/me/data-use");
    expect(page.status).toBe(200);
    expect(page.html).toContain("<h1>ใครใช้ข้อมูลของฉัน</h1>");
    expect(page.html).toContain("3 รายการ");
    const cards = recordCards(page.html);
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain("หน่วยงานทดสอบ DBD");
    expect(cards[0]).toContain("ถูกปฏิเสธ");
    expect(cards[0]).toContain("company-check");
    expect(cards[1]).toContain("เทศบาลนครเชียงใหม่");
    expect(cards[1]).toContain("ได้รับข้อมูล");
    expect(cards[1]).toContain("ตรวจสอบสิทธิ์เบี้ยยังชีพผู้สูงอายุ");
    expect(cards[1]).toContain("บริการ person.address");
    expect(cards[1]).toContain("กรมการปกครอง");
    expect(cards[1]).toContain("elderly-allowance");
    // Buddhist Era in Thai.
    expect(cards[1]).toMatch(/25[6-9]\d/);
    expect(page.html).not.toContain("เทศบาลตำบลแปลกหน้า");
    expect(page.html).not.toContain("stranger-purpose");

    const other = await (await citizenBrowser(t, somsri)).get("/me/data-use");
    const otherCards = recordCards(other.html);
    expect(otherCards).toHaveLength(1);
    expect(otherCards[0]).toContain("เทศบาลตำบลแปลกหน้า");
  });

  it("filters by agency, data service and period with a plain GET form", async () => {
    const browser = await citizenBrowser(t, somchai);
    const page = await browser.get("/me/data-use");
    expect(page.html).toContain('<form method="get" action="/me/data-use" role="search"');
    expect(page.html).toContain('<option value="CHIANGMAI-CITY">เทศบาลนครเชียงใหม่</option>');
    expect(page.html).not.toContain('value="STRANGER-TOWN"');

    const byAgency = recordCards((await browser.get("/me/data-use?agency=DBD")).html);
    expect(byAgency).toHaveLength(1);
    expect(byAgency[0]).toContain("ถูกปฏิเสธ");

    const byService = recordCards(
      (await browser.get(`/me/data-use?dataService=${fixture.address.id}`)).html,
    );
    expect(byService).toHaveLength(2);

    const recent = await browser.get("/me/data-use?agency=CHIANGMAI-CITY&period=30");
    expect(recordCards(recent.html)).toHaveLength(1);
    expect(recent.html).toContain('<option value="30" selected="">');

    // An edited address with a filter that makes no sense shows everything, not an error.
    const nonsense = await browser.get("/me/data-use?agency=%3Cscript%3E&period=forever&page=x");
    expect(nonsense.status).toBe(200);
    expect(recordCards(nonsense.html)).toHaveLength(3);
  });

  it("pages through many calls, twenty at a time, keeping the filter in the links", async () => {
    const nationalId = testCitizenId(20_001);
    const busy = await createTestCitizen({ db: t.db, secrets: t.secrets, nationalId });
    const start = Date.now() - DAY_MS;
    for (let index = 0; index < 25; index++) {
      await insertLogRow({
        consumer: fixture.consumer,
        subsystem: "elderly-allowance",
        nationalId,
        outcome: "ok",
        dataServiceId: fixture.address.id,
        service: "TH/GOV/DOPA/population/person.address",
        purpose: "elderly-allowance",
        grantId,
        occurredAt: new Date(start + index * 60_000),
      });
    }
    const browser = await citizenBrowser(t, busy);
    const first = await browser.get("/me/data-use?agency=CHIANGMAI-CITY");
    expect(first.html).toContain("25 รายการ");
    expect(recordCards(first.html)).toHaveLength(20);
    expect(first.html).toContain("หน้า 1 จาก 2");
    expect(first.html).toContain('href="/me/data-use?agency=CHIANGMAI-CITY&amp;page=2" rel="next"');
    const second = await browser.get("/me/data-use?agency=CHIANGMAI-CITY&page=2");
    expect(recordCards(second.html)).toHaveLength(5);
    expect(second.html).toContain('href="/me/data-use?agency=CHIANGMAI-CITY" rel="prev"');
  });

  it("withdraws a consent through the page with the form's token, and refuses a post without it", async () => {
    const { consent } = await giveConsent({
      db: t.db,
      secrets: t.secrets,
      citizen: { citizenId: somchai.citizenId },
      subjectHash: t.secrets.hashNationalId(somchaiPerson.citizenId),
      consumerAgencyId: fixture.consumer.id,
      dataServiceId: fixture.address.id,
      purpose: "elderly-allowance",
      serviceId: "elderly-allowance",
      explanation: { th: "ข้าพเจ้ายินยอม", en: "I consent" },
    });
    const browser = await citizenBrowser(t, somchai);
    const page = await browser.get("/me/data-use");
    const action = `/me/consents/${consent.id}/revoke`;
    expect(page.html).toContain(`action="${action}"`);
    expect(page.html).toContain(`href="/me/consents/${consent.id}/receipt"`);
    expect(page.html).toContain("มีผล");

    const forged = await browser.post(action, {}, { csrf: false });
    expect(forged.status).toBe(403);
    const tuple = {
      db: t.db,
      subjectHash: t.secrets.hashNationalId(somchaiPerson.citizenId),
      consumerAgencyId: fixture.consumer.id,
      dataServiceId: fixture.address.id,
      purpose: "elderly-allowance",
    };
    expect(await findLiveConsent(tuple)).not.toBeNull();

    // Another person cannot withdraw it, even with their own valid form token.
    const somsriBrowser = await citizenBrowser(t, somsri);
    const somsriPage = await somsriBrowser.get("/me/data-use");
    expect(somsriPage.html).not.toContain(action);
    const refused = await somsriBrowser.post(action, {});
    expect(refused.status).toBe(404);
    expect(await findLiveConsent(tuple)).not.toBeNull();

    const done = await browser.submit(page, action);
    expect(done.status).toBe(303);
    expect(done.location).toBe("/me/data-use?done=revoked#consents");
    expect(await findLiveConsent(tuple)).toBeNull();
    const after = await browser.get("/me/data-use?done=revoked");
    expect(after.html).toContain("ถอนความยินยอมแล้ว");
    expect(after.html).toContain("ถอนแล้ว");
    expect(after.html).not.toContain(`action="${action}"`);
  });

  it("hands the person the receipt as JSON with the JWS, and no one else", async () => {
    const { consent } = await giveConsent({
      db: t.db,
      secrets: t.secrets,
      citizen: { citizenId: somchai.citizenId },
      subjectHash: t.secrets.hashNationalId(somchaiPerson.citizenId),
      consumerAgencyId: fixture.consumer.id,
      dataServiceId: fixture.basic.id,
      purpose: "receipt-check",
      explanation: { th: "ข้าพเจ้ายินยอม", en: "I consent" },
    });
    const browser = await citizenBrowser(t, somchai);
    const response = await browser.request(`/me/consents/${consent.id}/receipt`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="consent-receipt-${consent.id}.json"`,
    );
    const receipt = (await response.json()) as Record<string, unknown>;
    expect(receipt).toMatchObject({
      consentId: consent.id,
      state: "live",
      jws: consent.receipt,
      claims: { consentReceiptID: consent.id, iss: "TH/GOV/CHIANGMAI-CITY" },
    });
    expect(JSON.stringify(receipt)).not.toContain(somchaiPerson.citizenId);

    const other = await (
      await citizenBrowser(t, somsri)
    ).request(`/me/consents/${consent.id}/receipt`);
    expect(other.status).toBe(404);
  });

  it("saves the e-mail notice setting with the form, and shows it ticked", async () => {
    const browser = await citizenBrowser(t, somsri);
    const page = await browser.get("/me/data-use");
    expect(page.html).toMatch(
      /<input type="checkbox" id="field-notifyByEmail" name="notifyByEmail" value="true"\s*\/?>/,
    );
    const saved = await browser.submit(page, "/me/data-use/notices", { notifyByEmail: "true" });
    expect(saved.status).toBe(303);
    const after = await browser.get("/me/data-use?done=notices");
    expect(after.html).toContain("บันทึกการแจ้งเตือนแล้ว");
    expect(after.html).toMatch(/name="notifyByEmail" value="true" checked/);
    const off = await browser.submit(after, "/me/data-use/notices");
    expect(off.status).toBe(303);
    expect((await browser.get("/me/data-use")).html).not.toMatch(/value="true" checked/);
  });
});

describe("the API for a citizen's access token", () => {
  const api = (citizen: TestCitizen, path: string, init: RequestInit = {}) =>
    t.app.request(path, {
      ...init,
      headers: { authorization: `Bearer ${citizen.token}`, ...init.headers },
    });

  it("lists the person's calls with the same filters, and refuses without a token", async () => {
    const response = await api(somchai, "/api/v1/me/data-use");
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      entries: { id: string; outcome: string; consumerServiceName: unknown }[];
      total: number;
    };
    expect(body.total).toBe(3);
    expect(body.entries.map((entry) => entry.id).sort()).toEqual([...somchaiLogIds].sort());
    expect(body.entries.map((entry) => entry.outcome)).toEqual(["denied", "ok", "ok"]);

    const filtered = (await (
      await api(somchai, "/api/v1/me/data-use?agency=CHIANGMAI-CITY&from=2000-01-01")
    ).json()) as { total: number };
    expect(filtered.total).toBe(2);

    const recent = (await (
      await api(
        somchai,
        `/api/v1/me/data-use?from=${encodeURIComponent(new Date(Date.now() - DAY_MS).toISOString())}`,
      )
    ).json()) as { total: number };
    expect(recent.total).toBe(2);

    expect((await api(somchai, "/api/v1/me/data-use?period=forever")).status).toBe(400);
    expect((await t.app.request("/api/v1/me/data-use")).status).toBe(401);
  });

  it("lists, reads and withdraws consents", async () => {
    const { consent } = await giveConsent({
      db: t.db,
      secrets: t.secrets,
      citizen: { citizenId: somsri.citizenId },
      subjectHash: t.secrets.hashNationalId(somsriPerson.citizenId),
      consumerAgencyId: fixture.consumer.id,
      dataServiceId: fixture.address.id,
      purpose: "api-consent",
      explanation: { th: "ข้าพเจ้ายินยอม", en: "I consent" },
    });
    const list = (await (await api(somsri, "/api/v1/me/consents")).json()) as {
      consents: { id: string; state: string; receiptUrl: string }[];
    };
    expect(list.consents).toEqual([
      expect.objectContaining({
        id: consent.id,
        state: "live",
        receiptUrl: `/me/consents/${consent.id}/receipt`,
      }),
    ]);
    const receipt = await api(somsri, `/api/v1/me/consents/${consent.id}/receipt`);
    expect(((await receipt.json()) as { jws: string }).jws).toBe(consent.receipt);
    expect((await api(somchai, `/api/v1/me/consents/${consent.id}/receipt`)).status).toBe(404);

    const revoked = await api(somsri, `/api/v1/me/consents/${consent.id}/revoke`, {
      method: "POST",
    });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ id: consent.id, state: "revoked" });
  });

  it("reads and sets the notice setting", async () => {
    expect(await (await api(somchai, "/api/v1/me/data-use/notices")).json()).toEqual({
      notifyByEmail: false,
    });
    const put = await api(somchai, "/api/v1/me/data-use/notices", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ notifyByEmail: true }),
    });
    expect(put.status).toBe(200);
    expect(await (await api(somchai, "/api/v1/me/data-use/notices")).json()).toEqual({
      notifyByEmail: true,
    });
  });
});
