import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

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
} from "../support/browser";
import { createTestOfficer, totpCodeFor } from "../support/officers";

vi.setConfig(BROWSER_TEST_LIMITS);

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

for (const [name, viewport] of [
  ["phone", PHONE_VIEWPORT],
  ["desktop", DESKTOP_VIEWPORT],
] as const) {
  test(`on a ${name}, an agency administrator adds a LINE account and sends its code for review, then the operator sees it, every page passing WCAG 2.1 AA`, async () => {
    const context = await newContext(browser, server, { viewport });
    const page = await context.newPage();
    const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });
    await signIn(page, "DOPA");

    await page
      .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
      .getByRole("link", { name: "ช่องทางทางการ" })
      .click();
    await page.waitForURL(/\/console\/channels$/);
    await page.getByRole("link", { name: "www.dopa.go.th" }).waitFor({ state: "visible" });
    await expectAccessiblePage(page);

    // Sent back with problems: the summary and a message beside each field.
    await page.getByRole("button", { name: "เพิ่มช่องทาง" }).click();
    await page.getByRole("alert").first().waitFor({ state: "visible" });
    expect(await page.getByLabel("ช่องทาง", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await expectAccessiblePage(page);

    const account = `@dopa_${name}`;
    await page.getByLabel("ประเภท").selectOption("line_oa");
    await page.getByLabel("ช่องทาง", { exact: true }).fill(account);
    await page.getByLabel("ผู้รับผิดชอบ").fill("กลุ่มงานประชาสัมพันธ์");
    await page.getByRole("button", { name: "เพิ่มช่องทาง" }).click();
    await page.waitForURL(/\/console\/channels\/[0-9a-f-]+\?done=added$/);
    await expectAccessiblePage(page);

    await page.getByRole("button", { name: "ขอรหัสสำหรับโพสต์" }).click();
    await page.waitForURL(/done=started/);
    const code = await page.locator("#verification-code").textContent();
    expect(code).toMatch(/^PRATU-/);
    await page.getByLabel("โพสต์ไว้ที่ใด").fill("ข้อความต้อนรับของบัญชี");
    await page.getByRole("button", { name: "ส่งให้ผู้ดูแลระบบกลางตรวจ" }).click();
    await page.waitForURL(/done=in_review$/);
    await page.getByText("รอผู้ดูแลระบบกลางตรวจสอบ").waitFor({ state: "visible" });
    await expectAccessiblePage(page);

    // A domain's instructions: a long TXT value and address must not make the page scroll sideways.
    await page.goto("/console/channels");
    await page.getByLabel("ประเภท").selectOption("eservice_url");
    await page
      .getByLabel("ช่องทาง", { exact: true })
      .fill(`https://registration-${name}.dopa.go.th/online/apply`);
    await page.getByRole("button", { name: "เพิ่มช่องทาง" }).click();
    await page.waitForURL(/done=added$/);
    await page.getByRole("button", { name: "ขอรหัสยืนยัน" }).click();
    await page.waitForURL(/done=started/);
    expect(await page.locator("#verification-record").textContent()).toMatch(
      /^pratu-verification=/,
    );
    await expectAccessiblePage(page);
    await context.close();

    const operatorContext = await newContext(browser, server, { viewport });
    const operatorPage = await operatorContext.newPage();
    const operatorWatch = watchPageProblems(operatorPage, { allowedDocumentStatuses: [400] });
    await signIn(operatorPage, "DGA");
    await operatorPage
      .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
      .getByRole("link", { name: "ตรวจสอบช่องทางหน่วยงาน" })
      .click();
    await operatorPage.waitForURL(/\/console\/operator\/channels$/);
    await operatorPage.getByText(code!).waitFor({ state: "visible" });
    await expectAccessiblePage(operatorPage);

    expect(watch.problems()).toEqual([]);
    expect(operatorWatch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await operatorContext.close();
  });
}
