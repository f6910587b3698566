import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { seedDemo } from "@/demo/seed";

const MARKER = "pasted-marker-7731";
const SCAM_SMS = `กรมสรรพากร: ท่านได้รับเงินคืนภาษี 3,250 บาท กรุณายืนยันตัวตนที่ https://rd-go-th.com/refund?id=${MARKER} ภายใน 24 ชม.`;

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    config: { security: { signInRateLimitPerMinute: 1000 }, scamReports: { perHour: 1000 } },
  });
  await seedDemo({ db: t.db });
});

afterAll(async () => {
  await t?.close();
});

function postJson(path: string, body: unknown) {
  return t.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "en" },
    body: JSON.stringify(body),
  });
}

async function countReports(): Promise<number> {
  const { rows } = await t.db.query<{ count: number }>(
    "select count(*)::int as count from scam_reports",
  );
  return rows[0]!.count;
}

async function auditOf(action: string, targetId: string) {
  const { rows } = await t.db.query<{
    actor_type: string;
    actor_id: string | null;
    agency_id: string | null;
    details: Record<string, unknown>;
  }>(
    "select actor_type, actor_id, agency_id, details from audit_log where action = $1 and target_id = $2 order by seq",
    [action, targetId],
  );
  return rows;
}

function logsMention(text: string): boolean {
  return JSON.stringify(t.logLines).includes(text);
}

describe("checking without reporting", () => {
  test("stores nothing, by API or by page", async () => {
    const before = await countReports();
    expect((await postJson("/api/v1/channels/check", { text: SCAM_SMS })).status).toBe(200);
    const browser = new BrowserSession(t.app);
    const page = await browser.get("/check");
    const checked = await browser.submit(page, "/check", { text: SCAM_SMS });
    expect(checked.status).toBe(200);
    // The result offers the choice, with the text carried over, and explains what reporting keeps.
    expect(checked.html).toContain('action="/check/report"');
    expect(checked.html).toContain("rd-go-th.com/refund?id=pasted-marker-7731");
    expect(checked.html).toContain("เก็บไว้ 180 วัน แล้วลบโดยอัตโนมัติ");
    expect(checked.html).toContain("ที่อยู่ IP");
    expect(await countReports()).toBe(before);
    expect(logsMention(MARKER)).toBe(false);
  });
});

