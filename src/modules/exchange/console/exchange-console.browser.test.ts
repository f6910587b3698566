import {
  BROWSER_TEST_LIMITS,
  expectAccessiblePage,
  launchBrowser,
  newContext,
  PHONE_VIEWPORT,
  type RunningPratu,
  serverErrors,
  startPratu,
  switchLanguage,
  watchPageProblems,
} from "@test/support/browser";
import { createTestOfficer, totpCodeFor } from "@test/support/officers";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { buildingPermitService } from "@/demo/service-definitions/building-permit";
import { findApplicableGrant, findDataServiceByPath } from "@/modules/exchange";

vi.setConfig(BROWSER_TEST_LIMITS);

let browser: Browser;
let server: RunningPratu;

beforeAll(async () => {
  browser = await launchBrowser();
  // The demo data: registries, their data services and the demo grants, one still pending.
  server = await startPratu({ config: { security: { signInRateLimitPerMinute: 1000 } } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, agencyCode: string) {
  const officer = await createTestOfficer({
    db: server.db,
    secrets: server.secrets,
    memberships: [{ agencyCode, role: "admin" }],
  });
  await page.goto("/officer/sign-in");
  await page.getByLabel("อีเมล").fill(officer.email);
  await page.getByLabel("รหัสผ่าน").fill(officer.password);
  await page.getByRole("button", { name: "ดำเนินการต่อ" }).click();
  await page.waitForURL(/\/officer\/sign-in\/verify$/);
  await page.getByLabel("รหัส 6 หลัก").fill(totpCodeFor(officer.totpSecret!));
  await page.getByRole("button", { name: "ยืนยัน", exact: true }).click();
  await page.waitForURL(/\/console$/);
}

async function grantOf(path: string, consumerCode: string, subsystem: string, purpose: string) {
  const [providerCode, registryCode, serviceCode] = path.split("/") as [string, string, string];
  const found = await findDataServiceByPath({
    db: server.db,
    providerCode,
    registryCode,
    serviceCode,
  });
  const { rows } = await server.db.query<{ id: string }>(
    "select id from agencies where code = $1",
    [consumerCode],
  );
  return findApplicableGrant({
    db: server.db,
    dataServiceId: found!.dataService.id,
    consumerAgencyId: rows[0]!.id,
    subsystem,
    purpose,
  });
}

test("DOPA decides the pending demo request in the console, in Thai and English, accessibly", async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });

  await page.goto("/exchange");
  await page.getByRole("heading", { name: "บริการข้อมูลภาครัฐ" }).waitFor();
  await expectAccessiblePage(page);

  await signIn(page, "DOPA");
  await page
    .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
    .getByRole("link", { name: "การแลกเปลี่ยนข้อมูล" })
    .click();
  await page.waitForURL(/\/console\/exchange$/);
  await page.getByRole("heading", { name: "คำขอที่รอการพิจารณา" }).waitFor();
  await expectAccessiblePage(page);

  await page.getByRole("link", { name: /^พิจารณา: ที่อยู่ตามทะเบียนบ้าน/ }).click();
  await page.waitForURL(/\/console\/exchange\/grants\/[0-9a-f-]{36}$/);
  await page.getByRole("heading", { name: "พิจารณาคำขอ" }).waitFor();
  await expectAccessiblePage(page);

  // No decision chosen: sent back with the problem named.
  await page.getByRole("button", { name: "บันทึกผลการพิจารณา" }).click();
  await page.getByRole("alert").waitFor({ state: "visible" });
  await expectAccessiblePage(page);

  await page.getByLabel("อนุญาต", { exact: true }).check();
  await page.getByLabel("ใช้ได้ถึงวันที่ (ไม่บังคับ)").fill("2099-12-31");
  await page.getByRole("button", { name: "บันทึกผลการพิจารณา" }).click();
  await page.waitForURL(/done=approved$/);
  await page.getByText("อนุญาตแล้ว").waitFor({ state: "visible" });
  await page.getByRole("heading", { name: "เพิกถอนสิทธิ์" }).waitFor();
  await expectAccessiblePage(page);
  expect(
    await grantOf(
      "DOPA/population/person.address",
      buildingPermitService.agencyCode,
      buildingPermitService.id,
      "building-permit-review",
    ),
  ).toMatchObject({ basis: "consent", expiresAt: new Date("2099-12-31T17:00:00.000Z") });

  await switchLanguage(page, "en");
  await page.getByRole("heading", { name: "Revoke access" }).waitFor();
  await expectAccessiblePage(page);

  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});

