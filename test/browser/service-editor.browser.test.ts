import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import {
  BROWSER_TEST_LIMITS,
  DESKTOP_VIEWPORT,
  expectAccessiblePage,
  launchBrowser,
  newContext,
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

/** Signs a new administrator of Chiang Mai City in through the pages and opens the services section. */
async function signInAdministrator(page: Page): Promise<void> {
  const officer = await createTestOfficer({
    db: server.db,
    secrets: server.secrets,
    memberships: [{ agencyCode: "CHIANGMAI-CITY", role: "admin" }],
  });
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
    .getByRole("link", { name: "บริการ", exact: true })
    .click();
  await page.waitForURL(/\/console\/services$/);
}

async function createFromTemplate(page: Page, template: RegExp, serviceId: string): Promise<void> {
  await page.getByRole("link", { name: "สร้างบริการใหม่" }).click();
  await page.waitForURL(/\/console\/services\/new$/);
  await expectAccessiblePage(page);
  await page.getByRole("radio", { name: template }).check();
  await page.getByLabel("รหัสบริการ").fill(serviceId);
  await page.getByRole("button", { name: "สร้างฉบับร่าง" }).click();
  await page.waitForURL(new RegExp(`/console/services/${serviceId}/edit\\?done=created`));
}

const preview = (page: Page) => page.locator("#service-preview-content");

test("an administrator adds a step, sees the preview follow on saving without JavaScript, and publishes", async () => {
  const context = await newContext(browser, server, { viewport: DESKTOP_VIEWPORT });
  // The editor's own script is served empty, so the editor works as it does
  // without JavaScript; the browser keeps JavaScript only for axe to run.
  await context.route(/\/assets\/service-editor\.[0-9a-f]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  );
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await signInAdministrator(page);
  await expectAccessiblePage(page);
  await createFromTemplate(page, /^การขออนุญาตที่ต้องยื่นแบบแปลน/, "sign-permit");
  await expectAccessiblePage(page);
  expect(await preview(page).getByText("45 วันทำการ").count()).toBeGreaterThan(0);

  await page.getByRole("button", { name: "เพิ่มขั้นตอน" }).click();
  await page.waitForURL(/#field-steps-4-title-th$/);
  const summary = page.locator(".error-summary");
  expect(await summary.getByRole("link").count()).toBe(5);
  expect(await summary.textContent()).toContain("ขั้นตอนที่ 5 ชื่อ (ภาษาไทย): โปรดกรอกข้อมูล");
  expect(await page.locator("#field-steps-4-title-th").getAttribute("aria-invalid")).toBe("true");
  await expectAccessiblePage(page);

  await page.locator("#field-steps-4-title-th").fill("ตรวจป้ายก่อนติดตั้ง");
  await page.locator("#field-steps-4-title-en").fill("Inspect the sign before it goes up");
  await page.locator("#field-steps-4-responsible-th").fill("งานโยธา");
  await page.locator("#field-steps-4-responsible-en").fill("Public Works Section");
  await page.locator("#field-steps-4-workingDays").fill("3");
  expect(await preview(page).getByText("ตรวจป้ายก่อนติดตั้ง").count()).toBe(0);
  await page.getByRole("button", { name: "บันทึกฉบับร่างและดูตัวอย่าง" }).first().click();
  await page.waitForURL(/\/edit\?done=saved$/);
  await preview(page).getByText("5. ตรวจป้ายก่อนติดตั้ง").waitFor();
  expect(await preview(page).getByText("48 วันทำการ").count()).toBeGreaterThan(0);
  expect(await page.getByText("ฉบับร่างครบถ้วน พร้อมเผยแพร่").count()).toBe(1);
  await expectAccessiblePage(page);

  await page.getByRole("link", { name: "เผยแพร่ฉบับร่าง" }).click();
  await page.waitForURL(/\/publish$/);
  expect(await page.getByText("ฉบับร่างจะเผยแพร่เป็นฉบับที่ 1").count()).toBe(1);
  await expectAccessiblePage(page);
  await page.getByRole("button", { name: "ยืนยันเผยแพร่ฉบับที่ 1" }).click();
  await page.waitForURL(/\/console\/services\/sign-permit\?done=published&version=1$/);
  await expectAccessiblePage(page);

  await page.goto("/services/sign-permit");
  expect(await page.getByRole("cell", { name: "5. ตรวจป้ายก่อนติดตั้ง" }).count()).toBe(1);
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});

test("with JavaScript the preview follows typing without saving, under the strict content policy", async () => {
  const context = await newContext(browser, server, { viewport: DESKTOP_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await signInAdministrator(page);
  await createFromTemplate(page, /^การแจ้งโดยหรือเกี่ยวกับคนต่างด้าว/, "visitor-notice");

  await page.getByLabel("ชื่อบริการ (ภาษาไทย)").fill("การแจ้งที่พักของผู้มาเยือน");
  await preview(page).getByRole("heading", { name: "การแจ้งที่พักของผู้มาเยือน" }).waitFor();
  expect(new URL(page.url()).search).toBe("?done=created");
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
