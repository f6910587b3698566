import { Writable } from "node:stream";

import { TEST_SECRET_KEY, testConfig } from "@test/support/app";
import { CookieJarBrowser } from "@test/support/cookie-jar-browser";
import { createTestDatabase } from "@test/support/database";
import { afterEach, describe, expect, it } from "vitest";

import type { SettingsInput } from "@/config/schema";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { createLogger } from "@/core/log/logger";
import { demoCitizens } from "@/demo/citizens";
import { type RunningServer, startWebServer } from "@/server";

import { devSubjectFor } from "./dev-identity-provider";
import { issueDevToken } from "./dev-token";

const secrets = new SecretBox(TEST_SECRET_KEY);
const somchai = demoCitizens[0]!;
const LEVEL_2_1 = "urn:pratu:ial:2.1:aal:2.1";

interface Running {
  web: RunningServer;
  db: Database;
  logLines: string[];
  browser: CookieJarBrowser;
}

const running: Running[] = [];

afterEach(async () => {
  for (const { web, db } of running.splice(0)) {
    await web.close();
    await db.close();
  }
});

/** The real web server on port 0 with its logs captured, and a browser for it. */
async function startServer(config: SettingsInput = {}): Promise<Running> {
  const db = await createTestDatabase();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      callback();
    },
  });
  const settings = testConfig({ ...config, server: { port: 0, host: "127.0.0.1" } });
  const web = await startWebServer({
    config: settings,
    db,
    logger: createLogger("debug", sink),
    secrets,
  });
  const server = { web, db, logLines, browser: new CookieJarBrowser(web.url) };
  running.push(server);
  return server;
}

function formValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`No ${name} field on the page`);
  return match[1];
}

/** From Pratu's sign-in link to the development provider's page; returns that page. */
async function reachProviderPage(
  browser: CookieJarBrowser,
  start = "/sign-in/start?provider=dev&next=/me",
) {
  const { response, url } = await browser.follow(start);
  expect(response.status).toBe(200);
  expect(url).toMatch(/\/dev-idp\/interaction\/[\w-]+$/);
  return { url, html: await response.text() };
}

/** Chooses a person and a level on the provider's page; returns the callback URL the provider sends back. */
async function chooseOnProviderPage(
  browser: CookieJarBrowser,
  page: { url: string; html: string },
  choice: Record<string, string>,
): Promise<string> {
  const submitted = await browser.request(page.url, {
    form: { _csrf: formValue(page.html, "_csrf"), ...choice },
  });
  expect(submitted.status).toBe(303);
  let location = new URL(submitted.headers.get("location")!, page.url).href;
  // The provider resumes the authorization and answers Pratu's callback.
  while (!new URL(location).pathname.startsWith("/sign-in/callback")) {
    const hop = await browser.request(location);
    expect([302, 303]).toContain(hop.status);
    location = new URL(hop.headers.get("location")!, location).href;
  }
  return location;
}

