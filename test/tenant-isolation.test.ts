import { createTestApp, type TestApp } from "@test/support/app";
import { submitTestApplication, TEST_PDF } from "@test/support/applications";
import { BrowserSession } from "@test/support/browser-session";
import { createTestCitizen } from "@test/support/citizens";
import {
  agencyIdOf,
  createTestOfficer,
  officerBearerToken,
  signInOfficer,
} from "@test/support/officers";
import { publishTestService } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";

/**
 * Routes under an agency code that anyone may read: the public directory.
 * A new public route must be named here on purpose; every other route with
 * an agency code is walked below and must answer outsiders with 404.
 */
const PUBLIC_AGENCY_ROUTES = new Set([
  "GET /agencies/:code",
  "GET /api/v1/agencies/:code",
  // Public keys: anyone checks what the agency signed.
  "GET /api/v1/agencies/:code/signing-keys",
  // The register of official channels is public by law (section 10).
  "GET /agencies/:code/channels",
  "GET /api/v1/agencies/:code/channels",
  // The section 10 announcement is public too, as a page and signed.
  "GET /agencies/:code/announcement",
  "GET /agencies/:code/announcement.jws",
  // Document-signing certificates: anyone checks which certificate signed a document.
  "GET /agencies/:code/certificates",
  // The transparency log of issued documents: anyone audits what the agency issued.
  "GET /api/v1/agencies/:code/transparency/tree-head",
  "GET /api/v1/agencies/:code/transparency/inclusion-proof",
  "GET /api/v1/agencies/:code/transparency/consistency-proof",
  "GET /api/v1/agencies/:code/transparency/entries",
  // The agency as a credential issuer (did:web) and its status lists: every verifier reads them.
  "GET /agencies/:code/did.json",
  "GET /agencies/:code/credentials/status/:purpose",
]);

const OWNER = "DOPA";
const SECRET_KEY_NAME = "DOPA-only registry bridge";
const OWNER_NAME = "กรมการปกครอง";

interface Caller {
  label: string;
  isOfficer: boolean;
  /** An officer of the central operator, whose own pages show every agency by name. */
  isOperator?: boolean;
  request: (method: string, path: string) => Promise<Response>;
}

