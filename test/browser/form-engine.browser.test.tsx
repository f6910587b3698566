import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { securityHeaders } from "@/core/http/security-headers";
import { type Locale, translatorFor } from "@/core/i18n";
import { findAsset } from "@/core/ui/assets";
import { Layout } from "@/core/ui/layout";
import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import {
  addressRoutes,
  type Answers,
  answersFromFormBody,
  FormStep,
  validateAnswers,
} from "@/modules/services";

import {
  BROWSER_TEST_LIMITS,
  expectAccessiblePage,
  launchBrowser,
  PHONE_VIEWPORT,
  watchPageProblems,
} from "../support/browser";

vi.setConfig(BROWSER_TEST_LIMITS);

/**
 * The form engine's pages in a real browser, with the real content security
 * policy and nothing else of Pratu around them: a step posts back to itself,
 * keeping its answers, the way the applications module drives it.
 */
function formHarness() {
  let answers: Answers = {};
  const app = new Hono();
  app.use("*", securityHeaders({ isSecure: false }));
  app.get("/assets/*", (c) => {
    const asset = findAsset(c.req.path);
    return asset
      ? c.body(asset.body.slice(), 200, { "content-type": asset.contentType })
      : c.notFound();
  });
  app.route("/", addressRoutes);
  const show = (
    c: { req: { url: string }; get: (key: "secureHeadersNonce") => string | undefined },
    stepId: string,
    locale: Locale,
    submitted?: boolean,
  ) => {
    const checked = validateAnswers({
      form: elderlyAllowanceForm,
      answers,
      mode: submitted ? "submit" : "draft",
      stepId,
    });
    return (
      <Layout
        page={{
          locale,
          t: translatorFor(locale),
          actor: { type: "anonymous" },
          csrfToken: null,
          path: new URL(c.req.url).pathname,
          requestId: "test",
          nonce: c.get("secureHeadersNonce"),
        }}
        title="Form"
      >
        <FormStep
          form={elderlyAllowanceForm}
          stepId={stepId}
          answers={answers}
          problems={checked.ok ? [] : checked.problems}
          locale={locale}
          action={`/form/${stepId}?lang=${locale}`}
          csrfToken={null}
          nonce={c.get("secureHeadersNonce")}
          buttons={
            <button class="button" type="submit" name="_go" value="next">
              {locale === "th" ? "ต่อไป" : "Continue"}
            </button>
          }
        />
      </Layout>
    );
  };
  const localeOf = (url: string): Locale =>
    new URL(url).searchParams.get("lang") === "en" ? "en" : "th";
  app.get("/form/:step", (c) => c.html(show(c, c.req.param("step"), localeOf(c.req.url))));
  app.post("/form/:step", async (c) => {
    const body: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(await c.req.parseBody({ all: true }))) {
      const texts = (Array.isArray(value) ? value : [value]).filter(
        (each) => typeof each === "string",
      );
      if (texts.length > 0) body[name] = texts.length === 1 ? texts[0]! : texts;
    }
    const posted = answersFromFormBody(elderlyAllowanceForm, c.req.param("step"), body);
    answers = { ...answers, ...posted.answers };
    return c.html(show(c, c.req.param("step"), localeOf(c.req.url), posted.action === null));
  });
  return { app, reset: () => (answers = {}), answers: () => answers };
}

let browser: Browser;
let server: Server;
let baseUrl: string;
const harness = formHarness();

beforeAll(async () => {
  browser = await launchBrowser();
  server = createServer(getRequestListener(harness.app.fetch));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPage(options: { javaScriptEnabled: boolean }): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: PHONE_VIEWPORT,
    ...options,
    locale: "th-TH",
  });
  return context.newPage();
}