describe("citizen sign-in with the built-in identity provider", () => {
  it("signs a demo citizen in end to end and shows their Thai name on /me", async () => {
    const { web, db, browser, logLines } = await startServer();

    const signInPage = await browser.request("/sign-in?next=/me");
    const signInHtml = await signInPage.text();
    expect(signInHtml).toContain('href="/sign-in/start?provider=dev&amp;next=%2Fme"');
    expect(signInHtml).toContain('href="/officer/sign-in"');
    expect(signInHtml).not.toContain('<form method="post" action="/sign-in');

    const providerPage = await reachProviderPage(browser);
    expect(providerPage.html).toContain("ผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ");
    expect(providerPage.html).toContain(`<label for="field-person">สมชาย ใจดี</label>`);
    expect(providerPage.html).toContain("1-1017-00234-56-8");

    const callback = await chooseOnProviderPage(browser, providerPage, {
      person: devSubjectFor(secrets, somchai.citizenId),
      level: LEVEL_2_1,
      action: "sign-in",
    });
    const { response, url, hops } = await browser.follow(callback);
    expect(hops[1]).toBe(`${web.url}/me`);
    expect(url).toBe(`${web.url}/me`);
    expect(response.status).toBe(200);
    const me = await response.text();
    expect(me).toContain("สมชาย ใจดี");
    expect(me).toContain("Somchai Jaidee");
    expect(me).toContain("x-xxxx-xxxx4-56-8");
    expect(me).not.toContain(somchai.citizenId);
    expect(me).toContain("พิสูจน์ตัวตนกับข้อมูลทะเบียนราษฎรแล้ว");
    expect(me).toContain('action="/sign-out/everywhere"');

    const { rows: citizens } = await db.query<Record<string, unknown>>("select * from citizens");
    expect(citizens).toHaveLength(1);
    expect(citizens[0]).toMatchObject({
      issuer: "urn:pratu:dev-idp",
      subject: devSubjectFor(secrets, somchai.citizenId),
      national_id_hash: secrets.hashNationalId(somchai.citizenId),
      national_id_last4: "4568",
      name_th: "สมชาย ใจดี",
      name_en: "Somchai Jaidee",
      email: somchai.email,
    });
    expect(JSON.stringify(citizens[0])).not.toContain(somchai.citizenId);

    const { rows: sessions } = await db.query<{ assurance: string }>(
      "select assurance from sessions where citizen_id = $1 and revoked_at is null",
      [citizens[0]!.id],
    );
    expect(sessions).toEqual([{ assurance: LEVEL_2_1 }]);

    const { rows: audit } = await db.query<{ chain: string; actor_id: string; details: unknown }>(
      "select chain, actor_id, details from audit_log where action = 'citizen.signed_in'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ chain: "platform", actor_id: citizens[0]!.id });
    expect(audit[0]!.details).toEqual({
      provider: "dev",
      issuer: "urn:pratu:dev-idp",
      assurance: LEVEL_2_1,
      isFirstSignIn: true,
    });

    const logs = logLines.join("\n");
    expect(logs).toContain('"route":"/sign-in/callback"');
    for (const secret of [somchai.citizenId, "สมชาย", "Somchai", somchai.email]) {
      expect(logs).not.toContain(secret);
    }
  });

  it("asks which demo person to be every time, so a tester can switch people", async () => {
    const { browser, db } = await startServer();
    const napatsorn = demoCitizens[1]!;
    const first = await reachProviderPage(browser);
    await browser.follow(
      await chooseOnProviderPage(browser, first, {
        person: devSubjectFor(secrets, somchai.citizenId),
        level: LEVEL_2_1,
      }),
    );
    const second = await reachProviderPage(browser);
    const { response } = await browser.follow(
      await chooseOnProviderPage(browser, second, {
        person: devSubjectFor(secrets, napatsorn.citizenId),
        level: LEVEL_2_1,
      }),
    );
    expect(await response.text()).toContain("นภัสสร วงศ์ทอง");
    const { rows } = await db.query("select 1 from citizens");
    expect(rows).toHaveLength(2);
  });

  it("finds the citizen `pratu dev token` made when that person signs in through the browser", async () => {
    const { db, browser } = await startServer();
    const issued = await issueDevToken({
      db,
      config: testConfig(),
      secrets,
      subject: { type: "citizen", citizenId: somchai.citizenId },
    });
    const page = await reachProviderPage(browser);
    await browser.follow(
      await chooseOnProviderPage(browser, page, {
        person: devSubjectFor(secrets, somchai.citizenId),
        level: LEVEL_2_1,
      }),
    );
    const { rows } = await db.query<{ id: string; name_th: string }>(
      "select id, name_th from citizens",
    );
    expect(rows).toEqual([{ id: issued.actorId, name_th: "สมชาย ใจดี" }]);
  });

  it("rotates the session: the cookie from before sign-in no longer works", async () => {
    const { browser, db } = await startServer();
    const providerPage = await reachProviderPage(browser);
    const cookieBefore = browser.cookies.get("pratu_session");
    const callback = await chooseOnProviderPage(browser, providerPage, {
      person: devSubjectFor(secrets, somchai.citizenId),
      level: LEVEL_2_1,
    });
    await browser.follow(callback);
    expect(browser.cookies.get("pratu_session")).not.toBe(cookieBefore);
    const { rows } = await db.query<{ revoked: number }>(
      "select count(*)::int as revoked from sessions where revoked_at is not null and citizen_id is null",
    );
    expect(rows[0]?.revoked).toBe(1);
  });

  it("rejects a callback whose state was tampered with, with a helpful page", async () => {
    const { browser, db } = await startServer();
    const providerPage = await reachProviderPage(browser);
    const callback = new URL(
      await chooseOnProviderPage(browser, providerPage, {
        person: devSubjectFor(secrets, somchai.citizenId),
        level: LEVEL_2_1,
      }),
    );
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);

    const response = await browser.request(callback.href);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("เข้าสู่ระบบไม่สำเร็จ");
    expect(html).toContain('data-reason="expired"');
    expect(html).toContain('href="/sign-in"');
    const { rows } = await db.query("select 1 from citizens");
    expect(rows).toHaveLength(0);
  });

  it("rejects a callback opened in a browser that did not start the sign-in", async () => {
    const { web, browser } = await startServer();
    const providerPage = await reachProviderPage(browser);
    const callback = await chooseOnProviderPage(browser, providerPage, {
      person: devSubjectFor(secrets, somchai.citizenId),
      level: LEVEL_2_1,
    });
    const otherBrowser = new CookieJarBrowser(web.url);
    const response = await otherBrowser.request(callback);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('data-reason="expired"');
    // The rightful browser can still finish.
    const finished = await browser.follow(callback);
    expect(finished.url).toBe(`${web.url}/me`);
  });

  it("tells the person nothing was shared when they cancel at the provider", async () => {
    const { browser } = await startServer();
    const providerPage = await reachProviderPage(browser);
    const callback = await chooseOnProviderPage(browser, providerPage, { action: "cancel" });
    expect(new URL(callback).searchParams.get("error")).toBe("access_denied");
    const response = await browser.request(callback);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('data-reason="cancelled"');
    expect(html).toContain("ไม่มีข้อมูลใดส่งมายังประตู");
  });

  it("asks again, in English when chosen, when the provider form is sent without a person", async () => {
    const { browser } = await startServer();
    browser.cookies.set("pratu_lang", "en");
    const providerPage = await reachProviderPage(browser);
    expect(providerPage.html).toContain("Test identity provider");
    const response = await browser.request(providerPage.url, {
      form: { _csrf: formValue(providerPage.html, "_csrf"), level: LEVEL_2_1 },
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Choose a demo person");
    expect(html).toContain('href="#field-person"');
  });

  it("refuses a sign-in confirmed at a lower level than the service asked for", async () => {
    const { browser, db } = await startServer();
    const providerPage = await reachProviderPage(
      browser,
      "/sign-in/start?provider=dev&level=urn:pratu:ial:2.3:aal:2.2",
    );
    // The level asked for is preselected.
    expect(providerPage.html).toMatch(/value="urn:pratu:ial:2.3:aal:2.2" checked/);
    const callback = await chooseOnProviderPage(browser, providerPage, {
      person: devSubjectFor(secrets, somchai.citizenId),
      level: "urn:pratu:ial:1.1:aal:1",
    });
    const response = await browser.request(callback);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('data-reason="assurance_too_low"');
    const { rows } = await db.query("select 1 from sessions where citizen_id is not null");
    expect(rows).toHaveLength(0);
  });

  it("sends a signed-in citizen only to a path on this site afterwards", async () => {
    const { web, browser } = await startServer();
    const providerPage = await reachProviderPage(
      browser,
      "/sign-in/start?provider=dev&next=//evil.example/steal",
    );
    const callback = await chooseOnProviderPage(browser, providerPage, {
      person: devSubjectFor(secrets, somchai.citizenId),
      level: LEVEL_2_1,
    });
    const { url } = await browser.follow(callback);
    expect(url).toBe(`${web.url}/me`);
  });

  it("serves nothing under /dev-idp when the development provider is off", async () => {
    const { browser } = await startServer({ auth: { devIdentityProvider: false } });
    const discovery = await browser.request("/dev-idp/.well-known/openid-configuration");
    expect(discovery.status).toBe(404);
    const interaction = await browser.request("/dev-idp/interaction/abc");
    expect(interaction.status).toBe(404);
    const start = await browser.request("/sign-in/start?provider=dev");
    expect(start.status).toBe(404);
    const page = await (await browser.request("/sign-in")).text();
    expect(page).not.toContain("provider=dev");
    expect(page).toContain("ยังไม่ได้ตั้งค่าผู้ให้บริการยืนยันตัวตน");
  });

  it("publishes the provider's discovery document under /dev-idp when it is on", async () => {
    const { web, browser } = await startServer();
    const response = await browser.request("/dev-idp/.well-known/openid-configuration");
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.issuer).toBe(`${web.url}/dev-idp`);
    expect(metadata.authorization_endpoint).toBe(`${web.url}/dev-idp/auth`);
    expect(metadata.acr_values_supported).toContain(LEVEL_2_1);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
  });
});
