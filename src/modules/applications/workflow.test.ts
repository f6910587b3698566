import { createTestApp, type TestApp } from "@test/support/app";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import { agencyIdOf, createTestOfficer, officerBearerToken } from "@test/support/officers";
import { publishTestService, validTestAnswers } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";
import { getServiceSatisfaction } from "@/modules/services";

describe("an application from submission to decision, through the API", () => {
  let t: TestApp;
  let citizen: TestCitizen;
  let officerToken: string;
  let outsiderToken: string;
  let applicationId: string;

  const call = (token: string, method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    officerToken = await officerBearerToken(t.db, officer.officer.id);
    const outsider = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DBD", role: "admin" }],
    });
    outsiderToken = await officerBearerToken(t.db, outsider.officer.id);
    const response = await t.app.request("/api/v1/services/test-permit/applications", {
      method: "POST",
      headers: {
        authorization: `Bearer ${citizen.token}`,
        "content-type": "application/json",
        "idempotency-key": "workflow",
      },
      body: JSON.stringify({ answers: validTestAnswers }),
    });
    applicationId = ((await response.json()) as { application: { id: string } }).application.id;
  });
  afterAll(async () => t.close());

  it("shows the application in the agency's inbox, and nowhere else", async () => {
    const inbox = (await (await call(officerToken, "GET", "/api/v1/inbox")).json()) as {
      items: { id: string; status: string }[];
    };
    expect(inbox.items.map((item) => item.id)).toContain(applicationId);
    const elsewhere = (await (await call(outsiderToken, "GET", "/api/v1/inbox")).json()) as {
      items: unknown[];
    };
    expect(elsewhere.items).toHaveLength(0);
  });

  it("answers 404 to an officer of another agency, whatever the action", async () => {
    for (const [method, path, body] of [
      ["GET", `/api/v1/applications/${applicationId}`, undefined],
      ["POST", `/api/v1/applications/${applicationId}/claim`, {}],
      ["POST", `/api/v1/applications/${applicationId}/request-info`, { message: "x" }],
      [
        "POST",
        `/api/v1/applications/${applicationId}/decision`,
        { outcome: "approved", reason: "x" },
      ],
      ["POST", `/api/v1/applications/${applicationId}/notes`, { body: "x" }],
    ] as const) {
      const response = await call(outsiderToken, method, path, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
  });

  it("claims, asks for more information once, and pauses the clock", async () => {
    const claimed = await call(
      officerToken,
      "POST",
      `/api/v1/applications/${applicationId}/claim`,
      {},
    );
    expect(await claimed.json()).toMatchObject({ status: "in_review" });
    const asked = await call(
      officerToken,
      "POST",
      `/api/v1/applications/${applicationId}/request-info`,
      {
        message: "โปรดแนบแบบแปลนที่มีลายมือชื่อวิศวกร",
        fields: ["plan"],
      },
    );
    expect(await asked.json()).toMatchObject({ status: "info_requested" });
    const again = await call(
      officerToken,
      "POST",
      `/api/v1/applications/${applicationId}/request-info`,
      {
        message: "และอีกอย่าง",
      },
    );
    expect(again.status).toBe(409);
    expect(((await again.json()) as { detail: string }).detail).toMatch(/only one request/);
    const early = await call(
      officerToken,
      "POST",
      `/api/v1/applications/${applicationId}/decision`,
      {
        outcome: "approved",
        reason: "ครบถ้วน",
      },
    );
    expect(early.status).toBe(409);
    const seen = (await (
      await call(citizen.token, "GET", `/api/v1/applications/${applicationId}`)
    ).json()) as {
      isClockPaused: boolean;
      infoRequest: { message: string };
    };
    expect(seen.isClockPaused).toBe(true);
    expect(seen.infoRequest.message).toContain("แบบแปลน");
  });

  it("takes the applicant's amendment with a second receipt and restarts the clock", async () => {
    const before = (await (
      await call(citizen.token, "GET", `/api/v1/applications/${applicationId}`)
    ).json()) as {
      dueAt: string;
    };
    const amended = await call(
      citizen.token,
      "POST",
      `/api/v1/applications/${applicationId}/amend`,
      {
        answers: { ...validTestAnswers, phone: "0899999999" },
      },
    );
    expect(amended.status).toBe(200);
    const body = (await amended.json()) as {
      application: {
        status: string;
        isClockPaused: boolean;
        dueAt: string;
        answers: { phone: string };
      };
      receipt: { payload: { sequence: number; kind: string } };
    };
    expect(body.application).toMatchObject({ status: "in_review", isClockPaused: false });
    expect(body.application.answers.phone).toBe("0899999999");
    expect(body.receipt.payload).toMatchObject({ sequence: 2, kind: "amendment" });
    expect(new Date(body.application.dueAt).getTime()).toBeGreaterThanOrEqual(
      new Date(before.dueAt).getTime() - 24 * 3600 * 1000,
    );
  });

  it("decides with a reason the applicant reads, and lets them rate it once", async () => {
    const decided = await call(
      officerToken,
      "POST",
      `/api/v1/applications/${applicationId}/decision`,
      {
        outcome: "approved",
        reason: "เอกสารครบถ้วนตามกฎกระทรวง",
      },
    );
    expect(await decided.json()).toMatchObject({ status: "approved" });
    const seen = (await (
      await call(citizen.token, "GET", `/api/v1/applications/${applicationId}`)
    ).json()) as {
      decision: { outcome: string; reason: string };
      timeline: { kind: string }[];
    };
    expect(seen.decision).toMatchObject({
      outcome: "approved",
      reason: "เอกสารครบถ้วนตามกฎกระทรวง",
    });
    expect(seen.timeline.map((event) => event.kind)).toEqual([
      "submitted",
      "claimed",
      "info_requested",
      "amended",
      "approved",
    ]);
    const { rows } = await t.db.query<{ template: string }>(
      "select template from notification_deliveries where subject_id = $1 order by created_at",
      [applicationId],
    );
    expect(rows.map((row) => row.template)).toEqual([
      "application.received",
      "application.info_requested",
      "application.decided",
    ]);

    const rated = await call(
      citizen.token,
      "POST",
      `/api/v1/applications/${applicationId}/rating`,
      {
        score: 4,
        comment: "รวดเร็ว",
      },
    );
    expect(rated.status).toBe(204);
    const twice = await call(
      citizen.token,
      "POST",
      `/api/v1/applications/${applicationId}/rating`,
      { score: 5 },
    );
    expect(twice.status).toBe(409);
    expect(await getServiceSatisfaction(t.db, "test-permit")).toEqual({
      responses: 1,
      average: 4,
      percent: 80,
    });
  });

  it("lets the agency's own systems list and export with an API key, and only read", async () => {
    const agencyId = await agencyIdOf(t.db, "DOPA");
    const { key } = await withinAgency(t.db, agencyId, (scope) =>
      createApiKey(scope, {
        name: "records system",
        scopes: ["applications:read"],
        createdBy: null,
      }),
    );
    const listed = (await (
      await call(key, "GET", "/api/v1/agencies/DOPA/applications?status=all")
    ).json()) as {
      items: { id: string }[];
    };
    expect(listed.items.map((item) => item.id)).toContain(applicationId);
    const csv = await call(key, "GET", "/api/v1/agencies/DOPA/applications/export?format=csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    // The byte-order mark first, so spreadsheets read the Thai as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.slice(1).startsWith("id,reference,")).toBe(true);
    expect(text).toContain("answers.full_name");
    const otherAgency = await call(key, "GET", "/api/v1/agencies/DBD/applications");
    expect(otherAgency.status).toBe(404);
    const decide = await call(key, "POST", `/api/v1/applications/${applicationId}/decision`, {
      outcome: "rejected",
      reason: "x",
    });
    expect(decide.status).toBe(403);
  });
});
