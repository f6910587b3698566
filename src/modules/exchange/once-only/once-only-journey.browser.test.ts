import {
  BROWSER_TEST_LIMITS,
  expectAccessiblePage,
  launchBrowser,
  newContext,
  PHONE_VIEWPORT,
  type RunningPratu,
  serverErrors,
  startPratu,
  watchPageProblems,
} from "@test/support/browser";
import { totpCodeFor } from "@test/support/officers";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { demoCitizens } from "@/demo/citizens";
import { demoOfficerSignIn } from "@/demo/officers";

vi.setConfig(BROWSER_TEST_LIMITS);

/**
 * Once-only, as the demo shows it on a phone, in Thai: Prayoon applies for
 * Chiang Mai City's elderly allowance; his name, citizen ID and date of
 * birth come from DOPA's population registry on the city's public task, his
 * address with his consent, each shown verified and locked; he submits
 * without attaching any copy. The officer sees where the data came from,
 * and Prayoon sees the calls on "Who used my data".
 */
let browser: Browser;
let server: RunningPratu;

const person = demoCitizens.find((each) => each.citizenId === "3100500141782")!;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startPratu();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signInAsPrayoon(page: Page): Promise<void> {
  await page.getByRole("link", { name: "เข้าสู่ระบบด้วยผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ" }).click();
  await page.waitForURL(/\/dev-idp\//);
  await page
    .getByRole("radio", { name: `${person.givenNameTh} ${person.familyNameTh}`, exact: true })
    .check();
  // The allowance asks for IAL 2.1; the fourth level offered is IAL 2.3 with AAL 2.2.
  await page.getByRole("group", { name: "ระดับการยืนยันตัวตน" }).getByRole("radio").nth(3).check();
  await page.getByRole("button", { name: "เข้าสู่ระบบ", exact: true }).click();
}

async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "บันทึกและไปต่อ" }).click();
  await page.waitForLoadState("load");
}