describe("POST /api/v1/scam-reports", () => {
  test("keeps the text and the check result with a reference, and nothing about the reporter", async () => {
    const response = await postJson("/api/v1/scam-reports", {
      text: SCAM_SMS,
      channelsSeen: ["@rdthai1and", "02-123-4567"],
      receivedVia: "sms",
      note: "อ้างว่าเป็นกรมสรรพากร",
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      reference: string;
      status: string;
      deletedAfter: string;
      result: { overall: string; items: { verdict: string }[] };
    };
    expect(body.reference).toMatch(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(body.status).toBe("new");
    expect(body.result.overall).toBe("danger");
    const days = (new Date(body.deletedAfter).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(180);

    const { rows } = await t.db.query<Record<string, unknown>>(
      "select * from scam_reports where reference = $1",
      [body.reference],
    );
    const stored = rows[0]!;
    expect(stored.text).toBe(SCAM_SMS);
    expect(stored.received_via).toBe("sms");
    expect(stored.channels_seen).toEqual(["@rdthai1and", "02-123-4567"]);
    expect((stored.result as { items: unknown[] }).items).toHaveLength(3);
    // Every column, named: none can hold an address, a session or an account.
    expect(Object.keys(stored).sort()).toEqual(
      [
        "channels_seen",
        "decided_at",
        "decided_by",
        "decision_note",
        "expires_at",
        "id",
        "note",
        "overall",
        "received_at",
        "received_via",
        "reference",
        "result",
        "status",
        "text",
      ].sort(),
    );
    const { rows: indicators } = await t.db.query<{ kind: string; indicator: string }>(
      "select kind, indicator, verdict, looks_like from scam_report_indicators where report_id = $1 order by kind",
      [stored.id],
    );
    expect(indicators).toEqual([
      {
        kind: "domain",
        indicator: "rd-go-th.com",
        verdict: "lookalike",
        looks_like: "www.rd.go.th",
      },
      { kind: "line", indicator: "@rdthai1and", verdict: "lookalike", looks_like: "@rdthailand" },
      { kind: "phone", indicator: "+6621234567", verdict: "unknown", looks_like: null },
    ]);
    const audit = await auditOf("scam_report.received", stored.id as string);
    expect(audit).toEqual([
      expect.objectContaining({ actor_type: "anonymous", actor_id: null, agency_id: null }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(MARKER);
    expect(logsMention(MARKER)).toBe(false);
  });

  test.each([
    ["no text", { receivedVia: "sms" }, "text", "required"],
    ["blank text", { text: "   " }, "text", "required"],
    ["text that is not a string", { text: 42 }, "text", "invalid_type"],
    ["text over 5,000 characters", { text: `${"ก".repeat(5_000)} ${MARKER}` }, "text", "too_long"],
    [
      "text and channels seen over 5,000 characters",
      { text: "x".repeat(4_800), channelsSeen: ["y".repeat(300)] },
      "text",
      "too_long",
    ],
    [
      "an unknown way of receiving",
      { text: "hello", receivedVia: "fax" },
      "receivedVia",
      "invalid_option",
    ],
    [
      "a note over 1,000 characters",
      { text: "hello", note: "n".repeat(1_001) },
      "note",
      "too_long",
    ],
    [
      "too many channels seen",
      { text: "hello", channelsSeen: Array(51).fill("a") },
      "channelsSeen",
      "invalid",
    ],
    ["a body that is not an object", ["text"], "(body)", "invalid_type"],
  ])("answers 400 in Thai and English to %s", async (_name, body, field, code) => {
    const before = await countReports();
    const response = await postJson("/api/v1/scam-reports", body);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as {
      code: string;
      errors: {
        field: string;
        code: string;
        message: string;
        messages: { th: string; en: string };
      }[];
    };
    expect(problem.code).toBe("validation_failed");
    const error = problem.errors.find((entry) => entry.field === field);
    expect(error).toMatchObject({ code });
    expect(error!.messages.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(error!.messages.en).toMatch(/[A-Za-z]/);
    expect(error!.message).toBe(error!.messages.en);
    expect(await countReports()).toBe(before);
    expect(logsMention(MARKER)).toBe(false);
  });

  test("is described in the OpenAPI document", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(Object.keys(document.paths["/api/v1/scam-reports"]!.post!.responses)).toEqual([
      "201",
      "400",
      "429",
    ]);
    expect(document.paths["/api/v1/scam-reports/confirmed"]?.get).toBeDefined();
  });

  test("is rate-limited per client", async () => {
    // A client of its own (by address), so the reports of other tests do not count.
    const limited = await createTestApp({
      db: t.db,
      config: { scamReports: { perHour: 2 }, server: { trustProxy: true } },
    });
    const send = () =>
      limited.app.request("/api/v1/scam-reports", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
        body: JSON.stringify({ text: "โอนเงินด่วน https://scam-limit.example" }),
      });
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(201);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).not.toBeNull();
  });
});

describe("reporting from the check page", () => {
  test("works as a plain form with a CSRF token and shows the reference", async () => {
    const browser = new BrowserSession(t.app);
    const checked = await browser.submit(await browser.get("/check"), "/check", { text: SCAM_SMS });
    const before = await countReports();
    const sent = await browser.submit(checked, "/check/report", {
      reportText: SCAM_SMS,
      receivedVia: "line",
      note: "",
    });
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/^\/check\/reports\/SR-[0-9A-Z]{4}-[0-9A-Z]{4}\?received=1$/);
    const standing = await browser.follow(sent);
    expect(standing.html).toContain("ได้รับรายงานแล้ว");
    expect(standing.html).toContain("รอตรวจสอบ");
    expect(standing.html).not.toContain(MARKER);
    expect(await countReports()).toBe(before + 1);
    const reference = /SR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(sent.location!)![0];
    const { rows } = await t.db.query<{ received_via: string; note: string | null }>(
      "select received_via, note from scam_reports where reference = $1",
      [reference],
    );
    expect(rows[0]).toEqual({ received_via: "line", note: null });
    expect(logsMention(MARKER)).toBe(false);
  });

  test("refuses a form without its CSRF token and stores nothing", async () => {
    const browser = new BrowserSession(t.app);
    await browser.get("/check");
    const before = await countReports();
    const refused = await browser.post("/check/report", { reportText: SCAM_SMS }, { csrf: false });
    expect(refused.status).toBe(403);
    expect(await countReports()).toBe(before);
  });

  test("shows each problem beside its field, in Thai, and keeps the check result", async () => {
    const browser = new BrowserSession(t.app);
    const checked = await browser.submit(await browser.get("/check"), "/check", { text: SCAM_SMS });
    const before = await countReports();
    const empty = await browser.submit(checked, "/check/report", { reportText: "  " });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain("กรุณาใส่ข้อความที่ต้องการรายงาน");
    expect(empty.html).toContain('href="#field-reportText"');
    const longNote = await browser.submit(checked, "/check/report", {
      reportText: SCAM_SMS,
      note: "n".repeat(1_001),
    });
    expect(longNote.status).toBe(400);
    expect(longNote.html).toContain("หมายเหตุยาวเกิน 1,000 ตัวอักษร");
    expect(longNote.html).toContain("เลียนแบบช่องทางทางการ");
    expect(await countReports()).toBe(before);
  });

  test("answers 404 for a reference nobody was given", async () => {
    expect((await t.app.request("/check/reports/SR-0000-0000")).status).toBe(404);
    expect((await t.app.request("/check/reports/not-a-reference")).status).toBe(404);
  });
});
