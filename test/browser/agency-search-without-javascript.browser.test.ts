import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import {
  BROWSER_TEST_LIMITS,
  launchBrowser,
  newContext,
  PHONE_VIEWPORT,
  type RunningPratu,
  serverErrors,
  startPratu,
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

test("the agency search works as a plain form with JavaScript turned off", async () => {
  const context = await newContext(browser, server, {
    viewport: PHONE_VIEWPORT,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await page.goto("/agencies");

  await page.getByLabel("ค้นหาหน่วยงาน").fill("เชียงใหม่");
  await page.getByRole("button", { name: "ค้นหา" }).click();
  await page.waitForURL(/\/agencies\?q=/);

  expect(new URL(page.url()).searchParams.get("q")).toBe("เชียงใหม่");
  const results = await page.locator(".card-list h3 a").allTextContents();
  expect(results).toContain("มหาวิทยาลัยเชียงใหม่");
  expect(results).toContain("เทศบาลนครเชียงใหม่");
  expect(results).not.toContain("กรมการปกครอง");
  expect(results.every((name) => name.includes("เชียงใหม่"))).toBe(true);
  expect(await page.getByRole("heading", { name: `พบ ${results.length} หน่วยงาน` }).count()).toBe(1);

  await page.getByRole("link", { name: "มหาวิทยาลัยเชียงใหม่" }).click();
  await page.waitForURL(/\/agencies\/CMU$/);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("มหาวิทยาลัยเชียงใหม่");
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
