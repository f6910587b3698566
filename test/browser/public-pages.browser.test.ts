import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

import type { Locale } from "@/core/i18n";

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

interface PublicPage {
  name: string;
  path: string;
  status: number;
  /** What a person does on the page before reading it (in Thai). */
  act?: (page: Page) => Promise<void>;
  /** Text that must be visible once the page is in that language. */
  text: Record<Locale, string>;
}

const publicPages: PublicPage[] = [
  {
    name: "the home page",
    path: "/",
    status: 200,
    text: { th: "ประตูเดียวสู่บริการภาครัฐ", en: "One door to government services" },
  },
  {
    name: "the agency directory",
    path: "/agencies",
    status: 200,
    text: { th: "หน่วยงานภาครัฐ", en: "Government agencies" },
  },
  {
    name: "an agency's page",
    path: "/agencies/DOPA",
    status: 200,
    text: { th: "กรมการปกครอง", en: "Department of Provincial Administration" },
  },
  {
    name: "an agency search in Thai",
    path: "/agencies",
    status: 200,
    act: async (page) => {
      await page.getByLabel("ค้นหาหน่วยงาน").fill("มหาดไทย");
      await page.getByRole("button", { name: "ค้นหา" }).click();
      await page.waitForURL(/\/agencies\?q=/);
    },
    text: { th: "พบ 1 หน่วยงาน", en: "1 agency found" },
  },
  {
    name: "the service catalogue",
    path: "/services",
    status: 200,
    text: { th: "บริการภาครัฐ", en: "Government services" },
  },
  {
    name: "a service search in Thai without spaces",
    path: "/services",
    status: 200,
    act: async (page) => {
      await page.getByLabel("ค้นหาบริการ").fill("เบี้ยยังชีพ");
      await page.getByRole("button", { name: "ค้นหา" }).click();
      await page.waitForURL(/\/services\?q=/);
    },
    text: { th: "พบ 1 บริการ", en: "1 service found" },
  },
  {
    name: "a service's citizen's manual",
    path: "/services/building-permit",
    status: 200,
    text: { th: "คู่มือสำหรับประชาชน", en: "Citizen's manual" },
  },
  {
    name: "the API reference",
    path: "/api/docs",
    status: 200,
    text: { th: "เอกสาร API", en: "API reference" },
  },
  {
    name: "a missing page",
    path: "/no-such-page",
    status: 404,
    text: {
      th: "ไม่พบหน้าที่คุณต้องการ",
      en: "We could not find that page",
    },
  },
];

async function expectReadableIn(page: Page, locale: Locale, text: string): Promise<void> {
  expect(await page.locator("html").getAttribute("lang")).toBe(locale);
  await page.getByText(text).first().waitFor({ state: "visible", timeout: 5_000 });
}

for (const [viewportName, viewport] of [
  ["phone", PHONE_VIEWPORT],
  ["desktop", DESKTOP_VIEWPORT],
] as const) {
  describe(`on a ${viewportName} (${viewport.width}×${viewport.height})`, () => {
    for (const spec of publicPages) {
      test(`${spec.name} reads in Thai, then in English after the language switch, with no WCAG 2.1 AA violation, console error or CSP violation`, async () => {
        const context = await newContext(browser, server, { viewport });
        const page = await context.newPage();
        const watch = watchPageProblems(page, { allowedDocumentStatuses: [spec.status] });

        const response = await page.goto(spec.path);
        expect(response?.status()).toBe(spec.status);
        await spec.act?.(page);
        await expectReadableIn(page, "th", spec.text.th);
        await expectAccessiblePage(page);

        await switchLanguage(page, "en");
        await expectReadableIn(page, "en", spec.text.en);
        await expectAccessiblePage(page);

        expect(watch.problems()).toEqual([]);
        expect(serverErrors(server)).toEqual([]);
        await context.close();
      });
    }
  });
}

test("the search keeps the Thai query and its result when the page switches to English", async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto(`/agencies?q=${encodeURIComponent("มหาดไทย")}`);
  await switchLanguage(page, "en");

  expect(await page.getByLabel("Search agencies").inputValue()).toBe("มหาดไทย");
  const results = page.locator(".card-list h3 a");
  expect(await results.allTextContents()).toEqual(["Ministry of Interior"]);
  await context.close();
});

test("serves the Sarabun font and renders Thai text with it", async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  const fontResponses: { url: string; status: number }[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".woff2"))
      fontResponses.push({ url: new URL(response.url()).pathname, status: response.status() });
  });

  await page.goto("/");
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      isThaiReady: document.fonts.check("16px Sarabun", "ภาษาไทย"),
      loadedThaiFaces: [...document.fonts]
        .filter((face) => face.family.replace(/"/g, "") === "Sarabun" && face.status === "loaded")
        .filter((face) => face.unicodeRange.includes("E01"))
        .map((face) => face.weight),
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  });

  expect(fontResponses).toContainEqual({
    url: "/assets/fonts/sarabun-thai-400.woff2",
    status: 200,
  });
  expect(fontResponses.filter((response) => response.status !== 200)).toEqual([]);
  expect(fonts.isThaiReady).toBe(true);
  expect(fonts.loadedThaiFaces).toContain("400");
  expect(fonts.bodyFont).toMatch(/^"?Sarabun"?,/);
  await context.close();
});

test("the first Tab reaches the skip link, which moves focus to the main content", async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await page.goto("/agencies");

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "ข้ามไปยังเนื้อหา" });
  expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
  // Off-screen until focused; once focused it must be on screen for sighted keyboard users.
  expect((await skipLink.boundingBox())?.x).toBeGreaterThanOrEqual(0);

  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  await context.close();
});

test("the problem watcher reports a CSP violation, so a clean page means clean", async () => {
  const context = await newContext(browser, server);
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await page.goto("/");

  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.title = 'inline'";
    document.body.append(script);
  });
  await page.getByText("ประตูเดียวสู่บริการภาครัฐ").first().waitFor();

  await expect.poll(() => watch.problems().join("\n")).toContain("Content Security Policy");
  expect(await page.title()).not.toBe("inline");
  await context.close();
});
