import { createTestApp, type TestApp } from "@test/support/app";
import {
  createExchangeApiKey,
  createExchangeFixture,
  type ExchangeFixture,
} from "@test/support/exchange";
import { createTestOfficer, officerBearerToken } from "@test/support/officers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { OfficerRole } from "@/core/http/context";
import { findApplicableGrant } from "@/modules/exchange";

interface GrantBody {
  id: string;
  status: string;
  isExpired: boolean;
  provider: { code: string };
  consumer: { code: string; subsystem: string | null; client: string };
  service: { id: string; code: string };
  purpose: string;
  fields: string[] | null;
  expiresAt: string | null;
  rateLimitPerMinute: number;
  decisionNote: string | null;
}

interface ProblemBody {
  code: string;
  errors?: { field: string; messages?: { th: string; en: string } }[];
}

const BASIC = "TH/GOV/DOPA/population/person.basic";
const PURPOSE = "elderly-allowance-eligibility";

function requestBody(overrides: Record<string, unknown> = {}) {
  return {
    service: BASIC,
    subsystem: "elderly-allowance",
    purpose: PURPOSE,
    purposeText: {
      th: "ตรวจสอบคุณสมบัติผู้ขอรับเบี้ยยังชีพผู้สูงอายุ",
      en: "Check who may receive the elderly allowance",
    },
    basis: "public_task",
    legalBasis: {
      th: "พ.ร.บ.การบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2565 มาตรา 12",
      en: "Digital Government Administration and Services Act B.E. 2565 (2022), section 12",
    },
    fields: ["firstName", "lastName", "birthDate"],
    ...overrides,
  };
}