test("a citizen applies with data from the population registry, attaching no copy; the officer sees its source and the citizen sees the use", async () => {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);

  // The manual says the documents are fetched, not asked for.
  await page.goto("/services/elderly-allowance");
  await page.getByText("ดึงจากทะเบียนของกรมการปกครอง (DOPA)", { exact: false }).first().waitFor();
  await expectAccessiblePage(page);
  await page.getByRole("link", { name: "ยื่นคำขอออนไลน์" }).click();
  await page.waitForURL(/\/sign-in/);
  await signInAsPrayoon(page);
  await page.waitForURL(/\/services\/elderly-allowance\/apply$/);
  await page.getByRole("button", { name: "เริ่มกรอกคำขอใหม่" }).click();

  // The address rests on consent: asked first, in plain words.
  await page.waitForURL(/\/apply\/[0-9a-f-]{36}\/sources\/1$/);
  await page.getByRole("heading", { name: "ขอความยินยอมใช้ข้อมูลของคุณ" }).waitFor();
  await page.getByText("กรมการปกครอง", { exact: false }).first().waitFor();
  await expectAccessiblePage(page);
  await page.getByRole("button", { name: "ให้ความยินยอม", exact: true }).click();
  await page.waitForURL(/\/apply\/[0-9a-f-]{36}$/);

  // Name, ID and date of birth: verified, shown, not asked.
  const fullName = `นาย${person.givenNameTh} ${person.familyNameTh}`;
  await expect(page.locator('[data-locked="fullName"]').textContent()).resolves.toContain(fullName);
  await expect(page.locator('[data-locked="citizenId"]').textContent()).resolves.toContain(
    "3-1005-00141-78-2",
  );
  await expect(page.locator('[data-locked="birthDate"]').textContent()).resolves.toContain(
    "14 มีนาคม 2506",
  );
  await expect(page.locator('[data-locked="fullName"]').textContent()).resolves.toMatch(
    /ตรวจสอบแล้วจาก ทะเบียนราษฎร กรมการปกครอง เมื่อ \d\d:\d\d น\./,
  );
  expect(await page.getByRole("textbox", { name: "ชื่อ-นามสกุล" }).count()).toBe(0);
  expect(await page.locator('[name="fullName"], [name="citizenId"]').count()).toBe(0);
  await expectAccessiblePage(page);
  await page.getByRole("radio", { name: "หม้าย" }).check();
  await page.getByLabel("หมายเลขโทรศัพท์").fill("081-234-5678");
  await next(page);

  // The registered address: verified with consent; no copy of the house registration asked.
  await expect(page.locator('[data-locked="registeredAddress"]').textContent()).resolves.toContain(
    "99/1 ถนนเจริญราษฎร์",
  );
  await page.getByText("ไม่ต้องแนบสำเนา", { exact: false }).first().waitFor();
  expect(await page.locator('input[type="file"]').count()).toBe(0);
  await expectAccessiblePage(page);
  await next(page);

  await page.locator('[name="receivesStatePension"][value="no"]').check();
  await next(page);
  await page.locator('[name="paymentMethod"][value="cash"]').check();
  await next(page);
  await page.locator('[name="truthfulness"]').check();
  await next(page);

  await page.waitForURL(/\/review$/);
  await page.getByRole("heading", { name: "ที่มาของข้อมูล" }).waitFor();
  await expectAccessiblePage(page);
  await page.getByRole("button", { name: "ยื่นคำขอ", exact: true }).click();
  await page.waitForURL(/\/me\/applications\/[0-9a-f-]{36}\/receipt$/);
  const reference = (await page.locator(".receipt__reference").textContent())!.trim();
  expect(reference).toMatch(/^CHIANGMAI-CITY-25\d\d-\d{6}$/);
  await expectAccessiblePage(page);

  // Nothing was attached: the application holds no file.
  const { rows: files } = await server.db.query(
    `select 1 from application_attachments a join applications p on p.id = a.application_id
      where p.reference = $1`,
    [reference],
  );
  expect(files).toHaveLength(0);

  // The municipality's officer sees where the data came from, and asks for no copy.
  const officerContext = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  const officerPage = await officerContext.newPage();
  const watchOfficer = watchPageProblems(officerPage);
  await officerPage.goto("/officer/sign-in");
  await officerPage.getByLabel("อีเมล").fill("anan@cmcity.example");
  await officerPage.getByLabel("รหัสผ่าน").fill(demoOfficerSignIn.password);
  await officerPage.getByRole("button", { name: "ดำเนินการต่อ" }).click();
  await officerPage.waitForURL(/\/officer\/sign-in\/verify$/);
  await officerPage.getByLabel("รหัส 6 หลัก").fill(totpCodeFor(demoOfficerSignIn.totpSecret));
  await officerPage.getByRole("button", { name: "ยืนยัน", exact: true }).click();
  await officerPage.waitForURL(/\/console$/);
  await officerPage.goto("/console/inbox");
  await officerPage.getByRole("link", { name: reference }).click();
  await officerPage.getByRole("heading", { name: "ที่มาของข้อมูล" }).waitFor();
  const sources = officerPage.locator("[data-sources]");
  await expect(sources.textContent()).resolves.toMatch(
    /ตรวจสอบแล้วจากทะเบียนราษฎร เมื่อ [^(]*\d\d:\d\d \(DOPA\)/,
  );
  await expect(sources.locator('[data-source-status="verified"]').count()).resolves.toBe(2);
  await expect(sources.textContent()).resolves.toContain("ไม่ต้องขอสำเนาจากผู้ยื่น");
  await officerPage.getByText("ไม่มีเอกสารแนบ").waitFor();
  await expectAccessiblePage(officerPage);
  expect(watchOfficer.problems()).toEqual([]);
  await officerContext.close();

  // The citizen sees who used his data, for what.
  await page.goto("/me/data-use");
  await page.getByRole("heading", { name: "ใครใช้ข้อมูลของฉัน", level: 1 }).waitFor();
  const main = page.locator("main");
  await expect(main.textContent()).resolves.toContain("เทศบาลนครเชียงใหม่");
  await expect(main.textContent()).resolves.toContain("ที่อยู่ตามทะเบียนบ้าน");
  await expect(main.textContent()).resolves.toContain("ข้อมูลบุคคลพื้นฐาน");
  await expect(main.textContent()).resolves.toContain("ได้รับข้อมูล");
  await expectAccessiblePage(page);

  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
