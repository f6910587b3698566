import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { seedDemo } from "@/demo/seed";
import { jobHandlers } from "@/job-handlers";

import { expireScamReports } from "./expire-scam-reports";
import { reportScam } from "./report-scam";

let t: TestApp;
let browsers: Record<"operator" | "viewer" | "outsider", BrowserSession>;

beforeAll(async () => {
  t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
  await seedDemo({ db: t.db });
  ({ browsers } = await signInOfficersByRole(t, {
    operator: { agencyCode: "DGA", role: "officer" },
    viewer: { agencyCode: "DGA", role: "viewer" },
    outsider: { agencyCode: "DBD", role: "admin" },
  }));
});

afterAll(async () => {
  await t?.close();
});

async function auditOf(action: string, targetId: string) {
  const { rows } = await t.db.query<{
    actor_type: string;
    agency_id: string | null;
    details: Record<string, unknown>;
  }>(
    "select actor_type, agency_id, details from audit_log where action = $1 and target_id = $2 order by seq",
    [action, targetId],
  );
  return rows;
}

describe("the operator's review queue", () => {
  async function reportCampaign(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      const report = await reportScam({
        db: t.db,
        text: `แจ้งเตือนจากกรมสรรพากร รับเงินคืนที่ https://rd-tax-refund.com/r/${n} ด่วน`,
        retentionDays: 180,
      });
      ids.push(report.id);
    }
    return ids;
  }

  test("lists reports newest first and groups them by the look-alike they name", async () => {
    const ids = await reportCampaign(3);
    const page = await browsers.operator.get("/console/operator/scam-reports");
    expect(page.status).toBe(200);
    expect(page.html).toContain("รายงานมิจฉาชีพ");
    const campaign =
      /<a href="[^"]*kind=domain&amp;indicator=rd-tax-refund.com"[^>]*>rd-tax-refund.com<\/a><\/td><td>[^<]*<\/td><td><span translate="no">www.rd.go.th<\/span><\/td><td>3<\/td>/;
    expect(page.html).toMatch(campaign);
    const filtered = await browsers.operator.get(
      "/console/operator/scam-reports?kind=domain&indicator=rd-tax-refund.com",
    );
    const references = [...filtered.html.matchAll(/scam-reports\/([0-9a-f-]{36})"/g)].map(
      (match) => match[1],
    );
    expect(references).toEqual([...ids].reverse());
  });

  test("audits each view of a report and each decision, with its note", async () => {
    const [id] = await reportCampaign(1);
    const view = await browsers.operator.get(`/console/operator/scam-reports/${id}`);
    expect(view.status).toBe(200);
    expect(view.html).toContain("rd-tax-refund.com/r/0");
    expect(await auditOf("scam_report.viewed", id!)).toHaveLength(1);

    const missingNote = await browsers.operator.submit(
      view,
      `/console/operator/scam-reports/${id}/decision`,
      { decision: "confirmed_scam", note: "" },
    );
    expect(missingNote.status).toBe(400);
    expect(missingNote.html).toContain("กรุณาใส่บันทึกการตัดสิน");
    expect(await auditOf("scam_report.decided", id!)).toHaveLength(0);

    const decided = await browsers.operator.submit(
      view,
      `/console/operator/scam-reports/${id}/decision`,
      { decision: "confirmed_scam", note: "โดเมนเลียนแบบกรมสรรพากร" },
    );
    expect(decided.status).toBe(303);
    const { rows } = await t.db.query<{ status: string; decision_note: string }>(
      "select status, decision_note from scam_reports where id = $1",
      [id],
    );
    expect(rows[0]).toEqual({ status: "confirmed_scam", decision_note: "โดเมนเลียนแบบกรมสรรพากร" });
    const audit = await auditOf("scam_report.decided", id!);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_type: "officer",
        details: { from: "new", to: "confirmed_scam", note: "โดเมนเลียนแบบกรมสรรพากร" },
      }),
    ]);
    const { rows: dga } = await t.db.query<{ id: string }>(
      "select id from agencies where code = 'DGA'",
    );
    expect(audit[0]!.agency_id).toBe(dga[0]!.id);

    const confirmedOnly = await browsers.operator.get(
      "/console/operator/scam-reports?status=confirmed_scam",
    );
    expect(confirmedOnly.html).toContain(`scam-reports/${id}"`);
    const newOnly = await browsers.operator.get("/console/operator/scam-reports");
    expect(newOnly.html).not.toContain(`scam-reports/${id}"`);
  });

  test("tells the public how often a confirmed look-alike was reported", async () => {
    const ids = await reportCampaign(2);
    for (const id of ids) {
      const view = await browsers.operator.get(`/console/operator/scam-reports/${id}`);
      await browsers.operator.submit(view, `/console/operator/scam-reports/${id}/decision`, {
        decision: "confirmed_scam",
        note: "ยืนยัน",
      });
    }
    const browser = new BrowserSession(t.app);
    const checked = await browser.submit(await browser.get("/check"), "/check", {
      text: "รับเงินคืนภาษีที่ https://rd-tax-refund.com/x",
    });
    expect(checked.html).toMatch(/สพร\. ยืนยันแล้วว่าเป็นมิจฉาชีพ ถูกรายงาน [3-9] ครั้ง/);
    const summary = await t.app.request("/api/v1/scam-reports/confirmed");
    const body = (await summary.json()) as { items: { indicator: string; reports: number }[] };
    expect(body.items).toContainEqual(
      expect.objectContaining({
        kind: "domain",
        indicator: "rd-tax-refund.com",
        looksLike: "www.rd.go.th",
      }),
    );
    expect(JSON.stringify(body)).not.toContain("/r/");
  });

  test("is not there for other agencies' officers, and refuses the operator's viewers", async () => {
    const [id] = await reportCampaign(1);
    for (const path of ["/console/operator/scam-reports", `/console/operator/scam-reports/${id}`]) {
      expect((await browsers.outsider.get(path)).status).toBe(404);
      expect((await browsers.viewer.get(path)).status).toBe(403);
    }
    const decide = await browsers.outsider.post(`/console/operator/scam-reports/${id}/decision`, {
      decision: "not_scam",
      note: "x",
    });
    expect(decide.status).toBe(404);
    const anonymous = await t.app.request("/console/operator/scam-reports", {
      headers: { accept: "text/html" },
    });
    expect(anonymous.status).toBe(303);
    const { rows } = await t.db.query<{ status: string }>(
      "select status from scam_reports where id = $1",
      [id],
    );
    expect(rows[0]!.status).toBe("new");
    const home = await browsers.outsider.get("/console");
    expect(home.html).not.toContain("/console/operator/scam-reports");
    const operatorHome = await browsers.operator.get("/console");
    expect(operatorHome.html).toContain('href="/console/operator/scam-reports"');
  });
});

