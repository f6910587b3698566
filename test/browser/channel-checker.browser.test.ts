import type { Browser } from "playwright-core";
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
  switchLanguage,
  watchPageProblems,
} from "../support/browser";

vi.setConfig(BROWSER_TEST_LIMITS);

const SCAM_SMS =
  "กรมสรรพากร: ท่านได้รับเงินคืนภาษี 3,250 บาท กรุณายืนยันตัวตนที่ https://rd-go-th.com/refund ภายใน 24 ชม.";

let browser: Browser;
let server: RunningPratu;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

for (const [name, viewport] of [
  ["phone", PHONE_VIEWPORT],
  ["desktop", DESKTOP_VIEWPORT],
] as const) {
  test(`on a ${name}, a pasted Thai scam SMS is shown as a look-alike of the real channel`, async () => {
    const context = await newContext(browser, server, { viewport });
    const page = await context.newPage();
    const watch = watchPageProblems(page);
    await page.goto("/");
    await page.getByRole("link", { name: "ตรวจสอบช่องทางรัฐ/มิจฉาชีพ" }).click();
    await page.waitForURL(/\/check$/);
    await expectAccessiblePage(page);

    await page.getByLabel("ข้อความที่ต้องการตรวจสอบ").fill(SCAM_SMS);
    await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
    await page.getByRole("heading", { name: "ผลการตรวจสอบ" }).waitFor();

    await expect.poll(() => page.getByRole("alert").textContent()).toContain("อันตราย");
    const card = page.locator(".card-list .card").first();
    expect(await card.textContent()).toContain("เลียนแบบช่องทางทางการ");
    expect(await card.getByRole("definition").first().textContent()).toBe("www.rd.go.th");
    expect(await card.getByRole("link", { name: "กรมสรรพากร" }).count()).toBe(1);
    await expectAccessiblePage(page);

    await switchLanguage(page, "en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Check a government channel",
    );
    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    expect(JSON.stringify(server.logLines)).not.toContain("rd-go-th");
    await context.close();
  });
}

test("the register page lists an agency's official channels", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  await page.goto("/agencies/RD/channels");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
    "ช่องทางทางการของกรมสรรพากร",
  );
  expect(await page.getByRole("cell", { name: "@rdthailand" }).count()).toBe(1);
  await expectAccessiblePage(page);
  await context.close();
});