// axe runs inside the page, so these pages are checked with script in the next test.
test("without JavaScript, on a phone, the city asks DBD and DBD approves, then revokes", async () => {
  const consumerContext = await newContext(browser, server, {
    javaScriptEnabled: false,
    viewport: PHONE_VIEWPORT,
  });
  const consumer = await consumerContext.newPage();
  const consumerWatch = watchPageProblems(consumer, { allowedDocumentStatuses: [400] });
  await signIn(consumer, "CHIANGMAI-CITY");
  await consumer.goto("/console/exchange");
  await consumer.getByRole("heading", { name: "คำขอและสิทธิ์ของหน่วยงาน" }).waitFor();

  await consumer.getByRole("link", { name: "ดูบริการข้อมูลทั้งหมดและขอสิทธิ์" }).click();
  await consumer.waitForURL(/\/console\/exchange\/catalogue$/);
  await consumer.getByRole("link", { name: /^ขอสิทธิ์ใช้ ข้อมูลนิติบุคคล/ }).click();
  await consumer.waitForURL(/\/console\/exchange\/requests\/new\?service=/);

  await consumer.getByLabel("ระบบของหน่วยงานที่จะเรียกข้อมูล").fill("market-stall-licence");
  await consumer.getByLabel("รหัสวัตถุประสงค์").fill("market-stall-licence-check");
  await consumer.getByLabel("วัตถุประสงค์ (ภาษาไทย)").fill("ตรวจสอบนิติบุคคลที่ขอใบอนุญาตจำหน่ายสินค้าในตลาด");
  await consumer
    .getByLabel("วัตถุประสงค์ (ภาษาอังกฤษ)")
    .fill("Checking companies that apply for a market stall licence");
  await consumer.getByRole("button", { name: "ส่งคำขอ" }).click();
  // No basis or law yet: the form comes back with what to fix, and keeps what was typed.
  await consumer.getByRole("alert").waitFor({ state: "visible" });
  await consumer.getByLabel("ฐานทางกฎหมายในการใช้ข้อมูล").selectOption("public_task");
  await consumer
    .getByLabel("กฎหมายที่ให้อำนาจ (ภาษาไทย)")
    .fill("พ.ร.บ.การบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2565 มาตรา 12");
  await consumer
    .getByLabel("กฎหมายที่ให้อำนาจ (ภาษาอังกฤษ)")
    .fill("Digital Government Act B.E. 2565, section 12");
  await consumer.getByRole("button", { name: "ส่งคำขอ" }).click();
  await consumer.waitForURL(/done=requested$/);
  await consumer.getByText("ส่งคำขอแล้ว").waitFor({ state: "visible" });
  const grantUrl = new URL(consumer.url());

  const providerContext = await newContext(browser, server, {
    javaScriptEnabled: false,
    viewport: PHONE_VIEWPORT,
  });
  const provider = await providerContext.newPage();
  const providerWatch = watchPageProblems(provider);
  await signIn(provider, "DBD");
  await provider.goto(grantUrl.pathname);
  await provider.getByRole("heading", { name: "พิจารณาคำขอ" }).waitFor();
  await provider.getByLabel("อนุญาต", { exact: true }).check();
  await provider.getByLabel("จำนวนครั้งต่อนาทีสูงสุด").fill("30");
  await provider.getByRole("button", { name: "บันทึกผลการพิจารณา" }).click();
  await provider.waitForURL(/done=approved$/);
  const path = "DBD/juristic-persons/juristic.profile";
  const purpose = "market-stall-licence-check";
  expect(await grantOf(path, "CHIANGMAI-CITY", "market-stall-licence", purpose)).toMatchObject({
    rateLimitPerMinute: 30,
  });

  await provider.getByLabel("เหตุผลที่เพิกถอน").fill("ยุติโครงการ");
  await provider.getByRole("button", { name: "เพิกถอนสิทธิ์" }).click();
  await provider.waitForURL(/done=revoked$/);
  await provider.getByText("เพิกถอนสิทธิ์แล้ว มีผลทันที").waitFor({ state: "visible" });
  expect(await grantOf(path, "CHIANGMAI-CITY", "market-stall-licence", purpose)).toBeNull();

  // The city sees at once that its access is gone.
  await consumer.goto("/console/exchange");
  await consumer
    .getByRole("region", { name: "คำขอและสิทธิ์ของหน่วยงาน" })
    .getByText("เพิกถอนแล้ว")
    .waitFor({ state: "visible" });

  expect(consumerWatch.problems()).toEqual([]);
  expect(providerWatch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await consumerContext.close();
  await providerContext.close();
});

test("on a phone, the console's exchange, catalogue and request form pass WCAG 2.1 AA", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });
  await page.goto("/exchange");
  await page.getByRole("heading", { name: "บริการข้อมูลภาครัฐ" }).waitFor();
  await expectAccessiblePage(page);

  await signIn(page, "CHIANGMAI-CITY");
  await page.goto("/console/exchange");
  await page.getByRole("heading", { name: "คำขอและสิทธิ์ของหน่วยงาน" }).waitFor();
  await expectAccessiblePage(page);
  await page.getByRole("link", { name: "ดูบริการข้อมูลทั้งหมดและขอสิทธิ์" }).click();
  await page.waitForURL(/\/console\/exchange\/catalogue$/);
  await expectAccessiblePage(page);
  await page.getByRole("link", { name: /^ขอสิทธิ์ใช้ วุฒิการศึกษา/ }).click();
  await page.waitForURL(/\/console\/exchange\/requests\/new\?service=/);
  await page.getByText("บริการนี้ต้องได้รับความยินยอมของเจ้าของข้อมูลทุกครั้งที่เรียก").waitFor();
  await expectAccessiblePage(page);
  await page.getByRole("button", { name: "ส่งคำขอ" }).click();
  await page.getByRole("alert").waitFor({ state: "visible" });
  await expectAccessiblePage(page);

  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
