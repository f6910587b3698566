import type { Browser, BrowserContext, Page } from "playwright-core";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import { startWorker, type Worker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";
import { demoCitizens } from "@/demo/citizens";
import { demoOfficerSignIn } from "@/demo/officers";
import { jobHandlers } from "@/job-handlers";

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
import { type MailServer, startMailServer } from "../support/mail-server";
import { totpCodeFor } from "../support/officers";

vi.setConfig(BROWSER_TEST_LIMITS);

/**
 * The journey of issue #3 as people make it, in Thai, on a phone: a citizen
 * finds the elderly allowance, fills part of the form, comes back on another
 * device, submits and gets the receipt by e-mail through a real SMTP server;
 * the officer asks for more information; the citizen amends; the officer
 * approves; the citizen reads the result and rates the service. Since issue
 * #6 the form fetches the name, ID, date of birth and (with consent) the
 * address from the population registry, so the citizen types only the rest.
 */
let browser: Browser;
let server: RunningPratu;
let mail: MailServer;
let worker: Worker;

const person = demoCitizens.find((each) => each.citizenId === "3100500141782")!;
const fullName = `${person.givenNameTh} ${person.familyNameTh}`;

beforeAll(async () => {
  mail = await startMailServer();
  browser = await launchBrowser();
  server = await startPratu({ config: { notify: { smtpUrl: mail.url } } });
  // The worker is stepped by the test, so each notice is sent exactly when asked.
  worker = startWorker({
    db: server.db,
    logger: createLogger("silent"),
    config: server.config,
    secrets: server.secrets,
    handlers: jobHandlers,
    poll: false,
  });
});

afterAll(async () => {
  await worker?.stop();
  await browser?.close();
  await server?.close();
  await mail?.close();
});

async function sendQueuedNotices(): Promise<void> {
  while ((await worker.runOnce()) > 0) {
    // Run until the queue is empty.
  }
}

async function mailFor(reference: string, count: number) {
  await sendQueuedNotices();
  const parsed = await Promise.all(mail.received.map((each) => PostalMime.parse(each.raw)));
  const mine = parsed.filter((message) => (message.subject ?? "").includes(reference));
  expect(mine.length).toBe(count);
  return mine;
}

async function signInAsCitizen(page: Page): Promise<void> {
  await page.getByRole("link", { name: "เข้าสู่ระบบด้วยผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ" }).click();
  await page.waitForURL(/\/dev-idp\//);
  await page.getByRole("radio", { name: fullName, exact: true }).check();
  // The allowance asks for IAL 2.1; the fourth level offered is IAL 2.3 with AAL 2.2.
  await page.getByRole("group", { name: "ระดับการยืนยันตัวตน" }).getByRole("radio").nth(3).check();
  await page.getByRole("button", { name: "เข้าสู่ระบบ", exact: true }).click();
}

async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "บันทึกและไปต่อ" }).click();
  await page.waitForLoadState("load");
}

async function checked(page: Page): Promise<void> {
  await expectAccessiblePage(page);
}

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
  return { context, page: await context.newPage() };
}