describe("access rights between agencies", () => {
  let t: TestApp;
  let fixture: ExchangeFixture;
  const tokens = {} as Record<
    "providerAdmin" | "consumerAdmin" | "consumerViewer" | "outsiderAdmin",
    string
  >;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
    fixture = await createExchangeFixture(t.db, t.secrets);
    const cast: Record<keyof typeof tokens, { agencyCode: string; role: OfficerRole }> = {
      providerAdmin: { agencyCode: "DOPA", role: "admin" },
      consumerAdmin: { agencyCode: "CHIANGMAI-CITY", role: "admin" },
      consumerViewer: { agencyCode: "CHIANGMAI-CITY", role: "viewer" },
      outsiderAdmin: { agencyCode: "DBD", role: "admin" },
    };
    for (const [name, membership] of Object.entries(cast)) {
      const officer = await createTestOfficer({
        db: t.db,
        secrets: t.secrets,
        memberships: [membership],
      });
      tokens[name as keyof typeof tokens] = await officerBearerToken(t.db, officer.officer.id);
    }
  });
  afterAll(() => t.close());

  // Each test starts with no grants: nothing is open by default.
  beforeEach(async () => {
    await t.db.query("delete from exchange_grants");
  });

  function call(token: string, method: string, path: string, body?: unknown) {
    return t.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function requestAccess(overrides: Record<string, unknown> = {}): Promise<GrantBody> {
    const response = await call(
      tokens.consumerAdmin,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody(overrides),
    );
    expect(response.status).toBe(201);
    return (await response.json()) as GrantBody;
  }

  function decide(grantId: string, body: unknown, token = tokens.providerAdmin, code = "DOPA") {
    return call(
      token,
      "POST",
      `/api/v1/agencies/${code}/exchange/grants/${grantId}/decision`,
      body,
    );
  }

  function applicableGrant(subsystem = "elderly-allowance") {
    return findApplicableGrant({
      db: t.db,
      dataServiceId: fixture.basic.id,
      consumerAgencyId: fixture.consumer.id,
      subsystem,
      purpose: PURPOSE,
    });
  }

  async function auditOf(grantId: string) {
    const { rows } = await t.db.query<{ action: string; agency_id: string }>(
      "select action, agency_id from audit_log where target_id = $1 order by occurred_at, chain",
      [grantId],
    );
    return rows;
  }

  async function noticesOf(grantId: string) {
    const { rows } = await t.db.query<{ payload: { agencyId: string; event: string } }>(
      "select payload from jobs where kind = 'exchange.grant_notice' and payload->>'grantId' = $1",
      [grantId],
    );
    return rows.map((row) => ({ to: row.payload.agencyId, event: row.payload.event }));
  }

  it("keeps a request closed until the provider approves it, narrowed, and shows it to both sides", async () => {
    const requested = await requestAccess();
    expect(requested).toMatchObject({
      status: "requested",
      provider: { code: "DOPA" },
      consumer: {
        code: "CHIANGMAI-CITY",
        subsystem: "elderly-allowance",
        client: "TH/GOV/CHIANGMAI-CITY/elderly-allowance",
      },
      service: { id: BASIC, code: "person.basic" },
      fields: ["firstName", "lastName", "birthDate"],
      rateLimitPerMinute: 600,
    });
    expect(await applicableGrant()).toBeNull();

    const incoming = await call(
      tokens.providerAdmin,
      "GET",
      "/api/v1/agencies/DOPA/exchange/grants?role=provider&status=requested",
    );
    expect(incoming.status).toBe(200);
    expect(((await incoming.json()) as { items: GrantBody[] }).items.map((g) => g.id)).toEqual([
      requested.id,
    ]);

    const expiresAt = new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString();
    const approved = await decide(requested.id, {
      decision: "approve",
      fields: ["firstName", "lastName"],
      expiresAt,
      rateLimitPerMinute: 60,
    });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({
      status: "approved",
      fields: ["firstName", "lastName"],
      expiresAt,
      rateLimitPerMinute: 60,
    });

    const own = await call(
      tokens.consumerAdmin,
      "GET",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grants?role=consumer&status=approved",
    );
    const ownItems = ((await own.json()) as { items: GrantBody[] }).items;
    expect(ownItems.map((g) => [g.id, g.status, g.fields])).toEqual([
      [requested.id, "approved", ["firstName", "lastName"]],
    ]);
    // As provider, the consumer has nothing.
    const consumerAsProvider = await call(
      tokens.consumerAdmin,
      "GET",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grants?role=provider",
    );
    expect(((await consumerAsProvider.json()) as { items: unknown[] }).items).toEqual([]);

    // The call path now finds it, for that subsystem only.
    expect(await applicableGrant()).toMatchObject({
      id: requested.id,
      fields: ["firstName", "lastName"],
    });
    expect(await applicableGrant("building-permit")).toBeNull();

    // Each change is on both agencies' chains, and the other side is told.
    const audit = await auditOf(requested.id);
    expect(audit.map((row) => [row.action, row.agency_id]).sort()).toEqual(
      [
        ["exchange_grant.approved", fixture.provider.id],
        ["exchange_grant.approved", fixture.consumer.id],
        ["exchange_grant.requested", fixture.provider.id],
        ["exchange_grant.requested", fixture.consumer.id],
      ].sort(),
    );
    expect(await noticesOf(requested.id)).toEqual(
      expect.arrayContaining([
        { to: fixture.provider.id, event: "requested" },
        { to: fixture.consumer.id, event: "approved" },
      ]),
    );
  });

  it("rejects only with a note, said in Thai and English, and a rejection opens nothing", async () => {
    const requested = await requestAccess();
    const bare = await decide(requested.id, { decision: "reject" });
    expect(bare.status).toBe(400);
    const problem = (await bare.json()) as ProblemBody;
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: "note",
        messages: {
          th: expect.stringContaining("โปรดแจ้งเหตุผล") as string,
          en: expect.stringContaining("Give the requesting agency a reason") as string,
        },
      }),
    ]);

    const rejected = await decide(requested.id, {
      decision: "reject",
      note: "ใช้บริการ person.address แทน",
    });
    expect(rejected.status).toBe(200);
    expect(await rejected.json()).toMatchObject({
      status: "rejected",
      decisionNote: "ใช้บริการ person.address แทน",
    });
    expect(await applicableGrant()).toBeNull();
    // Decided once: a second decision is a conflict.
    expect((await decide(requested.id, { decision: "approve" })).status).toBe(409);
  });

  it("revokes an approved grant at once", async () => {
    const requested = await requestAccess();
    expect((await decide(requested.id, { decision: "approve" })).status).toBe(200);
    expect(await applicableGrant()).not.toBeNull();

    const path = `/api/v1/agencies/DOPA/exchange/grants/${requested.id}/revoke`;
    expect((await call(tokens.providerAdmin, "POST", path, {})).status).toBe(400);
    const revoked = await call(tokens.providerAdmin, "POST", path, { note: "สิ้นสุดโครงการ" });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ status: "revoked", decisionNote: "สิ้นสุดโครงการ" });
    expect(await applicableGrant()).toBeNull();
    expect((await call(tokens.providerAdmin, "POST", path, { note: "again" })).status).toBe(409);
    expect(
      (await auditOf(requested.id)).filter((row) => row.action === "exchange_grant.revoked"),
    ).toHaveLength(2);
  });

  it("lets only the provider decide or revoke, and only the consumer ask or withdraw", async () => {
    const requested = await requestAccess();
    // The consumer knows its own request, so it is told it may not decide.
    const byConsumer = await decide(
      requested.id,
      { decision: "approve" },
      tokens.consumerAdmin,
      "CHIANGMAI-CITY",
    );
    expect(byConsumer.status).toBe(403);
    const revokeByConsumer = await call(
      tokens.consumerAdmin,
      "POST",
      `/api/v1/agencies/CHIANGMAI-CITY/exchange/grants/${requested.id}/revoke`,
      { note: "x" },
    );
    expect(revokeByConsumer.status).toBe(403);
    // The provider cannot ask in the consumer's name: it is not its member.
    const onBehalf = await call(
      tokens.providerAdmin,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ purpose: "another-purpose" }),
    );
    expect(onBehalf.status).toBe(404);
    const withdrawByProvider = await call(
      tokens.providerAdmin,
      "POST",
      `/api/v1/agencies/DOPA/exchange/grants/${requested.id}/withdraw`,
    );
    expect(withdrawByProvider.status).toBe(403);
    expect(await applicableGrant()).toBeNull();

    const withdrawn = await call(
      tokens.consumerAdmin,
      "POST",
      `/api/v1/agencies/CHIANGMAI-CITY/exchange/grants/${requested.id}/withdraw`,
    );
    expect(withdrawn.status).toBe(204);
    const list = await call(tokens.providerAdmin, "GET", "/api/v1/agencies/DOPA/exchange/grants");
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    const withdrawnOn = (await auditOf(requested.id))
      .filter((row) => row.action === "exchange_grant.withdrawn")
      .map((row) => row.agency_id);
    expect(withdrawnOn.sort()).toEqual([fixture.provider.id, fixture.consumer.id].sort());
    expect(await noticesOf(requested.id)).toContainEqual({
      to: fixture.provider.id,
      event: "withdrawn",
    });
  });

  it("asks only for fields the data service returns, and approves only fields asked for", async () => {
    const refused = await call(
      tokens.consumerAdmin,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ fields: ["firstName", "address"] }),
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ProblemBody).errors).toEqual([
      expect.objectContaining({
        field: "fields",
        messages: {
          th: "บริการข้อมูลนี้ไม่มีข้อมูล address",
          en: "The data service does not return address.",
        },
      }),
    ]);
    const requested = await requestAccess({ fields: ["firstName"] });
    const wider = await decide(requested.id, {
      decision: "approve",
      fields: ["firstName", "birthDate"],
    });
    expect(wider.status).toBe(400);
    expect(((await wider.json()) as ProblemBody).errors?.[0]?.field).toBe("fields");
    expect(await applicableGrant()).toBeNull();
  });

  it("refuses what is malformed, unknown or already open, naming each problem", async () => {
    const malformed = await call(
      tokens.consumerAdmin,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ purpose: "Not A Code", purposeText: { th: "", en: "ok" }, basis: "because" }),
    );
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ProblemBody).errors?.map((e) => e.field).sort()).toEqual(
      ["basis", "purpose", "purposeText.th"].sort(),
    );
    const unknown = await call(
      tokens.consumerAdmin,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ service: "TH/GOV/DOPA/population/person.secrets" }),
    );
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ProblemBody).errors?.[0]?.field).toBe("service");

    await requestAccess();
    const again = await call(
      tokens.consumerAdmin,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody(),
    );
    expect(again.status).toBe(409);
    // Another subsystem is another request.
    await requestAccess({ subsystem: "building-permit" });
  });

  it("answers other agencies 404, and refuses a viewer or a key without exchange:manage", async () => {
    const requested = await requestAccess();
    for (const [method, path, body] of [
      ["GET", "/api/v1/agencies/DOPA/exchange/grants", undefined],
      ["GET", `/api/v1/agencies/DOPA/exchange/grants/${requested.id}`, undefined],
      [
        "POST",
        `/api/v1/agencies/DOPA/exchange/grants/${requested.id}/decision`,
        { decision: "approve" },
      ],
      ["GET", `/api/v1/agencies/DBD/exchange/grants/${requested.id}`, undefined],
      [
        "POST",
        `/api/v1/agencies/DBD/exchange/grants/${requested.id}/decision`,
        { decision: "approve" },
      ],
    ] as const) {
      const response = await call(tokens.outsiderAdmin, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    expect(await applicableGrant()).toBeNull();

    const byViewer = await call(
      tokens.consumerViewer,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ purpose: "viewer-purpose" }),
    );
    expect(byViewer.status).toBe(403);
    const viewerList = await call(
      tokens.consumerViewer,
      "GET",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grants",
    );
    expect(viewerList.status).toBe(200);

    const queryKey = await createExchangeApiKey(t.db, fixture.consumer, ["exchange:query"]);
    const byQueryKey = await call(
      queryKey,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ purpose: "key-purpose" }),
    );
    expect(byQueryKey.status).toBe(403);
    const manageKey = await createExchangeApiKey(t.db, fixture.consumer, ["exchange:manage"]);
    const byManageKey = await call(
      manageKey,
      "POST",
      "/api/v1/agencies/CHIANGMAI-CITY/exchange/grant-requests",
      requestBody({ purpose: "key-purpose" }),
    );
    expect(byManageKey.status).toBe(201);
  });

  it("publishes the catalogue of data services, with no one's data, and its API in OpenAPI", async () => {
    const response = await t.app.request("/api/v1/exchange/services");
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as {
      items: { id: string; provider: { code: string }; fields: { key: string }[] }[];
    };
    expect(items.map((item) => item.id)).toEqual([
      "TH/GOV/DOPA/population/person.address",
      "TH/GOV/DOPA/population/person.basic",
    ]);
    expect(items[1]?.fields.map((field) => field.key)).toEqual([
      "firstName",
      "lastName",
      "birthDate",
    ]);
    const page = await t.app.request("/exchange", { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(html).toContain("TH/GOV/DOPA/population/person.basic");
    expect(html).toContain("กรมการปกครอง");
    expect(html).not.toContain("สมชาย");

    const openapi = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/exchange/services",
        "/api/v1/agencies/{code}/exchange/grant-requests",
        "/api/v1/agencies/{code}/exchange/grants",
        "/api/v1/agencies/{code}/exchange/grants/{id}/decision",
        "/api/v1/agencies/{code}/exchange/grants/{id}/revoke",
      ]),
    );
  });
});
