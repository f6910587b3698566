import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { testDatabaseKind } from "@test/support/database";
import {
  agencyIdOf,
  createTestOfficer,
  officerBearerToken,
  signInOfficer,
} from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";

interface ApiKeyBody {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  lastUsedAt: string | null;
  revokedAt: string | null;
}

describe("agency API keys", () => {
  let t: TestApp;
  let dopaId: string;
  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db });
    dopaId = await agencyIdOf(t.db, "DOPA");
  });
  afterAll(() => t.close());

  const json = (token: string, body?: unknown) => ({
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  it("lets an administrator create a key in the console, shows it once, and revoke it", async () => {
    const admin = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "admin" }],
    });
    const browser = new BrowserSession(t.app);
    const page = await signInOfficer(browser, admin, { next: "/console/api-keys" });
    expect(page.html).toContain("หน่วยงานยังไม่มีกุญแจ API");

    const invalid = await browser.submit(page, "/console/api-keys", { name: " " });
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain("โปรดตั้งชื่อกุญแจ");
    expect(invalid.html).toContain("โปรดเลือกขอบเขตอย่างน้อยหนึ่งรายการ");

    const created = await browser.submit(page, "/console/api-keys", {
      name: "ระบบทะเบียนราษฎร",
      scopes: ["applications:read", "agency:read"],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const key = /<code id="created-api-key">([^<]+)<\/code>/.exec(created.html)?.[1];
    expect(key).toMatch(/^pratu_ak_[\w-]+\.[\w-]+$/);
    const prefix = key!.split(".")[0]!;
    expect(created.html).toContain(prefix);

    // The key is the agency's own credential from now on.
    const me = await t.app.request("/api/v1/me", json(key!));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      type: "api_key",
      agencyId: dopaId,
      scopes: ["applications:read", "agency:read"],
    });

    const list = await browser.get("/console/api-keys");
    expect(list.html.split(key!)).toHaveLength(1);
    expect(list.html).toContain(prefix);
    expect(list.html).toContain("ระบบทะเบียนราษฎร");
    expect(list.html).not.toContain("ยังไม่เคยใช้");

    const { rows } = await t.db.query<{ id: string }>("select id from api_keys where name = $1", [
      "ระบบทะเบียนราษฎร",
    ]);
    const revoked = await browser.submit(list, `/console/api-keys/${rows[0]!.id}/revoke`);
    expect(revoked.status).toBe(303);
    const after = await browser.follow(revoked);
    expect(after.html).toContain("ยกเลิกกุญแจแล้ว");
    expect(after.html).toContain("ยกเลิกแล้ว");
    expect((await t.app.request("/api/v1/me", json(key!))).status).toBe(401);

    const { rows: audit } = await t.db.query<{ action: string; agency_id: string }>(
      "select action, agency_id from audit_log where target_id = $1 order by seq",
      [rows[0]!.id],
    );
    expect(audit).toEqual([
      { action: "api_key.created", agency_id: dopaId },
      { action: "api_key.revoked", agency_id: dopaId },
    ]);
  });

  it("keeps the key pages and their menu link from officers who are not administrators", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const browser = new BrowserSession(t.app);
    const console = await signInOfficer(browser, officer);
    expect(console.html).toContain("ภาพรวมหน่วยงาน");
    expect(console.html).not.toContain('href="/console/api-keys"');
    const page = await browser.get("/console/api-keys");
    expect(page.status).toBe(403);
    const post = await browser.post("/console/api-keys", { name: "x", scopes: "agency:read" });
    expect(post.status).toBe(403);
    const { rows } = await t.db.query("select 1 from api_keys where name = 'x'");
    expect(rows).toHaveLength(0);
  });

  it("manages keys through the API with an administrator's bearer token", async () => {
    const admin = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "admin" }],
    });
    const token = await officerBearerToken(t.db, admin.officer.id);

    const me = await t.app.request("/api/v1/me", json(token));
    expect(await me.json()).toEqual({
      type: "officer",
      officerId: admin.officer.id,
      agencyId: null,
      role: null,
    });

    const invalid = await t.app.request(
      "/api/v1/agencies/DOPA/api-keys",
      json(token, { name: "", scopes: ["no:such-scope"] }),
    );
    expect(invalid.status).toBe(400);
    const problem = (await invalid.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(["name", "scopes.0"]);

    const createdResponse = await t.app.request(
      "/api/v1/agencies/DOPA/api-keys",
      json(token, { name: "Civil registry sync", scopes: ["exchange:query"] }),
    );
    expect(createdResponse.status).toBe(201);
    const created = (await createdResponse.json()) as { apiKey: ApiKeyBody; key: string };
    expect(created.key.startsWith(`${created.apiKey.prefix}.`)).toBe(true);
    expect(created.apiKey).toMatchObject({ name: "Civil registry sync", revokedAt: null });

    // The key is used once, so the list shows when.
    await t.app.request("/api/v1/me", json(created.key));
    const listResponse = await t.app.request("/api/v1/agencies/DOPA/api-keys", json(token));
    expect(listResponse.status).toBe(200);
    const list = (await listResponse.json()) as { items: ApiKeyBody[] };
    const listed = list.items.find((item) => item.id === created.apiKey.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(created.key.split(".")[1]);

    const revoke = await t.app.request(
      `/api/v1/agencies/DOPA/api-keys/${created.apiKey.id}/revoke`,
      json(token, {}),
    );
    expect(revoke.status).toBe(200);
    expect(((await revoke.json()) as ApiKeyBody).revokedAt).not.toBeNull();
    expect((await t.app.request("/api/v1/me", json(created.key))).status).toBe(401);

    const unknown = await t.app.request(
      "/api/v1/agencies/DOPA/api-keys/0190a7b2-0000-7000-8000-000000000000/revoke",
      json(token, {}),
    );
    expect(unknown.status).toBe(404);
  });

  it("answers a member whose role falls short with 403, and a key of the agency too", async () => {
    const viewer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "viewer" }],
    });
    const viewerToken = await officerBearerToken(t.db, viewer.officer.id);
    expect((await t.app.request("/api/v1/agencies/DOPA/api-keys", json(viewerToken))).status).toBe(
      403,
    );
    const { key } = await withinAgency(t.db, dopaId, (scope) =>
      createApiKey(scope, { name: "Agency system", scopes: ["agency:read"], createdBy: null }),
    );
    const answer = await t.app.request("/api/v1/agencies/DOPA/api-keys", json(key));
    expect(answer.status).toBe(403);
    expect(answer.headers.get("content-type")).toContain("application/problem+json");
  });

  it("asks a browser session for its CSRF token on API changes", async () => {
    const admin = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "admin" }],
    });
    const browser = new BrowserSession(t.app, { accept: "application/json" });
    await signInOfficer(browser, admin);
    const body = JSON.stringify({ name: "From the browser", scopes: ["agency:read"] });
    const headers = { "content-type": "application/json" };
    const withoutToken = await browser.request("/api/v1/agencies/DOPA/api-keys", {
      method: "POST",
      headers,
      body,
    });
    expect(withoutToken.status).toBe(403);
    const withToken = await browser.request("/api/v1/agencies/DOPA/api-keys", {
      method: "POST",
      headers: { ...headers, "x-csrf-token": await browser.csrfToken() },
      body,
    });
    expect(withToken.status).toBe(201);
  });

  it("describes the key routes in the OpenAPI document, with bearer security", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: object }>>;
      components: { securitySchemes?: Record<string, { scheme: string }> };
    };
    const list = document.paths["/api/v1/agencies/{code}/api-keys"];
    expect(Object.keys(list ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(list!.get!.responses)).toContain("404");
    expect(list!.post!.security).toEqual([{ bearer: [] }]);
    expect(document.paths["/api/v1/agencies/{code}/api-keys/{id}/revoke"]?.post).toBeDefined();
    expect(document.paths["/api/v1/me"]?.get).toBeDefined();
    expect(document.components.securitySchemes?.bearer?.scheme).toBe("bearer");
  });

  it("answers /api/v1/me without a credential with 401", async () => {
    const response = await t.app.request("/api/v1/me");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it.runIf(testDatabaseKind === "postgres")(
    "shows a query scoped to one agency only that agency's keys, even without a where clause",
    async () => {
      const dbdId = await agencyIdOf(t.db, "DBD");
      for (const agencyId of [dopaId, dbdId]) {
        await withinAgency(t.db, agencyId, (scope) =>
          createApiKey(scope, { name: "RLS probe", scopes: [], createdBy: null }),
        );
      }
      const { rows: all } = await t.db.query<{ agency_id: string }>(
        "select agency_id from api_keys where name = 'RLS probe'",
      );
      expect(new Set(all.map((row) => row.agency_id))).toEqual(new Set([dopaId, dbdId]));

      const seen = await withinAgency(t.db, dopaId, async (scope) => {
        const { rows } = await scope.tx.query<{ agency_id: string }>("select * from api_keys");
        return rows;
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((row) => row.agency_id === dopaId)).toBe(true);
    },
  );
});
