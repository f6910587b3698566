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
import { createTestIssuer, issueTestDocument } from "@test/support/verifiable-documents";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { selectIssuedPdf } from "../repo";
import type { IssuedDocument } from "../schema";

vi.setConfig(BROWSER_TEST_LIMITS);

let browser: Browser;
let server: RunningPratu;
let document: IssuedDocument;
let pdf: Buffer;
let tampered: Buffer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu();
  const issuer = await createTestIssuer(server.db);
  ({ document } = await issueTestDocument({
    db: server.db,
    secrets: server.secrets,
    config: server.config,
    issuer,
  }));
  pdf = Buffer.from((await selectIssuedPdf(server.db, document.id))!);
  tampered = Buffer.from(pdf);
  tampered[300] = tampered[300]! ^ 0x01;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function uploadFile(page: Page, file: Buffer, name: string): Promise<void> {
  await page.goto("/verify");
  await page.getByLabel("ไฟล์ PDF ของเอกสาร").setInputFiles({
    name,
    mimeType: "application/pdf",
    buffer: file,
  });
  await page.getByRole("button", { name: "ตรวจไฟล์" }).click();
  await page.getByRole("heading", { level: 1 }).waitFor();
}

async function checklistOutcomes(page: Page): Promise<(string | null)[]> {
  return page
    .locator(".checklist li")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-outcome")));
}

// axe runs inside the page, so the run without JavaScript checks behaviour only.
for (const [name, viewport, javaScriptEnabled] of [
  ["phone", PHONE_VIEWPORT, true],
  ["desktop without JavaScript", DESKTOP_VIEWPORT, false],
] as const) {
  const checkAccessibility = (page: Page) =>
    javaScriptEnabled ? expectAccessiblePage(page) : Promise.resolve();

  test(`on a ${name}, a verifier uploads the PDF, a tampered copy, and types the code`, async () => {
    const context = await newContext(browser, server, { viewport, javaScriptEnabled });
    const page = await context.newPage();
    const watch = watchPageProblems(page, { allowedDocumentStatuses: [404] });

    await page.goto("/verify");
    await checkAccessibility(page);

    await uploadFile(page, pdf, "permit.pdf");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("เอกสารถูกต้อง");
    expect(await checklistOutcomes(page)).toEqual([
      "passed",
      "passed",
      "passed",
      "passed",
      "passed",
    ]);
    const data = page.getByRole("region", { name: "ข้อมูลในเอกสาร" });
    expect(await data.textContent()).toContain(document.number);
    expect(await data.textContent()).toContain("ร้านข้าวแกงป้าศรี");
    await checkAccessibility(page);

    await uploadFile(page, tampered, "permit-edited.pdf");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("แก้ไขหลังลงนาม");
    expect(await page.locator("main").textContent()).toContain("ไฟล์นี้ถูกแก้ไขหลังลงนาม");
    expect(await page.getByRole("region", { name: "ข้อมูลในเอกสาร" }).count()).toBe(0);
    await checkAccessibility(page);

    await page.goto("/verify");
    const code = document.verifyCode;
    await page
      .getByLabel("รหัสตรวจสอบ", { exact: true })
      .fill(`${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`);
    await page.getByRole("button", { name: "ตรวจด้วยรหัส" }).click();
    await page.getByRole("heading", { level: 1, name: "เอกสารถูกต้อง" }).waitFor();
    expect(await checklistOutcomes(page)).toEqual([
      "passed",
      "passed",
      "passed",
      "passed",
      "not_applicable",
    ]);

    // The QR code's link, for a code nobody was given: a 404 page that says what to do.
    await page.goto("/v/0000000000");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("ไม่พบเอกสาร");
    await checkAccessibility(page);

    expect(watch.problems()).toEqual([]);
    expect(serverErrors(server)).toEqual([]);
    await context.close();
  });
}

test("the QR link opens the result on a phone, in English after the switch", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await page.goto(`/v/${document.verifyCode}`);
  await page.getByRole("heading", { level: 1, name: "เอกสารถูกต้อง" }).waitFor();
  await switchLanguage(page, "en");
  await page.getByRole("heading", { level: 1, name: "Valid document" }).waitFor();
  expect(await page.locator("main").textContent()).toContain("Not revoked or suspended");
  await expectAccessiblePage(page);
  expect(watch.problems()).toEqual([]);
  await context.close();
});