describe("form pages in a browser", () => {
  it("fills the district and subdistrict lists and the postcode as the person chooses", async () => {
    harness.reset();
    const page = await openPage({ javaScriptEnabled: true });
    const watch = watchPageProblems(page);
    await page.goto("/form/address");
    await expect
      .poll(() => page.getByRole("button", { name: "แสดงอำเภอ/เขต" }).isHidden())
      .toBe(true);
    await page.getByLabel("จังหวัด").selectOption("50");
    await expect.poll(() => page.getByLabel("อำเภอ/เขต").isEnabled()).toBe(true);
    await page.getByLabel("อำเภอ/เขต").selectOption({ label: "เมืองเชียงใหม่" });
    await expect.poll(() => page.getByLabel("ตำบล/แขวง").isEnabled()).toBe(true);
    await page.getByLabel("ตำบล/แขวง").selectOption({ label: "ช้างเผือก" });
    await expect.poll(() => page.getByLabel("รหัสไปรษณีย์").inputValue()).toBe("50300");
    await page.getByLabel("บ้านเลขที่ หมู่ที่ ซอย ถนน").fill("99/1 ถนนช้างเผือก");
    await expectAccessiblePage(page);
    await page.getByRole("button", { name: "ต่อไป" }).click();
    await page.waitForLoadState("load");
    expect(harness.answers().registeredAddress).toEqual({
      line: "99/1 ถนนช้างเผือก",
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500107",
      postcode: "50300",
    });
    expect(watch.problems()).toEqual([]);
  });

  it("chooses an address one level at a time without JavaScript", async () => {
    harness.reset();
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto("/form/address");
    await page.getByLabel("จังหวัด").selectOption("50");
    await page.getByRole("button", { name: "แสดงอำเภอ/เขต" }).click();
    await page.getByLabel("อำเภอ/เขต").selectOption({ label: "เมืองเชียงใหม่" });
    await page.getByRole("button", { name: "แสดงตำบล/แขวงและรหัสไปรษณีย์" }).click();
    await page.getByLabel("ตำบล/แขวง").selectOption({ label: "ช้างเผือก" });
    await page.getByRole("button", { name: "แสดงตำบล/แขวงและรหัสไปรษณีย์" }).click();
    expect(await page.getByLabel("รหัสไปรษณีย์").inputValue()).toBe("50300");
    expect(harness.answers().registeredAddress).toMatchObject({ subdistrictCode: "500107" });
  });

  it("shows bank questions only for a transfer, and lists problems linked to their questions", async () => {
    harness.reset();
    const page = await openPage({ javaScriptEnabled: true });
    const watch = watchPageProblems(page);
    await page.goto("/form/payment?lang=en");
    await expect.poll(() => page.getByLabel("Bank", { exact: true }).isHidden()).toBe(true);
    await page.getByLabel("By transfer to your own bank account").check();
    await expect.poll(() => page.getByLabel("Bank", { exact: true }).isVisible()).toBe(true);
    await page.getByLabel("Account number").fill("12-34");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForLoadState("load");
    const summary = page.getByRole("alert");
    await expect.poll(() => summary.textContent()).toContain("Choose “Bank”");
    const link = summary.getByRole("link", { name: "The account number must be 10 to 12 digits" });
    expect(await link.getAttribute("href")).toBe("#field-accountNumber");
    expect(await page.locator("#field-accountNumber").getAttribute("aria-invalid")).toBe("true");
    await expectAccessiblePage(page);
    expect(watch.problems()).toEqual([]);
  });

  it("asks for a date in the Buddhist Era and reads it back as a date", async () => {
    harness.reset();
    const page = await openPage({ javaScriptEnabled: true });
    await page.goto("/form/applicant");
    await page.getByLabel("วันที่", { exact: true }).fill("5");
    await page.getByLabel("เดือน").selectOption({ label: "มีนาคม" });
    await page.getByLabel("ปี (พ.ศ.)").fill("2500");
    await page.getByRole("button", { name: "ต่อไป" }).click();
    await page.waitForLoadState("load");
    expect(harness.answers().birthDate).toBe("1957-03-05");
    expect(await page.getByLabel("ปี (พ.ศ.)").inputValue()).toBe("2500");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("โปรดกรอก “ชื่อ-นามสกุล”");
    await expectAccessiblePage(page);
  });
});
