import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

import type { Locale } from "@/core/i18n";
import { type DemoOfficer, demoOfficers, demoOfficerSignIn } from "@/demo/officers";

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
import { createTestOfficer, totpCodeFor } from "../support/officers";

vi.setConfig(BROWSER_TEST_LIMITS);

let browser: Browser;
let server: RunningPratu;

beforeAll(async () => {
  browser = await launchBrowser();
  // Every test signs in from the same address; the per-minute limit is tested elsewhere.
  server = await startPratu({ config: { security: { signInRateLimitPerMinute: 1000 } } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const words = {
  th: {
    language: "Thai",
    homeLink: "สำหรับเจ้าหน้าที่: เข้าสู่ระบบเจ้าหน้าที่",
    email: "อีเมล",
    password: "รหัสผ่าน",
    continue: "ดำเนินการต่อ",
    code: "รหัส 6 หลัก",
    confirm: "ยืนยัน",
    enrolConfirm: "ยืนยันและเข้าสู่ระบบ",
    secretLabel: "รหัสลับ",
    consoleSections: "เมนูระบบเจ้าหน้าที่",
    overview: "ภาพรวมหน่วยงาน",
    chooseAgency: "ใช้หน่วยงานนี้",
  },
  en: {
    language: "English",
    homeLink: "For officers: sign in to the officer console",
    email: "Email address",
    password: "Password",
    continue: "Continue",
    code: "6-digit code",
    confirm: "Confirm",
    enrolConfirm: "Confirm and sign in",
    secretLabel: "Secret key",
    consoleSections: "Console sections",
    overview: "Agency overview",
    chooseAgency: "Use this agency",
  },
} as const satisfies Record<Locale, Record<string, string>>;

function demoOfficer(email: string): DemoOfficer {
  const officer = demoOfficers.find((candidate) => candidate.email === email);
  if (!officer) throw new Error(`The demo data has no officer ${email}.`);
  return officer;
}

/** A code for the same secret that is not the current one (nor its neighbours). */
function wrongCodeFor(secret: string): string {
  const valid = new Set(
    [-30_000, 0, 30_000].map((offset) => totpCodeFor(secret, Date.now() + offset)),
  );
  let code = 0;
  while (valid.has(String(code).padStart(6, "0"))) code += 1;
  return String(code).padStart(6, "0");
}

async function submitPassword(page: Page, locale: Locale, email: string, password: string) {
  const w = words[locale];
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.password).fill(password);
  await page.getByRole("button", { name: w.continue }).click();
}

async function submitCode(page: Page, locale: Locale, code: string, button: string) {
  await page.getByLabel(words[locale].code).fill(code);
  await page.getByRole("button", { name: button, exact: true }).click();
}

/** Opens every console section the officer is shown, checking each page. */
async function visitConsoleSections(page: Page, locale: Locale): Promise<string[]> {
  const sections = page.getByRole("navigation", { name: words[locale].consoleSections });
  const hrefs = await sections
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    await sections
      .getByRole("link")
      .and(page.locator(`[href="${href}"]`))
      .click();
    await page.waitForURL((url) => url.pathname === href);
    await expectAccessiblePage(page);
  }
  return hrefs;
}

// A different demo officer for each run: a TOTP code is accepted only once.
const runs = [
  { viewport: PHONE_VIEWPORT, locale: "th", email: "somsri@dopa.example" },
  { viewport: DESKTOP_VIEWPORT, locale: "th", email: "anan@cmcity.example" },
  { viewport: PHONE_VIEWPORT, locale: "en", email: "pimchanok@dbd.example" },
  { viewport: DESKTOP_VIEWPORT, locale: "en", email: "kittipong@dga.example" },
] as const;

describe("demo officers", () => {
  for (const run of runs) {
    const w = words[run.locale];
    const officer = demoOfficer(run.email);
    const viewportName = run.viewport === PHONE_VIEWPORT ? "phone" : "desktop";

    test(`${officer.nameEn} signs in with password then authenticator code in ${w.language} on a ${viewportName} and reaches the console, every page passing WCAG 2.1 AA`, async () => {
      const context = await newContext(browser, server, { viewport: run.viewport });
      const page = await context.newPage();
      const watch = watchPageProblems(page);

      await page.goto("/");
      if (run.locale === "en") await switchLanguage(page, "en");
      await page.getByRole("link", { name: w.homeLink }).click();
      await page.waitForURL(/\/officer\/sign-in$/);
      await expectAccessiblePage(page);

      await submitPassword(page, run.locale, officer.email, demoOfficerSignIn.password);
      await page.waitForURL(/\/officer\/sign-in\/verify$/);
      await expectAccessiblePage(page);

      await submitCode(page, run.locale, totpCodeFor(demoOfficerSignIn.totpSecret), w.confirm);
      await page.waitForURL(/\/console$/);
      expect(await page.locator("html").getAttribute("lang")).toBe(run.locale);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(w.overview);
      const name = run.locale === "th" ? officer.nameTh : officer.nameEn;
      await page.getByText(`${name} (${officer.email})`).waitFor({ state: "visible" });
      await expectAccessiblePage(page);

      expect(await visitConsoleSections(page, run.locale)).toContain("/console");
      expect(watch.problems()).toEqual([]);
      expect(serverErrors(server)).toEqual([]);
      await context.close();
    });
  }

  test("an officer of two agencies chooses one before the console opens", async () => {
    const officer = demoOfficer("prasert@chiangmai.example");
    const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    const watch = watchPageProblems(page);

    await page.goto("/officer/sign-in");
    await submitPassword(page, "th", officer.email, demoOfficerSignIn.password);
    await page.waitForURL(/\/officer\/sign-in\/verify$/);
    await submitCode(page, "th", totpCodeFor(demoOfficerSignIn.totpSecret), words.th.confirm);
    await page.waitForURL(/\/console\/agency/);
    await expectAccessiblePage(page);

    await page.getByRole("radio", { name: /^ที่ว่าการอำเภอเมืองเชียงใหม่/ }).check();
    await page.getByRole("button", { name: words.th.chooseAgency }).click();
    await page.waitForURL(/\/console$/);
    expect(await page.locator(".caption").first().textContent()).toContain(
      "ที่ว่าการอำเภอเมืองเชียงใหม่",
    );
    await expectAccessiblePage(page);
    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await context.close();
  });
});

test("a wrong password and a wrong code are each explained in an error summary that passes WCAG 2.1 AA", async () => {
  const officer = await createTestOfficer({
    db: server.db,
    secrets: server.secrets,
    memberships: [{ agencyCode: "DOPA", role: "officer" }],
  });
  if (!officer.totpSecret) throw new Error("The test officer has no second factor.");
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page, { allowedDocumentStatuses: [400, 401] });

  await page.goto("/officer/sign-in");
  await submitPassword(page, "th", officer.email, "not the password");
  const passwordSummary = page.getByRole("alert");
  await passwordSummary.waitFor({ state: "visible" });
  expect(await passwordSummary.getByRole("link").count()).toBeGreaterThan(0);
  expect(await page.getByLabel(words.th.email).inputValue()).toBe(officer.email);
  await expectAccessiblePage(page);

  await submitPassword(page, "th", officer.email, officer.password);
  await page.waitForURL(/\/officer\/sign-in\/verify$/);
  await submitCode(page, "th", wrongCodeFor(officer.totpSecret), words.th.confirm);
  const codeSummary = page.getByRole("alert");
  await codeSummary.waitFor({ state: "visible" });
  expect(await page.getByLabel(words.th.code).getAttribute("aria-invalid")).toBe("true");
  await expectAccessiblePage(page);

  expect(new URL(page.url()).pathname).toBe("/officer/sign-in/verify");
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});

test("an officer without a second factor enrols by typing the secret key into an authenticator and reaches the console", async () => {
  const officer = await createTestOfficer({
    db: server.db,
    secrets: server.secrets,
    memberships: [{ agencyCode: "DBD", role: "officer" }],
    hasTotp: false,
  });
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);

  await page.goto("/officer/sign-in");
  await switchLanguage(page, "en");
  await submitPassword(page, "en", officer.email, officer.password);
  await page.waitForURL(/\/officer\/sign-in\/enrol$/);
  await expectAccessiblePage(page);
  const qrCode = page.getByRole("img");
  expect(await qrCode.getAttribute("alt")).toContain(officer.email);

  const secretText = await page
    .locator("dt", { hasText: words.en.secretLabel })
    .locator("xpath=following-sibling::dd[1]")
    .textContent();
  const secret = secretText?.replace(/\s/g, "");
  if (!secret) throw new Error("The enrolment page shows no secret key.");
  await submitCode(page, "en", totpCodeFor(secret), words.en.enrolConfirm);
  await page.waitForURL(/\/console$/);
  await page.getByText(`Test Officer (${officer.email})`).waitFor({ state: "visible" });
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
