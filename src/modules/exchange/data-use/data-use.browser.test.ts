import {
  BROWSER_TEST_LIMITS,
  expectAccessiblePage,
  launchBrowser,
  newContext,
  PHONE_VIEWPORT,
  type RunningPratu,
  serverErrors,
  startPratu,
  watchPageProblems,
} from "@test/support/browser";
import { createTestCitizen } from "@test/support/citizens";
import {
  insertDataService,
  insertGrant,
  insertHostedRegistry,
  testCitizenId,
  type TestDataService,
} from "@test/support/exchange";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { createSession } from "@/core/auth/sessions";
import { newId } from "@/core/db/ids";

import { giveConsent } from "../consent";

vi.setConfig(BROWSER_TEST_LIMITS);

let browser: Browser;
let server: RunningPratu;
let provider: TestAgency;
let consumer: TestAgency;
let asker: TestAgency;
let address: TestDataService;
let grantId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu();
  // Agencies of the test's own, beside the demo's, so the demo data can change freely.
  provider = await insertTestAgency(server.db, {
    code: "TEST-REGISTRAR",
    nameTh: "สำนักทะเบียนทดสอบ",
    nameEn: "Test Registrar",
  });
  consumer = await insertTestAgency(server.db, {
    code: "TEST-TOWN",
    nameTh: "เทศบาลเมืองทดสอบ",
    nameEn: "Test Town Municipality",
  });
  asker = await insertTestAgency(server.db, {
    code: "TEST-NOSY",
    nameTh: "หน่วยงานช่างถาม",
    nameEn: "Nosy Office",
  });
  const registry = await insertHostedRegistry(server.db, server.secrets, {
    agency: provider,
    people: [],
  });
  address = await insertDataService(server.db, {
    registry,
    code: "person.address",
    fields: ["address"],
  });
  grantId = await insertGrant(server.db, {
    dataService: address,
    consumer,
    purpose: "allowance",
    basis: "consent",
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A person with two calls about them (one served, one refused), a consent, and a signed-in browser. */
async function signedInPerson(seed: number, javaScriptEnabled: boolean) {
  const nationalId = testCitizenId(seed);
  const citizen = await createTestCitizen({ db: server.db, secrets: server.secrets, nationalId });
  const subjectHash = server.secrets.hashNationalId(nationalId);
  for (const [agency, outcome, minutesAgo] of [
    [consumer, "ok", 5],
    [asker, "denied", 2],
  ] as const) {
    await server.db.query(
      `insert into exchange_log (id, occurred_at, request_id, consumer_agency_id, consumer,
         provider_agency_id, data_service_id, service, purpose, grant_id, subject_hash, outcome,
         http_status, request_hash, duration_ms)
       values ($1, now() - make_interval(mins => $2), $3, $4, $5, $6, $7, $8, 'allowance', $9, $10,
         $11, $12, 'hash', 8)`,
      [
        newId(),
        minutesAgo,
        newId(),
        agency.id,
        `TH/GOV/${agency.code}`,
        provider.id,
        address.id,
        "TH/GOV/TEST-REGISTRAR/population/person.address",
        outcome === "ok" ? grantId : null,
        subjectHash,
        outcome,
        outcome === "ok" ? 200 : 403,
      ],
    );
  }
  await giveConsent({
    db: server.db,
    secrets: server.secrets,
    citizen: { citizenId: citizen.citizenId },
    subjectHash,
    consumerAgencyId: consumer.id,
    dataServiceId: address.id,
    purpose: "allowance",
    explanation: {
      th: "ข้าพเจ้ายินยอมให้เทศบาลเมืองทดสอบดึงที่อยู่ของข้าพเจ้า",
      en: "I consent to Test Town fetching my address",
    },
  });
  const session = await createSession(server.db, server.config, {
    citizenId: citizen.citizenId,
    assurance: citizen.actor.assurance,
  });
  const context: BrowserContext = await newContext(browser, server, {
    viewport: PHONE_VIEWPORT,
    javaScriptEnabled,
  });
  await context.addCookies([{ name: "pratu_session", value: session.token, url: server.url }]);
  return { citizen, context };
}

const records = (page: Page) => page.locator("ul.data-use-list > li");

for (const [name, javaScriptEnabled, seed] of [
  ["with JavaScript", true, 50_001],
  ["without JavaScript", false, 50_002],
] as const) {
  // axe runs inside the page, so the run without JavaScript checks behaviour only.
  const checkAccessibility = (page: Page) =>
    javaScriptEnabled ? expectAccessiblePage(page) : Promise.resolve();

  test(`on a phone ${name}, a person reads who used their data, filters it, withdraws a consent and asks for notices`, async () => {
    const { context } = await signedInPerson(seed, javaScriptEnabled);
    const page = await context.newPage();
    const watch = watchPageProblems(page);

    await page.goto("/me");
    await page.getByRole("navigation").getByRole("link", { name: "ใครใช้ข้อมูลของฉัน" }).click();
    await page.waitForURL(/\/me\/data-use$/);
    await page.getByRole("heading", { level: 1, name: "ใครใช้ข้อมูลของฉัน" }).waitFor();
    expect(await records(page).count()).toBe(2);
    expect(await records(page).first().textContent()).toContain("หน่วยงานช่างถาม");
    expect(await records(page).first().textContent()).toContain("ถูกปฏิเสธ");
    expect(await records(page).nth(1).textContent()).toContain("ได้รับข้อมูล");
    await checkAccessibility(page);

    await page.getByLabel("หน่วยงานที่ขอข้อมูล").selectOption("TEST-TOWN");
    await page.getByRole("button", { name: "กรอง", exact: true }).click();
    await page.waitForURL(/agency=TEST-TOWN/);
    expect(await records(page).count()).toBe(1);
    expect(await records(page).first().textContent()).toContain("เทศบาลเมืองทดสอบ");
    await checkAccessibility(page);

    await page.getByRole("button", { name: /^ถอนความยินยอม/ }).click();
    await page.waitForURL(/done=revoked/);
    await page.getByText("ถอนความยินยอมแล้ว หน่วยงานจะดึงข้อมูลนี้ไม่ได้อีก").waitFor();
    expect(await page.getByRole("button", { name: /^ถอนความยินยอม/ }).count()).toBe(0);
    await checkAccessibility(page);

    await page.getByLabel("ส่งอีเมลถึงฉันทุกครั้งที่หน่วยงานใช้ข้อมูลของฉัน").check();
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.waitForURL(/done=notices/);
    expect(await page.getByLabel("ส่งอีเมลถึงฉันทุกครั้งที่หน่วยงานใช้ข้อมูลของฉัน").isChecked()).toBe(true);
    await checkAccessibility(page);

    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await context.close();
  });
}
