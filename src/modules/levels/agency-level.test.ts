import { createTestApp, type TestApp } from "@test/support/app";
import type { BrowserSession } from "@test/support/browser-session";
import { agencyIdOf, signInOfficersByRole } from "@test/support/officers";
import { publishTestService } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { seedDemo } from "@/demo/seed";

import { criteria } from "./schema";

let t: TestApp;
let browsers: Record<"admin" | "officer" | "rdAdmin", BrowserSession>;

beforeAll(async () => {
  t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
  await seedDemo({ db: t.db });
  ({ browsers } = await signInOfficersByRole(t, {
    admin: { agencyCode: "DOPA", role: "admin" },
    officer: { agencyCode: "DOPA", role: "officer" },
    rdAdmin: { agencyCode: "RD", role: "admin" },
  }));
});

afterAll(async () => {
  await t?.close();
});

/** Each condition's row of the page, as "condition: result". */
function conditionResults(html: string): string[] {
  const table = /<caption>เงื่อนไขของแต่ละระดับ<\/caption>[\s\S]*?<\/table>/.exec(html)![0];
  return [
    ...table.matchAll(
      /<tr><td>([^<]+)<\/td><td>[^<]+<\/td><td>[^<]+<\/td><td><strong[^>]*>([^<]+)<\/strong>/g,
    ),
  ].map((match) => `${match[1]}: ${match[2]}`);
}

function everyCriterion(): Record<string, string | string[]> {
  return {
    met: [...criteria],
    ...Object.fromEntries(criteria.map((id) => [`evidence-${id}`, `หลักฐานของ ${id}`])),
  };
}

describe("an agency's level page", () => {
  test("shows which conditions are met and which are missing", async () => {
    const page = await browsers.admin.get("/console/level");
    expect(page.status).toBe(200);
    expect(page.html).toContain('ระดับปัจจุบัน: <strong class="tag tag--warn">ระดับเริ่มต้น</strong>');
    expect(conditionResults(page.html)).toEqual([
      "ประเมินตนเองว่าผ่านเกณฑ์ระดับเริ่มต้นทุกข้อ: ผ่าน",
      "มีอีเมลหรือโดเมนอีเมลทางการที่ตรวจสอบแล้วในทะเบียนช่องทาง: ผ่าน",
      "ประเมินตนเองว่าผ่านเกณฑ์ระดับมาตรฐานทุกข้อ: ยังไม่ผ่าน",
      "มีบริการอิเล็กทรอนิกส์ที่เผยแพร่แล้วอย่างน้อย 1 บริการ: ยังไม่ผ่าน",
      "ตอบคำขอภายในกำหนดอย่างน้อยร้อยละ 80 ในช่วง 90 วันที่ผ่านมา: ผ่าน",
    ]);
    // The demo's assessment is carried into the form.
    expect(page.html).toMatch(
      /id="field-met-official_email" name="met" value="official_email" checked/,
    );
  });

  test("RD meets every self-assessed criterion but publishes no e-service, so stays at beginner", async () => {
    const page = await browsers.rdAdmin.get("/console/level");
    expect(conditionResults(page.html)).toContain(
      "มีบริการอิเล็กทรอนิกส์ที่เผยแพร่แล้วอย่างน้อย 1 บริการ: ยังไม่ผ่าน",
    );
    expect(page.html).toContain("ระดับเริ่มต้น</strong>");
  });

  test("asks for the evidence of each ticked criterion, and saves nothing without it", async () => {
    const page = await browsers.admin.get("/console/level");
    const refused = await browsers.admin.submit(page, "/console/level", {
      ...everyCriterion(),
      "evidence-track_online": " ",
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("กรุณาระบุหลักฐานของเกณฑ์ที่เลือก");
    expect(refused.html).toContain('href="#field-evidence-track_online"');
    const { rows } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from level_assessments where agency_id = $1",
      [await agencyIdOf(t.db, "DOPA")],
    );
    expect(rows[0]!.count).toBe(1);
  });

  test("keeps every self-assessment as history, audits it, and updates the agency's level at once", async () => {
    const dopa = await agencyIdOf(t.db, "DOPA");
    const page = await browsers.admin.get("/console/level");
    const saved = await browsers.admin.submit(page, "/console/level", everyCriterion());
    expect(saved.status).toBe(303);
    const after = await browsers.admin.follow(saved);
    expect(after.html).toContain("บันทึกแบบประเมินแล้ว");
    expect(conditionResults(after.html)).toContain("ประเมินตนเองว่าผ่านเกณฑ์ระดับมาตรฐานทุกข้อ: ผ่าน");
    const { rows } = await t.db.query<{ self_level: string; assessed_by: string | null }>(
      "select self_level, assessed_by from level_assessments where agency_id = $1 order by assessed_at",
      [dopa],
    );
    expect(rows.map((row) => row.self_level)).toEqual(["beginner", "standard"]);
    expect(rows[1]!.assessed_by).not.toBeNull();
    expect(after.html).toContain("<caption>การประเมินตนเองที่ผ่านมา ล่าสุดก่อน</caption>");
    const { rows: audit } = await t.db.query<{
      details: { selfLevel: string; criteriaMet: string[] };
    }>(
      "select details from audit_log where action = 'level.assessed' and agency_id = $1 and actor_type = 'officer'",
      [dopa],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details.selfLevel).toBe("standard");
    expect(audit[0]!.details.criteriaMet).toHaveLength(criteria.length);
    const { rows: snapshot } = await t.db.query<{ level: string; self_level: string }>(
      "select level, self_level from agency_levels where agency_id = $1",
      [dopa],
    );
    expect(snapshot[0]).toEqual({ level: "beginner", self_level: "standard" });
  });

  test("reaches standard once the platform sees a published e-service", async () => {
    await publishTestService(t.db);
    const page = await browsers.admin.get("/console/level");
    expect(page.html).toContain('ระดับปัจจุบัน: <strong class="tag tag--ok">ระดับมาตรฐาน</strong>');
    expect(conditionResults(page.html).every((row) => row.endsWith(": ผ่าน"))).toBe(true);
  });

  test("lets officers read the level but only administrators save it", async () => {
    const page = await browsers.officer.get("/console/level");
    expect(page.status).toBe(200);
    expect(page.html).toContain("เฉพาะผู้ดูแลหน่วยงานเท่านั้นที่บันทึกแบบประเมินได้");
    expect(page.html).not.toContain("บันทึกแบบประเมิน</button>");
    const refused = await browsers.officer.post("/console/level", everyCriterion());
    expect(refused.status).toBe(403);
  });
});
