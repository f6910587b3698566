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
import { createTestOfficer, totpCodeFor } from "@test/support/officers";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

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

test("on a phone, the root's page, an agency's certificates and the console's certificate page pass WCAG 2.1 AA", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });

  await page.goto("/pki");
  await page.getByRole("heading", { name: "ใบรับรองหลักและการประทับเวลา" }).waitFor();
  await expectAccessiblePage(page);

  await signIn(page, "DOPA");
  await page
    .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
    .getByRole("link", { name: "ใบรับรองลงนามเอกสาร" })
    .click();
  await page.waitForURL(/\/console\/documents\/certificates$/);
  await expectAccessiblePage(page);

  // Without the confirmation: sent back with the problem beside the box.
  await page.getByRole("button", { name: "ออกใบรับรองใหม่" }).click();
  await page.getByRole("alert").first().waitFor({ state: "visible" });
  await expectAccessiblePage(page);

  await page.getByLabel("ฉันเข้าใจว่าเอกสารต่อจากนี้จะลงนามด้วยใบรับรองใหม่").check();
  await page.getByRole("button", { name: "ออกใบรับรองใหม่" }).click();
  await page.waitForURL(/done=rotated$/);
  await page.getByText("ออกใบรับรองใหม่แล้ว").waitFor({ state: "visible" });
  await expectAccessiblePage(page);

  await page.getByRole("link", { name: "หน้าสาธารณะของใบรับรองเหล่านี้" }).click();
  await page.waitForURL(/\/agencies\/DOPA\/certificates$/);
  await page.getByText("ใช้งานอยู่").waitFor({ state: "visible" });
  await expectAccessiblePage(page);

  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
