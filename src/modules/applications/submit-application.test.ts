import { createTestApp, type TestApp } from "@test/support/app";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import {
  publishTestService,
  testServiceDefinition,
  validTestAnswers,
} from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { acrFor } from "@/core/auth/assurance";
import { setNoticePhone } from "@/core/auth/citizens";
import { seedDemo } from "@/demo/seed";
import { retireService } from "@/modules/services";

describe("submitting an application through the API", () => {
  let t: TestApp;
  let citizen: TestCitizen;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
  });
  afterAll(async () => t.close());

  function submit(body: unknown, key: string | null, token = citizen.token) {
    return t.app.request("/api/v1/services/test-permit/applications", {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        ...(key === null ? {} : { "idempotency-key": key }),
      },
      body: JSON.stringify(body),
    });
  }

  it("answers 201 with the application and a receipt signed by the agency", async () => {
    const response = await submit({ answers: validTestAnswers }, "first-submission");
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      application: {
        id: string;
        reference: string;
        status: string;
        answers: Record<string, unknown>;
      };
      receipt: { jws: string; payload: Record<string, unknown>; statusCode: string };
    };
    expect(body.application.reference).toMatch(/^DOPA-25\d\d-\d{6}$/);
    expect(body.application.status).toBe("submitted");
    // Answers come back normalised: the phone number without separators.
    expect(body.application.answers.phone).toBe("0812345678");
    expect(body.receipt.payload).toMatchObject({
      reference: body.application.reference,
      service: { id: "test-permit", version: 1 },
      answers: body.application.answers,
    });
    expect(body.receipt.statusCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const verified = await t.app.request("/api/v1/receipts/verify", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ receipt: body.receipt.jws }),
    });
    expect(await verified.json()).toMatchObject({
      verified: true,
      signedBy: { agencyCode: "DOPA" },
    });
  });

  it("returns the same application and receipt for a repeated idempotency key", async () => {
    const first = await submit({ answers: validTestAnswers }, "repeat-me");
    const second = await submit({ answers: validTestAnswers }, "repeat-me");
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    const [a, b] = (await Promise.all([first.json(), second.json()])) as {
      application: { id: string };
      receipt: { jws: string };
    }[];
    expect(b!.application.id).toBe(a!.application.id);
    expect(b!.receipt.jws).toBe(a!.receipt.jws);
  });

  it("refuses an idempotency key reused with other answers", async () => {
    await submit({ answers: validTestAnswers }, "reused-key");
    const response = await submit(
      { answers: { ...validTestAnswers, full_name: "คนอื่น" } },
      "reused-key",
    );
    expect(response.status).toBe(409);
  });

  it("requires an Idempotency-Key header", async () => {
    const response = await submit({ answers: validTestAnswers }, null);
    expect(response.status).toBe(400);
  });

  it("names every wrong answer by its field, in Thai and English", async () => {
    const response = await submit(
      { answers: { national_id: "3100500141783", phone: "12", declaration: false } },
      "bad-answers",
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as {
      errors: { field: string; message: string; messages: { th: string; en: string } }[];
    };
    const fields = problem.errors.map((error) => error.field).sort();
    expect(fields).toEqual(["declaration", "full_name", "national_id", "phone"]);
    for (const error of problem.errors) {
      expect(error.messages.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(error.messages.en).toMatch(/[a-z]/);
    }
  });

  it("refuses answers made for an outdated version of the service", async () => {
    const response = await submit({ serviceVersion: 7, answers: validTestAnswers }, "old-version");
    expect(response.status).toBe(409);
    expect(((await response.json()) as { detail: string }).detail).toContain("version 7");
  });

  it("refuses a sign-in weaker than the service requires", async () => {
    const weak = await createTestCitizen({
      db: t.db,
      secrets: t.secrets,
      assurance: acrFor({ ial: "1.1", aal: "1" }),
    });
    const response = await submit({ answers: validTestAnswers }, "weak", weak.token);
    expect(response.status).toBe(403);
  });

  it("writes the application, its timeline, receipt, audit record and outbox in one go", async () => {
    const response = await submit({ answers: validTestAnswers }, "everything-at-once");
    const { application } = (await response.json()) as { application: { id: string } };
    const count = async (sql: string) =>
      Number((await t.db.query<{ n: string }>(sql, [application.id])).rows[0]!.n);
    expect(
      await count("select count(*) as n from application_events where application_id = $1"),
    ).toBe(1);
    expect(
      await count("select count(*) as n from application_receipts where application_id = $1"),
    ).toBe(1);
    expect(
      await count(
        "select count(*) as n from audit_log where target_id = $1::text and action = 'application.submitted'",
      ),
    ).toBe(1);
    expect(
      await count(
        "select count(*) as n from notification_deliveries where subject_id = $1::text and template = 'application.received'",
      ),
    ).toBe(1);
  });

  it("gives unique reference numbers to parallel submissions, one per idempotency key", async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `parallel-${index % 6}`);
    const responses = await Promise.all(
      keys.map(async (key) => submit({ answers: validTestAnswers }, key)),
    );
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as {
      application: { id: string; reference: string };
    }[];
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const byKey = new Map<string, Set<string>>();
    keys.forEach((key, index) => {
      const ids = byKey.get(key) ?? new Set();
      ids.add(bodies[index]!.application.id);
      byKey.set(key, ids);
    });
    expect([...byKey.values()].every((ids) => ids.size === 1)).toBe(true);
    const references = new Set(bodies.map((body) => body.application.reference));
    expect(references.size).toBe(6);
  });

  it("refuses a service with no online form", async () => {
    await publishTestService(t.db, testServiceDefinition({ id: "counter-only", form: undefined }));
    const response = await t.app.request("/api/v1/services/counter-only/applications", {
      method: "POST",
      headers: {
        authorization: `Bearer ${citizen.token}`,
        "content-type": "application/json",
        "idempotency-key": "counter",
      },
      body: JSON.stringify({ answers: {} }),
    });
    expect(response.status).toBe(409);
  });

  it("tells the applicant by e-mail, and by SMS too when they asked for it", async () => {
    const texting = await createTestCitizen({ db: t.db, secrets: t.secrets });
    await setNoticePhone(t.db, { citizenId: texting.citizenId, phone: "0812345678" });
    const response = await submit({ answers: validTestAnswers }, "with-sms", texting.token);
    const { application } = (await response.json()) as { application: { id: string } };
    const { rows } = await t.db.query<{ channel: string }>(
      `select channel from notification_deliveries
        where subject_id = $1 and template = 'application.received' order by channel`,
      [application.id],
    );
    expect(rows.map((row) => row.channel)).toEqual(["email", "sms"]);
  });

  it("publishes the JSON Schema of the answers, for clients to check before sending", async () => {
    const response = await t.app.request("/api/v1/services/test-permit/answers.schema.json");
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    const schema = (await response.json()) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual([
      "full_name",
      "national_id",
      "phone",
      "plan",
      "declaration",
    ]);
    expect(schema.required).toEqual(
      expect.arrayContaining(["full_name", "national_id", "declaration"]),
    );
  });

  it("refuses a retired service clearly, while its applications stay readable", async () => {
    const made = await submit({ answers: validTestAnswers }, "before-retirement");
    const { application } = (await made.json()) as { application: { id: string } };
    await retireService({
      db: t.db,
      author: { type: "system", id: "test" },
      agencyCode: "DOPA",
      serviceId: "test-permit",
      reason: { th: "ยกเลิกบริการ", en: "Withdrawn" },
    });
    const refused = await submit({ answers: validTestAnswers }, "after-retirement");
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toContain("no longer offered");
    const still = await t.app.request(`/api/v1/applications/${application.id}`, {
      headers: { authorization: `Bearer ${citizen.token}` },
    });
    expect(still.status).toBe(200);
  });
});
