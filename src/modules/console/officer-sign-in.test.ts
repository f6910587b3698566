import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { createTestOfficer, signInOfficer, totpCodeFor } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoOfficerSignIn } from "@/demo/officers";
import { seedDemo } from "@/demo/seed";

const GENERIC_ERROR_TH = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";

describe("officer sign-in", () => {
  let t: TestApp;
  beforeAll(async () => {
    // A generous limit: these tests sign in many times from one address.
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db, secrets: t.secrets });
  });
  afterAll(() => t.close());

  it("signs an officer in with a password and a code, in Thai, and opens the console", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const browser = new BrowserSession(t.app);
    const form = await browser.get("/officer/sign-in");
    expect(form.status).toBe(200);
    expect(form.html).toContain('<html lang="th">');
    expect(form.html).toContain("เข้าสู่ระบบเจ้าหน้าที่");
    const anonymousToken = browser.cookies.get("pratu_session");

    const afterPassword = await browser.submit(form, "/officer/sign-in", {
      email: officer.email.toUpperCase(),
      password: officer.password,
    });
    expect(afterPassword.status).toBe(303);
    expect(afterPassword.location).toBe("/officer/sign-in/verify");
    const pendingToken = browser.cookies.get("pratu_session");
    expect(pendingToken).toBeDefined();
    expect(pendingToken).not.toBe(anonymousToken);
    // Halfway through, the console is still closed: it sends the officer back to the code.
    const early = await browser.get("/console");
    expect(early.status).toBe(303);
    expect(early.location).toBe("/officer/sign-in/verify?next=%2Fconsole");

    const verify = await browser.follow(afterPassword);
    expect(verify.html).toContain("ยืนยันตัวตนขั้นที่สอง");
    const afterCode = await browser.submit(verify, "/officer/sign-in/verify", {
      code: totpCodeFor(officer.totpSecret!),
    });
    expect(afterCode.status).toBe(303);
    expect(afterCode.location).toBe("/console");
    expect(browser.cookies.get("pratu_session")).not.toBe(pendingToken);

    const console = await browser.follow(afterCode);
    expect(console.status).toBe(200);
    expect(console.html).toContain("เจ้าหน้าที่ ทดสอบ");
    expect(console.html).toContain("กรมการปกครอง");
    expect(console.html).toContain("เจ้าหน้าที่");

    const { rows: sessions } = await t.db.query<{
      second_factor_at: Date | null;
      revoked: boolean;
    }>(
      `select second_factor_at, revoked_at is not null as revoked from sessions
        where officer_id = $1 order by created_at`,
      [officer.officer.id],
    );
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ second_factor_at: null, revoked: true });
    expect(sessions[1]?.second_factor_at).toBeInstanceOf(Date);
    expect(sessions[1]?.revoked).toBe(false);
    const { rows: audit } = await t.db.query<{ action: string }>(
      "select action from audit_log where actor_id = $1",
      [officer.officer.id],
    );
    expect(audit.map((row) => row.action)).toEqual(["officer.signed_in"]);
  });

  it("lets a demo officer sign in with the published password and second-factor secret", async () => {
    const browser = new BrowserSession(t.app);
    const page = await signInOfficer(browser, {
      email: "somsri@dopa.example",
      password: demoOfficerSignIn.password,
      totpSecret: demoOfficerSignIn.totpSecret,
    });
    expect(page.path).toBe("/console");
    expect(page.html).toContain("สมศรี รักษ์ราษฎร์");
    expect(page.html).toContain("ผู้ดูแลหน่วยงาน");
  });

  it("answers a wrong password and an unknown address with the same generic message", async () => {
    const officer = await createTestOfficer({ db: t.db, secrets: t.secrets });
    const answers = [];
    for (const email of [officer.email, "nobody@nowhere.example"]) {
      const browser = new BrowserSession(t.app);
      const form = await browser.get("/officer/sign-in");
      const page = await browser.submit(form, "/officer/sign-in", {
        email,
        password: "not the password at all",
      });
      expect(page.status).toBe(401);
      // Once in the summary at the top, once beside each field.
      expect(page.html.split(GENERIC_ERROR_TH)).toHaveLength(4);
      expect(page.html).toContain('class="error-summary"');
      expect(page.html).toContain('href="#field-email"');
      expect(page.html).toContain(`value="${email}"`);
      expect(page.html).not.toContain("not the password at all");
      answers.push(page.html.replaceAll(email, "EMAIL").replace(/value="[^"]{20,}"/g, ""));
    }
    expect(answers[0]).toBe(answers[1]);
  });

  it("speaks English to someone who chose it", async () => {
    const browser = new BrowserSession(t.app);
    browser.cookies.set("pratu_lang", "en");
    const form = await browser.get("/officer/sign-in");
    expect(form.html).toContain('<html lang="en">');
    expect(form.html).toContain("Officer sign-in");
    const page = await browser.submit(form, "/officer/sign-in", {
      email: "nobody@nowhere.example",
      password: "not the password at all",
    });
    expect(page.html).toContain("The email address or password is not right");
  });

  it("asks for each missing field by name", async () => {
    const browser = new BrowserSession(t.app);
    const form = await browser.get("/officer/sign-in");
    const page = await browser.submit(form, "/officer/sign-in", { email: " ", password: "" });
    expect(page.status).toBe(400);
    expect(page.html).toContain("โปรดกรอกอีเมล");
    expect(page.html).toContain("โปรดกรอกรหัสผ่าน");
  });

  it("locks an account after repeated failures, even against the right password, and says for how long", async () => {
    const max = t.config.security.officerMaxFailedSignIns;
    const minutes = t.config.security.officerLockoutMinutes;
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const browser = new BrowserSession(t.app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < max; attempt++) {
      const page = await browser.post("/officer/sign-in", {
        email: officer.email,
        password: "wrong password here",
      });
      statuses.push(page.status);
    }
    expect(statuses).toEqual([...Array<number>(max - 1).fill(401), 423]);
    const locked = await browser.post("/officer/sign-in", {
      email: officer.email,
      password: officer.password,
    });
    expect(locked.status).toBe(423);
    expect(locked.html).toContain(`โปรดลองใหม่ในอีก ${minutes} นาที`);
    expect(browser.cookies.get("pratu_session")).toBeDefined();
    const { rows } = await t.db.query<{ is_locked: boolean }>(
      "select locked_until > now() as is_locked from officers where id = $1",
      [officer.officer.id],
    );
    expect(rows[0]?.is_locked).toBe(true);

    // An address without an account is locked after the same number of tries, with the same words.
    const stranger = new BrowserSession(t.app);
    const strangerStatuses: number[] = [];
    let strangerPage;
    for (let attempt = 0; attempt <= max; attempt++) {
      strangerPage = await stranger.post("/officer/sign-in", {
        email: "no-such-officer@test.example",
        password: "wrong password here",
      });
      strangerStatuses.push(strangerPage.status);
    }
    expect(strangerStatuses).toEqual(statuses.concat([423]));
    expect(strangerPage?.html).toContain(`โปรดลองใหม่ในอีก ${minutes} นาที`);

    // When the lock runs out, the right password works again.
    await t.db.query(
      "update officers set locked_until = now() - interval '1 second' where id = $1",
      [officer.officer.id],
    );
    const page = await signInOfficer(new BrowserSession(t.app), officer);
    expect(page.path).toBe("/console");
  });

  it("counts wrong codes towards the lock", async () => {
    const max = t.config.security.officerMaxFailedSignIns;
    const officer = await createTestOfficer({ db: t.db, secrets: t.secrets });
    const browser = new BrowserSession(t.app);
    await browser.post("/officer/sign-in", { email: officer.email, password: officer.password });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < max; attempt++) {
      const page = await browser.post("/officer/sign-in/verify", { code: "000000" });
      statuses.push(page.status);
    }
    expect(statuses).toEqual([...Array<number>(max - 1).fill(401), 423]);
    const page = await browser.post("/officer/sign-in/verify", {
      code: totpCodeFor(officer.totpSecret!),
    });
    expect(page.status).toBe(423);
    expect(page.html).toContain("ระงับไว้ชั่วคราว");
  });

  it("refuses a code that has already been used", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const at = Date.now();
    const first = await signInOfficer(new BrowserSession(t.app), officer, { at });
    expect(first.path).toBe("/console");

    const again = new BrowserSession(t.app);
    await again.post("/officer/sign-in", { email: officer.email, password: officer.password });
    const page = await again.post("/officer/sign-in/verify", {
      code: totpCodeFor(officer.totpSecret!, at),
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain("รหัสนี้ใช้ไปแล้ว");
    expect((await again.get("/console")).location).toContain("/officer/sign-in/verify");
  });

  it("enrols a second factor at first sign-in and keeps its secret sealed", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      hasTotp: false,
      memberships: [{ agencyCode: "DBD", role: "viewer" }],
    });
    const browser = new BrowserSession(t.app);
    const form = await browser.get("/officer/sign-in?next=%2Fconsole");
    const afterPassword = await browser.submit(form, "/officer/sign-in", {
      email: officer.email,
      password: officer.password,
    });
    expect(afterPassword.location).toBe("/officer/sign-in/enrol?next=%2Fconsole");
    const enrol = await browser.follow(afterPassword);
    expect(enrol.status).toBe(200);
    expect(enrol.headers.get("cache-control")).toBe("no-store");
    expect(enrol.html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
    const secret = /<code>([A-Z2-7 ]+)<\/code>/.exec(enrol.html)?.[1]?.replace(/ /g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // A reload shows the same secret, so a scan already made stays good.
    expect((await browser.get("/officer/sign-in/enrol")).html).toContain(
      /<code>([A-Z2-7 ]+)<\/code>/.exec(enrol.html)?.[1],
    );

    const { rows } = await t.db.query<{
      totp_secret_sealed: string;
      totp_confirmed_at: Date | null;
    }>("select totp_secret_sealed, totp_confirmed_at from officers where id = $1", [
      officer.officer.id,
    ]);
    expect(rows[0]?.totp_secret_sealed).toMatch(/^v1\./);
    expect(rows[0]?.totp_secret_sealed).not.toContain(secret);
    expect(t.secrets.open(rows[0]!.totp_secret_sealed)).toBe(secret);
    expect(rows[0]?.totp_confirmed_at).toBeNull();

    const wrong = await browser.submit(enrol, "/officer/sign-in/enrol", { code: "123456" });
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain("รหัสไม่ถูกต้อง");

    const done = await browser.submit(enrol, "/officer/sign-in/enrol", {
      code: totpCodeFor(secret!),
    });
    expect(done.location).toBe("/console");
    const console = await browser.follow(done);
    expect(console.html).toContain("กรมพัฒนาธุรกิจการค้า");
    const { rows: after } = await t.db.query<{ totp_confirmed_at: Date | null }>(
      "select totp_confirmed_at from officers where id = $1",
      [officer.officer.id],
    );
    expect(after[0]?.totp_confirmed_at).toBeInstanceOf(Date);
    const { rows: audit } = await t.db.query<{ action: string }>(
      "select action from audit_log where actor_id = $1 order by seq",
      [officer.officer.id],
    );
    expect(audit.map((row) => row.action)).toEqual(["officer.totp_enrolled", "officer.signed_in"]);
  });

  it("refuses a sign-in form posted without its CSRF token", async () => {
    const officer = await createTestOfficer({ db: t.db, secrets: t.secrets });
    const browser = new BrowserSession(t.app);
    await browser.get("/officer/sign-in");
    const page = await browser.post(
      "/officer/sign-in",
      { email: officer.email, password: officer.password },
      { csrf: false },
    );
    expect(page.status).toBe(403);
    expect(page.html).toContain("แบบฟอร์มหมดอายุ");
    const forged = await browser.post(
      "/officer/sign-in",
      { email: officer.email, password: officer.password },
      { csrf: "forged-token" },
    );
    expect(forged.status).toBe(403);
  });
});
