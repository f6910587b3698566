import { Writable } from "node:stream";

import { TEST_SECRET_KEY, testConfig } from "@test/support/app";
import { CookieJarBrowser } from "@test/support/cookie-jar-browser";
import { createTestDatabase } from "@test/support/database";
import {
  obtainDevProviderAccessToken,
  signInAtDevProvider,
} from "@test/support/dev-provider-client";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { SettingsInput } from "@/config/schema";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { createLogger } from "@/core/log/logger";
import { demoCitizens } from "@/demo/citizens";
import { type RunningServer, startWebServer } from "@/server";

import { devSubjectFor } from "./dev-identity-provider";

const secrets = new SecretBox(TEST_SECRET_KEY);
const somchai = demoCitizens[0]!;
const LEVEL_2_1 = "urn:pratu:ial:2.1:aal:2.1";

interface Running {
  web: RunningServer;
  db: Database;
  logLines: string[];
}

const running: Running[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const { web, db } of running.splice(0)) {
    await web.close();
    await db.close();
  }
});

async function startServer(config: SettingsInput = {}): Promise<Running> {
  const db = await createTestDatabase();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      callback();
    },
  });
  const web = await startWebServer({
    config: testConfig({ ...config, server: { port: 0, host: "127.0.0.1" } }),
    db,
    logger: createLogger("debug", sink),
    secrets,
  });
  const server = { web, db, logLines };
  running.push(server);
  return server;
}

function me(web: RunningServer, token: string) {
  return fetch(`${web.url}/api/v1/me`, {
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
  });
}

async function tokensForSomchai(web: RunningServer, resource?: string) {
  return obtainDevProviderAccessToken(web, {
    person: devSubjectFor(secrets, somchai.citizenId),
    level: LEVEL_2_1,
    ...(resource ? { resource } : {}),
  });
}

async function somchaiAt(web: RunningServer, resource?: string) {
  return (await tokensForSomchai(web, resource)).accessToken;
}

async function expectRefused(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
  await response.body?.cancel();
}

describe("bearer tokens from the citizen identity provider", () => {
  it("accepts the provider's opaque token as the same citizen a browser sign-in finds", async () => {
    const { web, db, logLines } = await startServer();
    const browser = new CookieJarBrowser(web.url);
    const callback = await signInAtDevProvider(browser, "/sign-in/start?provider=dev&next=/me", {
      person: devSubjectFor(secrets, somchai.citizenId),
      level: LEVEL_2_1,
    });
    expect((await browser.follow(callback)).response.status).toBe(200);
    const { rows: citizens } = await db.query<{ id: string }>("select id from citizens");
    expect(citizens).toHaveLength(1);

    const token = await somchaiAt(web);
    expect(token.split(".")).toHaveLength(1);
    const response = await me(web, token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      type: "citizen",
      citizenId: citizens[0]!.id,
      assurance: LEVEL_2_1,
    });
    // Asked again, the answer comes from the cache and is the same.
    expect(await (await me(web, token)).json()).toMatchObject({ citizenId: citizens[0]!.id });
    expect((await db.query("select id from citizens")).rows).toHaveLength(1);
    expect(logLines.join("\n")).not.toContain(token);
  });

  it("accepts the provider's JWT access token for Pratu's API and creates the citizen from it", async () => {
    const { web, db, logLines } = await startServer();
    const token = await somchaiAt(web, `${web.url}/api`);
    expect(token.split(".")).toHaveLength(3);

    const response = await me(web, token);
    expect(response.status).toBe(200);
    const actor = (await response.json()) as { citizenId: string };
    expect(actor).toMatchObject({ type: "citizen", assurance: LEVEL_2_1 });

    const { rows } = await db.query<Record<string, unknown>>("select * from citizens");
    expect(rows).toEqual([
      expect.objectContaining({
        id: actor.citizenId,
        issuer: "urn:pratu:dev-idp",
        subject: devSubjectFor(secrets, somchai.citizenId),
        national_id_hash: secrets.hashNationalId(somchai.citizenId),
      }),
    ]);
    const { rows: audit } = await db.query("select target_id from audit_log where action = $1", [
      "citizen.created",
    ]);
    expect(audit).toEqual([{ target_id: actor.citizenId }]);
    expect(logLines.join("\n")).not.toContain(token);
    expect(logLines.join("\n")).not.toContain(somchai.citizenId);
  });

  it("refuses a tampered token and a token for another audience with 401", async () => {
    const { web, logLines } = await startServer();
    const jwt = await somchaiAt(web, `${web.url}/api`);
    const [header, payload, signature] = jwt.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as object;
    const otherPerson = Buffer.from(JSON.stringify({ ...claims, sub: "dev-someone-else" }));
    await expectRefused(
      await me(web, `${header}.${otherPerson.toString("base64url")}.${signature}`),
    );
    const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    await expectRefused(await me(web, `${header}.${payload}.${flipped}`));

    const { accessToken: opaque, idToken } = await tokensForSomchai(web);
    await expectRefused(await me(web, `${opaque}x`));
    // An ID token is signed by the same keys but names Pratu's client, not its API.
    expect(idToken?.split(".")).toHaveLength(3);
    await expectRefused(await me(web, idToken!));
    expect(logLines.join("\n")).not.toContain(payload);
    expect(logLines.join("\n")).not.toContain(opaque);
  });

  it("refuses tokens once they have expired", async () => {
    const { web } = await startServer();
    const jwt = await somchaiAt(web, `${web.url}/api`);
    const opaque = await somchaiAt(web);
    expect((await me(web, jwt)).status).toBe(200);
    expect((await me(web, opaque)).status).toBe(200);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 11 * 60 * 1000 });
    await expectRefused(await me(web, jwt));
    await expectRefused(await me(web, opaque));
  });

  it("refuses the token when no provider that issued it is configured", async () => {
    const issuing = await startServer();
    const opaque = await somchaiAt(issuing.web);
    const jwt = await somchaiAt(issuing.web, `${issuing.web.url}/api`);

    const unconfigured = await startServer({ auth: { devIdentityProvider: false } });
    expect(unconfigured.web.devIdentityProvider).toBeUndefined();
    await expectRefused(await me(unconfigured.web, opaque));
    await expectRefused(await me(unconfigured.web, jwt));
  });

  it("accepts tokens of a configured provider under that provider's issuer", async () => {
    const issuing = await startServer();
    const provider = issuing.web.devIdentityProvider!;
    const opaque = await somchaiAt(issuing.web);
    const jwt = await somchaiAt(issuing.web, `${issuing.web.url}/api`);

    const relying = await startServer({
      auth: {
        devIdentityProvider: false,
        oidcIssuer: provider.issuer,
        oidcClientId: provider.client.clientId,
        oidcClientSecret: provider.client.clientSecret,
        oidcApiAudience: provider.apiResource,
      },
    });
    const fromOpaque = (await (await me(relying.web, opaque)).json()) as { citizenId: string };
    const fromJwt = (await (await me(relying.web, jwt)).json()) as { citizenId: string };
    expect(fromJwt).toEqual({ ...fromOpaque, type: "citizen", assurance: LEVEL_2_1 });
    const { rows } = await relying.db.query("select id, issuer from citizens");
    expect(rows).toEqual([{ id: fromOpaque.citizenId, issuer: provider.issuer }]);
  });
});
