import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

import type { Locale } from "@/core/i18n";
import { demoCitizens } from "@/demo/citizens";

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

const words = {
  th: {
    language: "Thai",
    navSignIn: "เข้าสู่ระบบ",
    devProvider: "เข้าสู่ระบบด้วยผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ",
    levelLegend: "ระดับการยืนยันตัวตน",
    signInButton: "เข้าสู่ระบบ",
    accountHeading: "บัญชีของฉัน",
    signOut: "ออกจากระบบ",
  },
  en: {
    language: "English",
    navSignIn: "Sign in",
    devProvider: "Sign in with the test identity provider",
    levelLegend: "Assurance level",
    signInButton: "Sign in",
    accountHeading: "My account",
    signOut: "Sign out",
  },
} as const satisfies Record<Locale, Record<string, string>>;

const [citizen] = demoCitizens;
if (!citizen) throw new Error("The demo data has no citizen.");

for (const [viewportName, viewport] of [
  ["phone", PHONE_VIEWPORT],
  ["desktop", DESKTOP_VIEWPORT],
] as const) {
  describe(`on a ${viewportName}`, () => {
    for (const locale of ["th", "en"] as const) {
      const w = words[locale];
      const fullName =
        locale === "th"
          ? `${citizen.givenNameTh} ${citizen.familyNameTh}`
          : `${citizen.givenNameEn} ${citizen.familyNameEn}`;

      test(`a citizen signs in through the built-in provider in ${w.language} and lands on /me with their name, every page passing WCAG 2.1 AA`, async () => {
        const context = await newContext(browser, server, { viewport });
        const page = await context.newPage();
        const watch = watchPageProblems(page);

        await page.goto("/");
        if (locale === "en") await switchLanguage(page, "en");
        await page.getByRole("navigation").getByRole("link", { name: w.navSignIn }).click();
        await page.waitForURL(/\/sign-in$/);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        await expectAccessiblePage(page);

        await page.getByRole("link", { name: w.devProvider }).click();
        await page.waitForURL(/\/dev-idp\//);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        await expectAccessiblePage(page);

        await page.getByRole("radio", { name: fullName, exact: true }).check();
        await page.getByRole("group", { name: w.levelLegend }).getByRole("radio").first().check();
        await page.getByRole("button", { name: w.signInButton, exact: true }).click();
        await page.waitForURL(/\/me$/);

        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(w.accountHeading);
        await page.getByText(fullName, { exact: true }).first().waitFor({ state: "visible" });
        expect(
          await page.getByRole("navigation").getByRole("button", { name: w.signOut }).count(),
        ).toBe(1);
        await expectAccessiblePage(page);
        expect(watch.problems()).toEqual([]);
        expect(serverErrors(server)).toEqual([]);
        await context.close();
      });
    }
  });
}

test("cancelling at the provider explains that nothing was shared and offers a fresh start, passing WCAG 2.1 AA", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page, { allowedDocumentStatuses: [400] });

  await page.goto("/sign-in");
  await page.getByRole("link", { name: words.th.devProvider }).click();
  await page.waitForURL(/\/dev-idp\//);
  await page.getByRole("button", { name: "ยกเลิกและกลับไปที่ประตู" }).click();
  await page.waitForURL(/\/sign-in\/callback/);

  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("เข้าสู่ระบบไม่สำเร็จ");
  await page.getByText("ไม่มีข้อมูลใดส่งมายังประตู", { exact: false }).waitFor();
  expect(
    await page.getByRole("banner").getByRole("link", { name: words.th.navSignIn }).count(),
  ).toBe(1);
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