describe("retention", () => {
  test("runs by itself every hour in the worker", () => {
    const job = jobHandlers.find((handler) => handler.kind === "channels.expire_scam_reports");
    expect(job?.everyMilliseconds).toBe(60 * 60 * 1000);
  });

  test("deletes only reports past their time, with what they name", async () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const day = 86_400_000;
    const old = await reportScam({
      db: t.db,
      text: "เก่า https://old-scam.example",
      retentionDays: 180,
      now: new Date(now.getTime() - 181 * day),
    });
    const edge = await reportScam({
      db: t.db,
      text: "ครบพอดี https://edge-scam.example",
      retentionDays: 180,
      now: new Date(now.getTime() - 180 * day),
    });
    const recent = await reportScam({
      db: t.db,
      text: "ใหม่ https://new-scam.example",
      retentionDays: 180,
      now: new Date(now.getTime() - 179 * day),
    });
    const deleted = await expireScamReports({ db: t.db, retentionDays: 180, now });
    const { rows } = await t.db.query<{ id: string }>(
      "select id from scam_reports where id = any ($1::uuid[])",
      [[old.id, edge.id, recent.id]],
    );
    expect(rows.map((row) => row.id)).toEqual([recent.id]);
    expect(deleted).toBeGreaterThanOrEqual(2);
    const { rows: orphans } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from scam_report_indicators where report_id = any ($1::uuid[])",
      [[old.id, edge.id]],
    );
    expect(orphans[0]!.count).toBe(0);
  });

  test("applies a retention shortened since a report was received", async () => {
    const now = new Date("2027-06-01T00:00:00Z");
    const report = await reportScam({
      db: t.db,
      text: "สั้นลง https://shortened-scam.example",
      retentionDays: 180,
      now: new Date(now.getTime() - 40 * 86_400_000),
    });
    await expireScamReports({ db: t.db, retentionDays: 60, now });
    expect(await t.db.query("select 1 from scam_reports where id = $1", [report.id])).toMatchObject(
      {
        rows: [{}],
      },
    );
    await expireScamReports({ db: t.db, retentionDays: 30, now });
    expect(
      (await t.db.query("select 1 from scam_reports where id = $1", [report.id])).rows,
    ).toEqual([]);
  });
});
