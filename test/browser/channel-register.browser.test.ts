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
  test(`on a ${name}, searching the register in Thai finds the agency and its channels`, async () => {
    const context = await newContext(browser, server, { viewport });
    const page = await context.newPage();
    const watch = watchPageProblems(page);
    await page.goto("/register");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "ค้นหาช่องทางทางการของหน่วยงานรัฐ",
    );
    await expectAccessiblePage(page);

    await page.getByLabel("คำค้น").fill("สรรพากร");
    await page.getByRole("button", { name: "ค้นหา", exact: true }).click();
    await page.waitForURL(/\/register\?q=/);
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe(
      "พบ 1 หน่วยงาน",
    );
    const card = page.locator(".card-list .card").first();
    expect(await card.getByRole("link", { name: "กรมสรรพากร" }).count()).toBe(1);
    expect(await card.textContent()).toContain("@rdthailand");
    await expectAccessiblePage(page);

    await page.getByLabel("คำค้น").fill("1548");
    await page.getByLabel("ประเภทช่องทาง").selectOption("phone");
    await page.getByRole("button", { name: "ค้นหา", exact: true }).click();
    await page.waitForURL(/kind=phone/);
    expect(await page.locator("mark").textContent()).toBe("1548");
    await expectAccessiblePage(page);

    await switchLanguage(page, "en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Search the official channels of agencies",
    );
    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await context.close();
  });
}

test("the section 10 announcement is reached from the register, reads as a notice, and prints without the site around it", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await page.goto("/agencies/RD/channels");
  await page.getByRole("link", { name: "ประกาศช่องทางอิเล็กทรอนิกส์ของหน่วยงาน (มาตรา 10)" }).click();
  await page.waitForURL(/\/agencies\/RD\/announcement$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("ประกาศกรมสรรพากร");
  expect(await page.locator(".announcement__date").textContent()).toMatch(/พ\.ศ\. 25\d\d$/);
  await expectAccessiblePage(page);

  await page.emulateMedia({ media: "print" });
  expect(await page.locator(".site-header").isVisible()).toBe(false);
  expect(await page.locator(".announcement-actions").isVisible()).toBe(false);
  expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
  await page.emulateMedia({ media: "screen" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "ดาวน์โหลดฉบับลงลายมือชื่ออิเล็กทรอนิกส์ (JWS)" }).click();
  expect((await download).suggestedFilename()).toBe("RD-announcement.jws");

  await switchLanguage(page, "en");
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
    "Announcement of The Revenue Department",
  );
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
