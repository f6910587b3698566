import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { submitTestApplication, TEST_PDF } from "../support/applications";
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
import { createTestCitizen } from "../support/citizens";
import { createTestOfficer, totpCodeFor } from "../support/officers";
import { publishTestService } from "../support/services";

vi.setConfig(BROWSER_TEST_LIMITS);

let browser: Browser;
let server: RunningPratu;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu({ config: { security: { signInRateLimitPerMinute: 1000 } } });
  await publishTestService(server.db);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** An application to the DOPA test service, with a PDF attached, as a citizen would send it. */
async function submitApplicationWithFile(): Promise<string> {
  const citizen = await createTestCitizen({ db: server.db, secrets: server.secrets });
  const application = await submitTestApplication({
    db: server.db,
    secrets: server.secrets,
    citizen,
    files: [{ filename: "แบบแปลน.pdf", bytes: TEST_PDF }],
  });
  return application.reference;
}

async function signIn(
  page: Page,
  officer: { email: string; password: string; totpSecret: string | null },
) {
  await page.goto("/officer/sign-in");
  await page.getByLabel("อีเมล").fill(officer.email);
  await page.getByLabel("รหัสผ่าน").fill(officer.password);
  await page.getByRole("button", { name: "ดำเนินการต่อ" }).click();
  await page.waitForURL(/\/officer\/sign-in\/verify$/);
  await page.getByLabel("รหัส 6 หลัก").fill(totpCodeFor(officer.totpSecret!));
  await page.getByRole("button", { name: "ยืนยัน", exact: true }).click();
  await page.waitForURL(/\/console$/);
}

for (const viewport of [PHONE_VIEWPORT, DESKTOP_VIEWPORT]) {
  const viewportName = viewport === PHONE_VIEWPORT ? "phone" : "desktop";

  test(`an officer opens the inbox and an application and claims it on a ${viewportName}, every page passing WCAG 2.1 AA`, async () => {
    const reference = await submitApplicationWithFile();
    const officer = await createTestOfficer({
      db: server.db,
      secrets: server.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const context = await newContext(browser, server, { viewport });
    const page = await context.newPage();
    const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });

    await signIn(page, officer);
    await page
      .getByRole("navigation", { name: "เมนูระบบเจ้าหน้าที่" })
      .getByRole("link", { name: "คำขอ" })
      .click();
    await page.waitForURL(/\/console\/inbox$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("กล่องคำขอ");
    await expectAccessiblePage(page);

    await page.getByLabel("สถานะ").selectOption("submitted");
    await page.getByRole("button", { name: "แสดงรายการ" }).click();
    await page.waitForURL(/status=submitted/);
    await expectAccessiblePage(page);

    await page.getByRole("link", { name: reference }).click();
    await page.waitForURL(/\/console\/applications\/[0-9a-f-]+$/);
    await page
      .getByRole("cell", { name: "แบบแปลน.pdf", exact: true })
      .waitFor({ state: "visible" });
    await expectAccessiblePage(page);

    await page.getByRole("button", { name: "รับเรื่อง", exact: true }).click();
    await page.waitForURL(/\?done=claimed$/);
    await page.getByRole("status").filter({ hasText: "รับเรื่องแล้ว" }).waitFor({ state: "visible" });
    await page.getByText("คุณเป็นผู้รับเรื่องคำขอนี้").waitFor({ state: "visible" });
    await expectAccessiblePage(page);

    // A form sent back with a problem: the summary and the message beside the field.
    await page.getByRole("button", { name: "ส่งคำขอข้อมูลเพิ่มเติม" }).click();
    await page.getByRole("alert").waitFor({ state: "visible" });
    expect(await page.getByLabel("สิ่งที่ผู้ยื่นต้องส่งหรือแก้ไข").getAttribute("aria-invalid")).toBe("true");
    await expectAccessiblePage(page);

    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await context.close();
  });
}
