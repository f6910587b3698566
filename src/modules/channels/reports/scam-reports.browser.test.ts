import {
  BROWSER_TEST_LIMITS,
  DESKTOP_VIEWPORT,
  expectAccessiblePage,
  launchBrowser,
  newContext,
  PHONE_VIEWPORT,
  type RunningPratu,
  serverErrors,
  startPratu,
  watchPageProblems,
} from "@test/support/browser";
import { createTestOfficer, totpCodeFor } from "@test/support/officers";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

vi.setConfig(BROWSER_TEST_LIMITS);

const MARKER = "browser-marker-5521";
const SCAM_SMS = `กรมสรรพากร: ท่านได้รับเงินคืนภาษี 3,250 บาท กรุณายืนยันตัวตนที่ https://rd-go-th.com/refund?c=${MARKER} ภายใน 24 ชม.`;

let browser: Browser;
let server: RunningPratu;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu({ config: { security: { signInRateLimitPerMinute: 1000 } } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// axe runs inside the page, so the run without JavaScript checks behaviour only.
for (const [name, viewport, javaScriptEnabled] of [
  ["phone", PHONE_VIEWPORT, true],
  ["desktop without JavaScript", DESKTOP_VIEWPORT, false],
] as const) {
  const checkAccessibility = (page: Page) =>
    javaScriptEnabled ? expectAccessiblePage(page) : Promise.resolve();
  test(`on a ${name}, a person reports a checked scam SMS after reading what is kept`, async () => {
    const context = await newContext(browser, server, { viewport, javaScriptEnabled });
    const page = await context.newPage();
    const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });
    await page.goto("/check");
    await page.getByLabel("ข้อความที่ต้องการตรวจสอบ").fill(SCAM_SMS);
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    const report = page.getByRole("region", { name: "รายงานข้อความนี้ว่าเป็นมิจฉาชีพ" });
    await report.waitFor();
    expect(await report.textContent()).toContain("เก็บไว้ 180 วัน แล้วลบโดยอัตโนมัติ");
    expect(await report.getByLabel("ข้อความที่จะรายงาน").inputValue()).toBe(SCAM_SMS);
    await checkAccessibility(page);

    // A refusal is shown beside its field, and the page stays accessible.
    await report.getByLabel("ข้อความที่จะรายงาน").fill("");
    await report.getByRole("button", { name: "รายงานว่าเป็นมิจฉาชีพ" }).click();
    await page.getByRole("alert").filter({ hasText: "กรุณาใส่ข้อความที่ต้องการรายงาน" }).waitFor();
    await checkAccessibility(page);

    const again = page.getByRole("region", { name: "รายงานข้อความนี้ว่าเป็นมิจฉาชีพ" });
    await again.getByLabel("ข้อความที่จะรายงาน").fill(SCAM_SMS);
    await again.getByRole("radio", { name: "SMS" }).check();
    await again.getByRole("button", { name: "รายงานว่าเป็นมิจฉาชีพ" }).click();
    await page.getByRole("heading", { level: 1, name: "ได้รับรายงานแล้ว" }).waitFor();
    expect(page.url()).toMatch(/\/check\/reports\/SR-[0-9A-Z]{4}-[0-9A-Z]{4}\?received=1$/);
    expect(await page.locator("main").textContent()).toContain("รอตรวจสอบ");
    await checkAccessibility(page);

    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    expect(JSON.stringify(server.logLines)).not.toContain(MARKER);
    await context.close();
  });
}

test("the operator reviews a report in an accessible queue and confirms it", async () => {
  const officer = await createTestOfficer({
    db: server.db,
    secrets: server.secrets,
    memberships: [{ agencyCode: "DGA", role: "officer" }],
  });
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await page.goto("/officer/sign-in");
  await page.getByLabel("อีเมล").fill(officer.email);
  await page.getByLabel("รหัสผ่าน").fill(officer.password);
  await page.getByRole("button", { name: "ดำเนินการต่อ" }).click();
  await page.waitForURL(/\/officer\/sign-in\/verify$/);
  await page.getByLabel("รหัส 6 หลัก").fill(totpCodeFor(officer.totpSecret!));
  await page.getByRole("button", { name: "ยืนยัน", exact: true }).click();
  await page.waitForURL(/\/console$/);

  await page
    .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
    .getByRole("link", { name: "รายงานมิจฉาชีพ" })
    .click();
  await page.getByRole("heading", { level: 1, name: "รายงานมิจฉาชีพที่รอตรวจสอบ" }).waitFor();
  const campaigns = page.getByRole("region", {
    name: "โดเมน เบอร์ และบัญชีที่น่าสงสัย เรียงตามจำนวนรายงาน",
  });
  expect(await campaigns.getByRole("cell", { name: "rd-go-th.com" }).count()).toBe(1);
  await expectAccessiblePage(page);

  await page.getByRole("region", { name: "รายงาน ใหม่สุดก่อน" }).getByRole("link").first().click();
  await page.getByRole("heading", { level: 2, name: "ข้อความที่รายงาน" }).waitFor();
  await expectAccessiblePage(page);
  await page.getByRole("radio", { name: "ยืนยันว่าเป็นมิจฉาชีพ" }).check();
  await page.getByLabel("บันทึก", { exact: true }).fill("โดเมนเลียนแบบกรมสรรพากร");
  await page.getByRole("button", { name: "บันทึกการตัดสิน" }).click();
  await page.getByText("บันทึกการตัดสินแล้ว").waitFor();
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