describe("tenant isolation", () => {
  let t: TestApp;
  let ownerKey: { id: string; prefix: string };
  let ownerApplication: { id: string; reference: string; attachmentId: string };
  let markers: string[];
  const callers: Caller[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      config: { security: { signInRateLimitPerMinute: 1000, rateLimitPerMinute: 100_000 } },
    });
    await seedDemo({ db: t.db });
    const ownerId = await agencyIdOf(t.db, OWNER);
    const owner = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: OWNER, role: "admin" }],
    });
    const created = await withinAgency(t.db, ownerId, (scope) =>
      createApiKey(scope, {
        name: SECRET_KEY_NAME,
        scopes: ["applications:read"],
        createdBy: owner.officer.id,
      }),
    );
    ownerKey = { id: created.id, prefix: created.key.split(".")[0]! };
    // An application to the owner, with a file: what its officers work on.
    await publishTestService(t.db);
    const applicant = await createTestCitizen({ db: t.db, secrets: t.secrets });
    const application = await submitTestApplication({
      db: t.db,
      secrets: t.secrets,
      citizen: applicant,
      files: [{ filename: "owner-plan.pdf", bytes: TEST_PDF }],
    });
    const { rows: files } = await t.db.query<{ id: string }>(
      "select id from application_attachments where application_id = $1",
      [application.id],
    );
    ownerApplication = {
      id: application.id,
      reference: application.reference,
      attachmentId: files[0]!.id,
    };
    markers = [
      SECRET_KEY_NAME,
      ownerKey.prefix,
      owner.email,
      OWNER_NAME,
      ownerApplication.reference,
      "owner-plan.pdf",
    ];

    // Outsiders: an administrator and an officer of other agencies, each by
    // browser session and by bearer token, and another agency's API key.
    for (const { code, role } of [
      { code: "DGA", role: "admin" as const },
      { code: "DBD", role: "officer" as const },
    ]) {
      const outsider = await createTestOfficer({
        db: t.db,
        secrets: t.secrets,
        memberships: [{ agencyCode: code, role }],
      });
      const browser = new BrowserSession(t.app);
      await signInOfficer(browser, outsider);
      const csrfToken = await browser.csrfToken();
      callers.push({
        label: `${role} of ${code} (session)`,
        isOfficer: true,
        isOperator: code === "DGA",
        request: (method, path) =>
          browser.request(path, {
            method,
            ...(method === "GET"
              ? {}
              : {
                  headers: { "content-type": "application/x-www-form-urlencoded" },
                  body: new URLSearchParams({ _csrf: csrfToken, name: "x" }).toString(),
                }),
          }),
      });
      const token = await officerBearerToken(t.db, outsider.officer.id);
      callers.push({
        label: `${role} of ${code} (bearer)`,
        isOfficer: true,
        isOperator: code === "DGA",
        request: (method, path) =>
          Promise.resolve(
            t.app.request(path, {
              method,
              headers: {
                authorization: `Bearer ${token}`,
                ...(method === "GET" ? {} : { "content-type": "application/json" }),
              },
              ...(method === "GET"
                ? {}
                : { body: JSON.stringify({ name: "x", scopes: ["agency:read"] }) }),
            }),
          ),
      });
    }
    const dbdKey = await withinAgency(t.db, await agencyIdOf(t.db, "DBD"), (scope) =>
      createApiKey(scope, { name: "DBD system", scopes: ["applications:read"], createdBy: null }),
    );
    callers.push({
      label: "API key of DBD",
      isOfficer: false,
      request: (method, path) =>
        Promise.resolve(
          t.app.request(path, {
            method,
            headers: {
              authorization: `Bearer ${dbdKey.key}`,
              ...(method === "GET" ? {} : { "content-type": "application/json" }),
            },
            ...(method === "GET" ? {} : { body: "{}" }),
          }),
        ),
    });
  });
  afterAll(() => t.close());

  /**
   * Every route the app has registered under an agency code, in the console,
   * or on an agency's applications, once each.
   */
  function tenantScopedRoutes(): { method: string; path: string }[] {
    const seen = new Map<string, { method: string; path: string }>();
    for (const route of t.app.routes) {
      if (route.method === "ALL") continue;
      const isTenantScoped =
        /\/:code(\/|\{|$)/.test(route.path) ||
        /^\/console(\/|$)/.test(route.path) ||
        /^\/api\/v1\/(applications|inbox)(\/|$)/.test(route.path);
      const key = `${route.method} ${route.path}`;
      if (isTenantScoped && !PUBLIC_AGENCY_ROUTES.has(key)) seen.set(key, route);
    }
    return [...seen.values()];
  }

  /** The path with the owner's code and, for every other parameter, a record the owner holds. */
  function fill(path: string): string {
    const isApplication = /applications\/:(id|applicationId)\b/.test(path);
    const values: Record<string, string> = {
      code: OWNER,
      serviceId: "test-permit",
      applicationId: ownerApplication.id,
      id: isApplication ? ownerApplication.id : ownerKey.id,
      attachmentId: ownerApplication.attachmentId,
      sequence: "1",
    };
    return path.replace(
      /:(\w+)(\{[^}]*\})?/g,
      (_whole, name: string) => values[name] ?? ownerKey.id,
    );
  }

  it("walks every tenant-scoped route as an officer of another agency", async () => {
    const routes = tenantScopedRoutes();
    // The routes this part of Pratu adds must be among them; later modules' are walked too.
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        "GET /api/v1/agencies/:code/api-keys",
        "POST /api/v1/agencies/:code/api-keys",
        "POST /api/v1/agencies/:code/api-keys/:id/revoke",
        "GET /console",
        "GET /console/api-keys",
        "POST /console/api-keys/:id/revoke",
        "PUT /api/v1/agencies/:code/services/:serviceId/draft",
        "POST /api/v1/agencies/:code/services/:serviceId/publish",
        "POST /api/v1/agencies/:code/services/:serviceId/retire",
        "GET /console/services/:serviceId/edit",
        "POST /console/services/:serviceId/edit",
        "POST /console/services/:serviceId/preview",
        "POST /console/services/:serviceId/publish",
        "POST /console/services/:serviceId/retire",
        "POST /console/services/:serviceId/import",
        "GET /api/v1/inbox",
        "GET /api/v1/applications/:applicationId",
        "POST /api/v1/applications/:applicationId/claim",
        "POST /api/v1/applications/:applicationId/request-info",
        "POST /api/v1/applications/:applicationId/decision",
        "POST /api/v1/applications/:applicationId/notes",
        "GET /api/v1/agencies/:code/applications",
        "GET /api/v1/agencies/:code/applications/export",
        "GET /console/inbox",
        "GET /console/applications/:id",
        "POST /console/applications/:id/claim",
        "POST /console/applications/:id/request-info",
        "POST /console/applications/:id/decision",
        "GET /console/applications/:id/attachments/:attachmentId",
      ]),
    );
    const { rows: before } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from audit_log where agency_id = (select id from agencies where code = $1)",
      [OWNER],
    );

    const failures: string[] = [];
    for (const route of routes) {
      const path = fill(route.path);
      const namesAgencyRecord = route.path.includes(":");
      for (const caller of callers) {
        const response = await caller.request(route.method, path);
        const body = await response.text();
        const where = `${route.method} ${path} as ${caller.label}`;
        // The console is for officers only: a program is turned away at its door.
        const isTurnedAway =
          !caller.isOfficer && route.path.startsWith("/console") && response.status === 401;
        if (namesAgencyRecord && response.status !== 404 && !isTurnedAway) {
          failures.push(`${where}: expected 404, got ${response.status}`);
        }
        if (!namesAgencyRecord && response.status >= 500) {
          failures.push(`${where}: failed with ${response.status}`);
        }
        // The operator's dashboards name every agency (levels, reviews): only
        // the name, never what the agency holds.
        const mayName = caller.isOperator && route.path.startsWith("/console/operator");
        for (const marker of markers) {
          if (mayName && marker === OWNER_NAME) continue;
          if (body.includes(marker)) failures.push(`${where}: answered with "${marker}"`);
        }
      }
    }
    expect(failures).toEqual([]);

    // Nothing the owner holds was changed either.
    const { rows: key } = await t.db.query<{ revoked_at: Date | null }>(
      "select revoked_at from api_keys where id = $1",
      [ownerKey.id],
    );
    expect(key[0]?.revoked_at).toBeNull();
    const { rows: after } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from audit_log where agency_id = (select id from agencies where code = $1)",
      [OWNER],
    );
    expect(after[0]?.count).toBe(before[0]?.count);
  });

  it("answers a member of the agency on the same routes, so the walk above proves something", async () => {
    const member = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: OWNER, role: "admin" }],
    });
    const token = await officerBearerToken(t.db, member.officer.id);
    const response = await t.app.request(`/api/v1/agencies/${OWNER}/api-keys`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(SECRET_KEY_NAME);
    const application = await t.app.request(`/api/v1/applications/${ownerApplication.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(application.status).toBe(200);
    expect(await application.text()).toContain(ownerApplication.reference);
    const browser = new BrowserSession(t.app);
    const page = await signInOfficer(browser, member, { next: "/console/api-keys" });
    expect(page.html).toContain(SECRET_KEY_NAME);
    const file = await browser.get(
      `/console/applications/${ownerApplication.id}/attachments/${ownerApplication.attachmentId}`,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("owner-plan.pdf");
  });
});
