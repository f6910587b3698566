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
  switchLanguage,
  watchPageProblems,
} from "@test/support/browser";
import { createTestOfficer, totpCodeFor } from "@test/support/officers";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { generateLevelsDataset } from "./test-dataset";

vi.setConfig(BROWSER_TEST_LIMITS);

let browser: Browser;
let server: RunningPratu;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu({ config: { security: { signInRateLimitPerMinute: 1000 } } });
  await generateLevelsDataset({ db: server.db, agencies: 150, ministries: 5 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, agencyCode: string, role: "admin" | "officer") {
  const officer = await createTestOfficer({
    db: server.db,
    secrets: server.secrets,
    memberships: [{ agencyCode, role }],
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

// axe runs inside the page, so the run without JavaScript checks behaviour only.
for (const [name, viewport, javaScriptEnabled] of [
  ["phone", PHONE_VIEWPORT, true],
  ["desktop without JavaScript", DESKTOP_VIEWPORT, false],
] as const) {
  const checkAccessibility = (page: Page) =>
    javaScriptEnabled ? expectAccessiblePage(page) : Promise.resolve();
  test(`on a ${name}, the operator reads the levels dashboard, its chart and who lags`, async () => {
    const context = await newContext(browser, server, { viewport, javaScriptEnabled });
    const page = await context.newPage();
    const watch = watchPageProblems(page);
    await signIn(page, "DGA", "officer");
    await page
      .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
      .getByRole("link", { name: "ภาพรวมระดับหน่วยงาน" })
      .click();
    await page
      .getByRole("heading", { level: 1, name: "ระดับวิธีการทางอิเล็กทรอนิกส์ของหน่วยงาน" })
      .waitFor();
    const chart = page.getByRole("img", { name: "สัดส่วนหน่วยงานในแต่ละระดับ แยกตามกระทรวง" });
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute("aria-labelledby")).toBe(
      "ministry-chart-title ministry-chart-desc",
    );
    expect(await chart.isVisible()).toBe(true);
    await checkAccessibility(page);

    const lagging = page.getByRole("region", { name: "หน่วยงานที่ยังไม่ถึงระดับเริ่มต้น และสิ่งที่ยังขาด" });
    await lagging.getByRole("link", { name: /^จังหวัด/ }).click();
    await page.waitForURL(/sort=province/);
    expect(
      await page
        .getByRole("columnheader", { name: /^จังหวัด/ })
        .last()
        .getAttribute("aria-sort"),
    ).toBe("ascending");
    await checkAccessibility(page);

    await switchLanguage(page, "en");
    expect(
      await page.getByRole("img", { name: "Share of agencies at each level, by ministry" }).count(),
    ).toBe(1);
    await checkAccessibility(page);
    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await context.close();
  });
}

test("an agency administrator assesses the agency on an accessible page", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });
  await signIn(page, "DBD", "admin");
  await page
    .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
    .getByRole("link", { name: "ระดับวิธีการทางอิเล็กทรอนิกส์" })
    .click();
  await page.getByRole("heading", { level: 1, name: "ระดับวิธีการทางอิเล็กทรอนิกส์ (มสพร. 6)" }).waitFor();
  await expectAccessiblePage(page);

  await page.getByRole("checkbox", { name: /^เจ้าหน้าที่งานสารบรรณตรวจอีเมล/ }).check();
  await page.getByRole("button", { name: "บันทึกแบบประเมิน" }).click();
  await page.getByRole("alert").filter({ hasText: "กรุณาระบุหลักฐานของเกณฑ์ที่เลือก" }).waitFor();
  await expectAccessiblePage(page);

  await page.getByLabel("หลักฐาน", { exact: true }).nth(1).fill("คำสั่งมอบหมายงานสารบรรณ");
  await page.getByRole("checkbox", { name: /^แจ้งผลการดำเนินการกลับ/ }).check();
  await page.getByLabel("หลักฐาน", { exact: true }).nth(3).fill("แบบตอบกลับทางอีเมล");
  await page.getByRole("button", { name: "บันทึกแบบประเมิน" }).click();
  await page.getByText("บันทึกแบบประเมินแล้ว").waitFor();
  expect(await page.locator("main").textContent()).toContain("ระดับปัจจุบัน: ระดับเริ่มต้น");
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
