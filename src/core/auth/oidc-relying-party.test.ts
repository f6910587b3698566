import { createTestApp, type TestApp } from "@test/support/app";
import { afterEach, describe, expect, it } from "vitest";

import { identityFromClaims, SignInFailure } from "./oidc-relying-party";

describe("reading the person from an identity provider's claims", () => {
  it("takes ThaID-style claims: Thai name, English name, citizen ID and acr", () => {
    expect(
      identityFromClaims(
        {
          sub: "abc",
          name: "สมชาย ใจดี",
          name_en: "Somchai Jaidee",
          pid: "1-1017-00234-56-8",
          email: "Somchai@Example.com",
          acr: "urn:pratu:ial:2.1:aal:2.1",
        },
        "https://imauth.bora.dopa.go.th",
      ),
    ).toEqual({
      issuer: "https://imauth.bora.dopa.go.th",
      subject: "abc",
      assurance: "urn:pratu:ial:2.1:aal:2.1",
      citizenId: "1101700234568",
      nameTh: "สมชาย ใจดี",
      nameEn: "Somchai Jaidee",
      email: "somchai@example.com",
    });
  });

  it("builds names from given and family names, and a Latin name counts as English", () => {
    const identity = identityFromClaims(
      { sub: "abc", given_name: "Hiroshi", family_name: "Tanaka" },
      "https://idp.example",
    );
    expect(identity).toMatchObject({
      nameTh: null,
      nameEn: "Hiroshi Tanaka",
      citizenId: null,
      assurance: null,
    });
  });

  it("refuses a citizen ID with a wrong check digit and an ID token without a subject", () => {
    expect(() =>
      identityFromClaims({ sub: "abc", pid: "1101700234567" }, "https://idp.example"),
    ).toThrow(SignInFailure);
    expect(() => identityFromClaims({ name: "ไม่มีรหัส" }, "https://idp.example")).toThrow(
      SignInFailure,
    );
  });
});

describe("citizen sign-in pages in process", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it("offers the configured provider by name, as a link, and the officer sign-in", async () => {
    t = await createTestApp({
      config: { auth: { oidcIssuer: "http://127.0.0.1:1/", oidcClientId: "pratu" } },
    });
    const response = await t.app.request(
      "/sign-in?next=/services/x&level=urn:pratu:ial:2.3:aal:2.2",
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      'href="/sign-in/start?provider=oidc&amp;next=%2Fservices%2Fx&amp;level=urn%3Apratu%3Aial%3A2.3%3Aaal%3A2.2"',
    );
    expect(html).toContain("เข้าสู่ระบบด้วย ThaID");
    expect(html).toContain("ระดับการพิสูจน์ตัวตน (IAL) 2.3");
    expect(html).toContain('href="/officer/sign-in"');
  });

  it("says the provider cannot be reached, instead of failing, when it is down", async () => {
    t = await createTestApp({
      config: { auth: { oidcIssuer: "http://127.0.0.1:1/", oidcClientId: "pratu" } },
    });
    const response = await t.app.request("/sign-in/start");
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('data-reason="provider_unavailable"');
    expect(html).toContain("ขณะนี้ติดต่อผู้ให้บริการยืนยันตัวตนไม่ได้");
    expect(t.logLines).toContainEqual(
      expect.objectContaining({ msg: "citizen sign-in failed", reason: "provider_unavailable" }),
    );
  });

  it("answers a callback nobody started with the start-again page, in English when asked", async () => {
    t = await createTestApp();
    const response = await t.app.request("/sign-in/callback?code=abc&state=forged", {
      headers: { cookie: "pratu_lang=en" },
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("You are not signed in");
    expect(html).toContain("Please start again.");
  });

  it("rejects a level that is not an assurance level", async () => {
    t = await createTestApp();
    const response = await t.app.request("/sign-in?level=gold");
    expect(response.status).toBe(400);
  });
});
