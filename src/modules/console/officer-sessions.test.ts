import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { holdClockInOneRateWindow } from "@test/support/clock";
import { createTestOfficer, signInOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

describe("officer sessions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db, secrets: t.secrets });
  });
  afterAll(() => t.close());

  it("sends an anonymous visitor to sign in and back to the page they asked for", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DGA", role: "admin" }],
    });
    const browser = new BrowserSession(t.app);
    const asked = await browser.get("/console/api-keys");
    expect(asked.status).toBe(303);
    expect(asked.location).toBe("/officer/sign-in?next=%2Fconsole%2Fapi-keys");
    const page = await signInOfficer(browser, officer, { next: "/console/api-keys" });
    expect(page.path).toBe("/console/api-keys");
    expect(page.html).toContain("กุญแจ API");
    // A `next` that leaves the site is dropped, not carried through the forms.
    const away = await new BrowserSession(t.app).get("/officer/sign-in?next=%2F%2Fevil.example");
    expect(away.html).not.toContain('name="next"');
  });

  it("lets an officer of several agencies choose which one to act for", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [
        { agencyCode: "CHIANGMAI", role: "admin" },
        { agencyCode: "CHIANGMAI-MUEANG", role: "viewer" },
      ],
    });
    const browser = new BrowserSession(t.app);
    const choose = await signInOfficer(browser, officer);
    expect(choose.path).toBe("/console/agency");
    expect(choose.html).toContain("จังหวัดเชียงใหม่");
    expect(choose.html).toContain("ที่ว่าการอำเภอเมืองเชียงใหม่");

    const missing = await browser.submit(choose, "/console/agency", {});
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("โปรดเลือกหน่วยงาน");

    const { rows } = await t.db.query<{ id: string }>(
      "select id from agencies where code = 'CHIANGMAI-MUEANG'",
    );
    const chosen = await browser.submit(choose, "/console/agency", { agencyId: rows[0]!.id });
    expect(chosen.location).toBe("/console");
    const console = await browser.follow(chosen);
    expect(console.html).toContain("ที่ว่าการอำเภอเมืองเชียงใหม่");
    expect(console.html).toContain("ผู้ดูข้อมูล");
    expect(console.html).toContain('href="/console/agency"');
    // A viewer sees only the sections a viewer may open.
    expect(console.html).not.toContain('href="/console/api-keys"');
  });

  it("ends the session on sign-out, and every session on sign-out everywhere", async () => {
    const memberships = [{ agencyCode: "DOPA", role: "officer" as const }];
    const officer = await createTestOfficer({ db: t.db, secrets: t.secrets, memberships });
    const other = await createTestOfficer({ db: t.db, secrets: t.secrets, memberships });
    const laptop = new BrowserSession(t.app);
    const phone = new BrowserSession(t.app);
    const elsewhere = new BrowserSession(t.app);
    await signInOfficer(laptop, officer);
    // The next code in the app: each code signs in once.
    await signInOfficer(phone, officer, { at: Date.now() + 30_000 });
    await signInOfficer(elsewhere, other);
    for (const browser of [laptop, phone, elsewhere]) {
      expect((await browser.get("/console")).status).toBe(200);
    }

    const everywhere = await laptop.post("/sign-out/everywhere", {});
    expect(everywhere.status).toBe(303);
    expect(everywhere.location).toBe("/");
    expect(laptop.cookies.has("pratu_session")).toBe(false);
    expect((await phone.get("/console")).location).toBe("/officer/sign-in?next=%2Fconsole");
    expect((await laptop.get("/console")).location).toBe("/officer/sign-in?next=%2Fconsole");
    const { rows } = await t.db.query<{ live: number }>(
      "select count(*)::int as live from sessions where officer_id = $1 and revoked_at is null",
      [officer.officer.id],
    );
    expect(rows[0]?.live).toBe(0);
    const { rows: audit } = await t.db.query<{ details: { sessions: number } }>(
      "select details from audit_log where actor_id = $1 and action = 'officer.signed_out_everywhere'",
      [officer.officer.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details.sessions).toBe(2);

    // Another person's session is untouched; their own sign-out ends only it.
    expect((await elsewhere.get("/console")).status).toBe(200);
    const signedOut = await elsewhere.post("/sign-out", {});
    expect(signedOut.status).toBe(303);
    expect(signedOut.location).toBe("/");
    expect(elsewhere.cookies.has("pratu_session")).toBe(false);
    const { rows: theirs } = await t.db.query<{ revoked: boolean }>(
      "select revoked_at is not null as revoked from sessions where officer_id = $1 and second_factor_at is not null",
      [other.officer.id],
    );
    expect(theirs).toEqual([{ revoked: true }]);
  });

  it("ends a session that has been idle too long", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const browser = new BrowserSession(t.app);
    await signInOfficer(browser, officer);
    expect((await browser.get("/console")).status).toBe(200);
    await t.db.query(
      "update sessions set last_seen_at = now() - make_interval(mins => $2 + 1) where officer_id = $1",
      [officer.officer.id, t.config.security.sessionIdleMinutes],
    );
    const page = await browser.get("/console");
    expect(page.status).toBe(303);
    expect(page.location).toBe("/officer/sign-in?next=%2Fconsole");
  });
});

describe("officer sign-in rate limits", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: {
        server: { trustProxy: true },
        security: { signInRateLimitPerMinute: 3, officerMaxFailedSignIns: 100 },
      },
    });
  });
  afterAll(() => t.close());

  it("limits attempts per client address and, separately, per address tried", async () => {
    holdClockInOneRateWindow();
    const first = new BrowserSession(t.app, { "x-forwarded-for": "192.0.2.10" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const page = await first.post("/officer/sign-in", {
        email: `someone-${attempt}@test.example`,
        password: "wrong password here",
      });
      statuses.push(page.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);

    // Many addresses taking turns at one account are held back by the per-account count.
    const perAccount: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const browser = new BrowserSession(t.app, { "x-forwarded-for": `198.51.100.${attempt}` });
      const page = await browser.post("/officer/sign-in", {
        email: "target@test.example",
        password: "wrong password here",
      });
      perAccount.push(page.status);
    }
    expect(perAccount).toEqual([401, 401, 401, 429]);
    const otherAccount = await new BrowserSession(t.app, {
      "x-forwarded-for": "198.51.100.9",
    }).post("/officer/sign-in", {
      email: "someone-else@test.example",
      password: "wrong password here",
    });
    expect(otherAccount.status).toBe(401);
  });
});
