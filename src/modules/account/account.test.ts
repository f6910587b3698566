import { createTestApp, type TestApp } from "@test/support/app";
import { afterEach, describe, expect, it } from "vitest";

import { upsertCitizen } from "@/core/auth/citizens";
import { createSession } from "@/core/auth/sessions";
import { newId } from "@/core/db/ids";

describe("the citizen's own page, /me", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function signedInCitizen(assurance: string | null) {
    const citizen = await upsertCitizen(t.db, {
      secrets: t.secrets,
      isSignIn: true,
      identity: {
        issuer: "https://idp.example",
        subject: "subject-1",
        assurance,
        citizenId: "3100500141782",
        nameTh: "ประยูร บุญมา",
        nameEn: "Prayoon Boonma",
        email: "prayoon@example.com",
      },
    });
    const session = await createSession(t.db, t.config, { citizenId: citizen.id, assurance });
    return { cookie: `pratu_session=${session.token}`, csrfToken: session.state.csrfToken };
  }

  it("sends a visitor who is not signed in to the sign-in page, to come back here", async () => {
    t = await createTestApp();
    const response = await t.app.request("/me");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Fme");
  });

  it("shows the name, the masked citizen ID and the assurance in words, with sign-out everywhere", async () => {
    t = await createTestApp();
    const { cookie, csrfToken } = await signedInCitizen("urn:pratu:ial:3:aal:3");
    const response = await t.app.request("/me", { headers: { cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("ประยูร บุญมา");
    expect(html).toContain("x-xxxx-xxxx1-78-2");
    expect(html).not.toContain("3100500141782");
    expect(html).toContain("พิสูจน์ตัวตนต่อหน้าเจ้าหน้าที่พร้อมข้อมูลชีวมิติ");
    expect(html).toMatch(
      new RegExp(
        `<form method="post" action="/sign-out/everywhere"><input type="hidden" name="_csrf" value="${csrfToken}"/>`,
      ),
    );
  });

  it("says so when the provider gave no assurance level, in English when chosen", async () => {
    t = await createTestApp();
    const { cookie } = await signedInCitizen(null);
    const response = await t.app.request("/me", {
      headers: { cookie: `${cookie}; pratu_lang=en` },
    });
    const html = await response.text();
    expect(html).toContain("My account");
    expect(html).toContain("Not given by the provider");
  });

  it("is not an officer's page", async () => {
    t = await createTestApp();
    const officerId = newId();
    await t.db.query(
      "insert into officers (id, email, name_th, name_en, password_hash) values ($1, 'a@dga.or.th', 'ก', 'A', 'x')",
      [officerId],
    );
    const session = await createSession(t.db, t.config, { officerId, secondFactorAt: new Date() });
    const response = await t.app.request("/me", {
      headers: { cookie: `pratu_session=${session.token}` },
    });
    expect(response.status).toBe(403);
  });

  it("takes a mobile number for SMS notices, refuses a wrong one beside the field, and clears it", async () => {
    t = await createTestApp();
    const { cookie, csrfToken } = await signedInCitizen("urn:pratu:ial:2.3:aal:2.2");
    const post = (noticePhone: string) =>
      t.app.request("/me/notices", {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: csrfToken, noticePhone }).toString(),
      });
    const wrong = await post("12345");
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("ใส่หมายเลขโทรศัพท์มือถือของไทย 10 หลัก");
    const saved = await post("+66 81 234 5678");
    expect(saved.status).toBe(303);
    const stored = async () =>
      (await t.db.query<{ notice_phone: string | null }>("select notice_phone from citizens"))
        .rows[0]!.notice_phone;
    expect(await stored()).toBe("0812345678");
    const { rows } = await t.db.query<{ details: { isSet: boolean } }>(
      "select details from audit_log where action = 'citizen.notice_phone_changed'",
    );
    expect(rows.map((row) => row.details)).toEqual([{ isSet: true }]);
    expect(JSON.stringify(rows)).not.toContain("0812345678");
    await post("");
    expect(await stored()).toBeNull();
  });
});