test("apply, resume on another device, receipt by e-mail, one request for more, amend, approve, rate", async () => {
  // A citizen finds the service in the catalogue and starts on a phone.
  const first = await phone();
  const watchFirst = watchPageProblems(first.page);
  await first.page.goto("/services?q=เบี้ยยังชีพ");
  await first.page.getByRole("link", { name: "การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ" }).click();
  await checked(first.page);
  await first.page.getByRole("link", { name: "ยื่นคำขอออนไลน์" }).click();
  await first.page.waitForURL(/\/sign-in/);
  await signInAsCitizen(first.page);
  await first.page.waitForURL(/\/services\/elderly-allowance\/apply$/);
  await checked(first.page);
  await first.page.getByRole("button", { name: "เริ่มกรอกคำขอใหม่" }).click();
  // The address is fetched only with consent, asked before the form.
  await first.page.waitForURL(/\/apply\/[0-9a-f-]{36}\/sources\/1$/);
  await checked(first.page);
  await first.page.getByRole("button", { name: "ให้ความยินยอม", exact: true }).click();
  await first.page.waitForURL(/\/apply\/[0-9a-f-]{36}$/);
  await checked(first.page);
  // Name, ID and date of birth come verified from the registry: nothing to type.
  expect(await first.page.locator('[data-locked="fullName"]').textContent()).toContain(
    `นาย${fullName}`,
  );
  expect(await first.page.locator('[name="fullName"]').count()).toBe(0);
  await first.page.getByRole("radio", { name: "หม้าย" }).check();
  await first.page.getByRole("button", { name: "บันทึกไว้ทำต่อภายหลัง" }).click();
  await first.page.getByText("บันทึกร่างแล้ว").waitFor();
  await checked(first.page);
  expect(watchFirst.problems()).toEqual([]);
  await first.context.close();

  // Later, on another device: the draft is waiting, with what was typed.
  const { context, page } = await phone();
  const watch = watchPageProblems(page);
  await page.goto("/me/applications");
  await page.waitForURL(/\/sign-in/);
  await signInAsCitizen(page);
  await page.waitForURL(/\/me\/applications$/);
  await checked(page);
  await page.getByRole("link", { name: "การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ" }).click();
  expect(await page.locator('[data-locked="birthDate"]').textContent()).toContain("2506");
  expect(await page.getByRole("radio", { name: "หม้าย" }).isChecked()).toBe(true);
  await page.getByLabel("หมายเลขโทรศัพท์").fill("081-234-5678");
  await next(page);

  // The registered address, fetched with the consent given on the first device.
  expect(await page.locator('[data-locked="registeredAddress"]').textContent()).toContain(
    "99/1 ถนนเจริญราษฎร์",
  );
  await checked(page);
  await next(page);

  await page.locator('[name="receivesStatePension"][value="no"]').check();
  await next(page);
  await page.locator('[name="paymentMethod"][value="cash"]').check();
  await checked(page);
  await next(page);
  await page.locator('[name="truthfulness"]').check();
  await next(page);

  await page.waitForURL(/\/review$/);
  await checked(page);
  await page.getByRole("button", { name: "ยื่นคำขอ", exact: true }).click();
  await page.waitForURL(/\/me\/applications\/[0-9a-f-]{36}\/receipt$/);
  await checked(page);
  const reference = (await page.locator(".receipt__reference").textContent())!.trim();
  expect(reference).toMatch(/^CHIANGMAI-CITY-25\d\d-\d{6}$/);
  const applicationPath = new URL(page.url()).pathname.replace(/\/receipt$/, "");

  const [receiptMail] = await mailFor(reference, 1);
  expect(receiptMail!.to?.map((address) => address.address)).toEqual([person.email]);
  expect(receiptMail!.text).toContain(reference);

  // The officer of the municipality asks, once, for more.
  const officerContext = await newContext(browser, server);
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
  await checked(officerPage);
  await officerPage.getByRole("link", { name: reference }).click();
  await checked(officerPage);
  await officerPage.getByRole("button", { name: "รับเรื่อง", exact: true }).click();
  await officerPage.waitForLoadState("load");
  await officerPage
    .getByLabel("สิ่งที่ผู้ยื่นต้องส่งหรือแก้ไข")
    .fill("โปรดตรวจสอบหมายเลขโทรศัพท์ที่ติดต่อได้ในเวลาราชการ");
  await officerPage.getByRole("button", { name: "ส่งคำขอข้อมูลเพิ่มเติม" }).click();
  await officerPage.waitForLoadState("load");
  await officerPage.getByText("กฎหมายให้ขอได้เพียงครั้งเดียว", { exact: false }).first().waitFor();
  await checked(officerPage);
  await mailFor(reference, 2);

  // The citizen amends the same application.
  await page.goto(applicationPath);
  await page.getByRole("heading", { name: "หน่วยงานขอข้อมูลเพิ่มเติม" }).waitFor();
  await checked(page);
  await page.getByRole("button", { name: "แก้ไขและส่งข้อมูลเพิ่มเติม" }).click();
  await page.waitForURL(/\/apply\/[0-9a-f-]{36}/);
  await page.getByLabel("หมายเลขโทรศัพท์").fill("053-123-456");
  for (let step = 0; step < 5 && !page.url().endsWith("/review"); step += 1) await next(page);
  await page.waitForURL(/\/review$/);
  await page.getByRole("button", { name: "ส่งข้อมูลเพิ่มเติม" }).click();
  await page.waitForURL(/\?done=amended$/);
  await page.getByText("ส่งข้อมูลเพิ่มเติมแล้ว").first().waitFor();
  await checked(page);

  // The officer approves with the service's own wording.
  await officerPage.reload();
  await officerPage.getByRole("radio", { name: "อนุมัติ", exact: true }).check();
  await officerPage.getByRole("radio", { name: /มีคุณสมบัติครบ/ }).check();
  await officerPage.getByRole("button", { name: "บันทึกผลการพิจารณา" }).click();
  await officerPage.waitForLoadState("load");
  await checked(officerPage);
  expect(watchOfficer.problems()).toEqual([]);
  await officerContext.close();
  const decidedMails = await mailFor(reference, 3);
  expect(decidedMails.at(-1)!.text).toContain("ได้ขึ้นทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ");

  // The citizen reads the result and rates the service.
  await page.goto(applicationPath);
  await page.getByRole("heading", { name: "ผลการพิจารณา" }).waitFor();
  await page.getByText("ได้ขึ้นทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", { exact: false }).first().waitFor();
  await checked(page);
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByLabel("ความคิดเห็น (ไม่บังคับ)").fill("สะดวก ไม่ต้องเดินทาง");
  await page.getByRole("button", { name: "ส่งความคิดเห็น" }).click();
  await page.getByText("ขอบคุณสำหรับความคิดเห็น").waitFor();
  await checked(page);
  await page.goto("/services/elderly-allowance");
  await page.getByText("ความพึงพอใจ 100%", { exact: false }).waitFor();

  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});

test("a person applies in English on a computer and gets the receipt in English", async () => {
  const context = await newContext(browser, server, { viewport: DESKTOP_VIEWPORT });
  const page = await context.newPage();
  const watch = watchPageProblems(page);
  await page.goto("/services/elderly-allowance");
  await switchLanguage(page, "en");
  await page.getByRole("link", { name: "Apply online" }).click();
  await page.waitForURL(/\/sign-in/);
  await page.getByRole("link", { name: "Sign in with the test identity provider" }).click();
  await page.waitForURL(/\/dev-idp\//);
  const englishName = `${person.givenNameEn} ${person.familyNameEn}`;
  await page.getByRole("radio", { name: englishName, exact: true }).check();
  await page.getByRole("group", { name: "Assurance level" }).getByRole("radio").nth(3).check();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/services\/elderly-allowance\/apply$/);
  await page.getByRole("button", { name: "Start a new application" }).click();
  await page.waitForURL(/\/apply\/[0-9a-f-]{36}/);
  // Consent to fetch the address is asked once; given earlier in this file, it is still in force.
  if (/\/sources\/\d+$/.test(page.url())) {
    await checked(page);
    await page.getByRole("button", { name: "I consent", exact: true }).click();
    await page.waitForURL(/\/apply\/[0-9a-f-]{36}$/);
  }
  await checked(page);
  // Name, ID and date of birth come verified from the population registry.
  expect(await page.locator('[data-locked="citizenId"]').textContent()).toContain(
    "3-1005-00141-78-2",
  );
  expect(await page.locator('[data-locked="fullName"]').textContent()).toMatch(
    /Verified from the .+ at \d\d:\d\d/,
  );
  await page.getByRole("radio", { name: "Widowed" }).check();
  await page.getByLabel("Phone number").fill("+66 81 234 5678");
  const nextButton = () => page.getByRole("button", { name: "Save and continue" }).click();
  await nextButton();
  expect(await page.locator('[data-locked="registeredAddress"]').count()).toBe(1);
  await nextButton();
  await page.locator('[name="receivesStatePension"][value="no"]').check();
  await nextButton();
  await page.locator('[name="paymentMethod"][value="cash"]').check();
  await nextButton();
  await page.locator('[name="truthfulness"]').check();
  await nextButton();
  await page.waitForURL(/\/review$/);
  await checked(page);
  await page.getByRole("button", { name: "Submit application" }).click();
  await page.waitForURL(/\/receipt$/);
  await page.getByRole("heading", { name: "Electronic acknowledgment receipt" }).waitFor();
  await page.getByText("Received by the system").waitFor();
  // In English, dates are Gregorian.
  await page.getByText("14 March 1963").first().waitFor();
  await checked(page);
  expect(watch.problems()).toEqual([]);
  expect(serverErrors(server)).toEqual([]);
  await context.close();
});
