import { createTestApp, type TestApp } from "@test/support/app";
import {
  consoleApplicationPath,
  listedReferences,
  submitTestApplication,
  TEST_PDF,
} from "@test/support/applications";
import { BrowserSession } from "@test/support/browser-session";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import { agencyIdOf, signInOfficersByRole, type TestOfficer } from "@test/support/officers";
import { publishTestService } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";

const OWNER = "DOPA";
const page = consoleApplicationPath;

describe("the officer's application page and its actions", () => {
  let t: TestApp;
  let citizen: TestCitizen;
  let ownerId: string;
  const roles = {
    first: { agencyCode: OWNER, role: "officer" },
    second: { agencyCode: OWNER, role: "officer" },
    viewer: { agencyCode: OWNER, role: "viewer" },
    outsider: { agencyCode: "DGA", role: "admin" },
  } as const;
  let officers: Record<keyof typeof roles, TestOfficer>;
  let browsers: Record<keyof typeof roles, BrowserSession>;

  beforeAll(async () => {
    t = await createTestApp({
      config: { security: { signInRateLimitPerMinute: 1000, rateLimitPerMinute: 100_000 } },
    });
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    ownerId = await agencyIdOf(t.db, OWNER);
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
    ({ officers, browsers } = await signInOfficersByRole(t, roles));
  });
  afterAll(async () => {
    // Every refusal above is an answer, never a crash.
    expect(t.logLines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    await t.close();
  });

  function apply(
    options: { serviceId?: string; files?: { filename: string; bytes: Uint8Array }[] } = {},
  ) {
    return submitTestApplication({ db: t.db, secrets: t.secrets, citizen, ...options });
  }

  async function auditCount(action: string, applicationId: string): Promise<number> {
    const { rows } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from audit_log where action = $1 and target_id = $2",
      [action, applicationId],
    );
    return rows[0]?.count ?? 0;
  }

  it("claims, asks once for more information, and explains why a second request is refused", async () => {
    const application = await apply();
    const claimed = await browsers.first.post(`${page(application.id)}/claim`, {});
    expect(claimed.status).toBe(303);
    expect(claimed.location).toBe(`${page(application.id)}?done=claimed`);
    const afterClaim = await browsers.first.follow(claimed);
    expect(afterClaim.html).toContain("รับเรื่องแล้ว");
    expect(afterClaim.html).toContain("คุณเป็นผู้รับเรื่องคำขอนี้");
    expect(afterClaim.html).toContain(`action="${page(application.id)}/request-info"`);

    const empty = await browsers.first.post(`${page(application.id)}/request-info`, {
      message: "  ",
    });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('class="error-summary"');
    expect(empty.html).toMatch(/id="field-message-error"[^>]*>\s*โปรดระบุสิ่งที่ผู้ยื่นต้องส่งหรือแก้ไข/);

    const requested = await browsers.first.post(`${page(application.id)}/request-info`, {
      message: "โปรดแนบแบบแปลนชั้นที่ 2",
      fields: ["plan", "phone"],
    });
    expect(requested.status).toBe(303);
    const afterRequest = await browsers.first.follow(requested);
    expect(afterRequest.html).toContain("ส่งคำขอข้อมูลเพิ่มเติมถึงผู้ยื่นแล้ว");
    expect(afterRequest.html).toContain("รอผู้ยื่น");
    expect(afterRequest.html).toContain("กฎหมายให้ขอได้เพียงครั้งเดียว");
    expect(afterRequest.html).not.toContain(`action="${page(application.id)}/request-info"`);
    expect(afterRequest.html).not.toContain(`action="${page(application.id)}/decision"`);
    expect(afterRequest.html).toContain("สิ่งที่ขอ: โปรดแนบแบบแปลนชั้นที่ 2");

    const again = await browsers.first.post(`${page(application.id)}/request-info`, {
      message: "ขออีกครั้ง",
    });
    expect(again.status).toBe(409);
    expect(again.html).toContain('role="alert"');
    expect(again.html).toContain("กฎหมายให้ขอได้เพียงครั้งเดียว");
    const deciding = await browsers.first.post(`${page(application.id)}/decision`, {
      outcome: "approved",
      reason: "ครบถ้วน",
    });
    expect(deciding.status).toBe(409);
    expect(deciding.html).toContain("ผู้ยื่นยังไม่ได้ส่งข้อมูลเพิ่มเติมที่ขอไว้");
  });

  it("records a decision with its reason, shown on the timeline, and then offers no more decisions", async () => {
    const application = await apply();
    const incomplete = await browsers.first.post(`${page(application.id)}/decision`, {
      reason: "",
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.html).toContain("โปรดเลือกอนุมัติหรือไม่อนุมัติ");
    expect(incomplete.html).toContain("โปรดระบุเหตุผล");

    const decided = await browsers.first.post(`${page(application.id)}/decision`, {
      outcome: "rejected",
      reason: "ที่ดินอยู่นอกเขตที่อนุญาตให้ก่อสร้าง",
    });
    expect(decided.status).toBe(303);
    const after = await browsers.first.follow(decided);
    expect(after.html).toContain("บันทึกผลการพิจารณาแล้ว");
    expect(after.html).toContain("เหตุผล: ที่ดินอยู่นอกเขตที่อนุญาตให้ก่อสร้าง");
    expect(after.html).not.toContain(`action="${page(application.id)}/decision"`);
    const { rows } = await withinAgency(t.db, ownerId, (scope) =>
      scope.tx.query<{ status: string; decision_reason: { text: string } }>(
        "select status, decision_reason from applications where agency_id = $1 and id = $2",
        [scope.agencyId, application.id],
      ),
    );
    expect(rows[0]).toMatchObject({
      status: "rejected",
      decision_reason: { text: "ที่ดินอยู่นอกเขตที่อนุญาตให้ก่อสร้าง" },
    });

    const twice = await browsers.first.post(`${page(application.id)}/decision`, {
      outcome: "approved",
      reason: "เปลี่ยนใจ",
    });
    expect(twice.status).toBe(409);
    expect(twice.html).toContain("คำขอนี้พิจารณาแล้ว");
  });

  it("assigns to a colleague of the agency and keeps internal notes", async () => {
    const application = await apply();
    const toViewer = await browsers.first.post(`${page(application.id)}/assign`, {
      assignTo: officers.viewer.officer.id,
    });
    expect(toViewer.status).toBe(400);
    expect(toViewer.html).toContain("โปรดเลือกเจ้าหน้าที่ที่จะมอบหมาย");

    const assigned = await browsers.first.post(`${page(application.id)}/assign`, {
      assignTo: officers.second.officer.id,
    });
    expect(assigned.status).toBe(303);
    const mine = await browsers.second.get("/console/inbox?assignee=me");
    expect(listedReferences(mine.html)).toContain(application.reference);

    const noted = await browsers.second.post(`${page(application.id)}/notes`, {
      body: "โทรยืนยันกับผู้ยื่นแล้ว\nรอเอกสารตัวจริง",
    });
    expect(noted.status).toBe(303);
    const after = await browsers.second.follow(noted);
    expect(after.html).toContain("เพิ่มบันทึกแล้ว");
    expect(after.html).toContain("โทรยืนยันกับผู้ยื่นแล้ว<br/>รอเอกสารตัวจริง");
    expect(await auditCount("application.noted", application.id)).toBe(1);
  });

  it("shows a viewer the application without any action, and refuses a viewer's action with 403", async () => {
    const application = await apply();
    const viewed = await browsers.viewer.get(page(application.id));
    expect(viewed.status).toBe(200);
    expect(viewed.html).toContain(application.reference);
    expect(viewed.html).toContain("บทบาทของคุณคือผู้ดูข้อมูล");
    expect(viewed.html).not.toMatch(/action="\/console\/applications\//);
    for (const action of ["claim", "assign", "request-info", "decision", "notes"]) {
      const refused = await browsers.viewer.post(`${page(application.id)}/${action}`, {
        message: "x",
        outcome: "approved",
        reason: "x",
        body: "x",
        assignTo: officers.first.officer.id,
      });
      expect(refused.status, action).toBe(403);
    }
    const { rows } = await withinAgency(t.db, ownerId, (scope) =>
      scope.tx.query<{ status: string; claimed_by: string | null }>(
        "select status, claimed_by from applications where agency_id = $1 and id = $2",
        [scope.agencyId, application.id],
      ),
    );
    expect(rows[0]).toEqual({ status: "submitted", claimed_by: null });
  });

  it("shows the applicant, answers, attachments, receipts and notices, and audits each view", async () => {
    const application = await apply({
      files: [{ filename: "แบบแปลน (ชั้น 1).pdf", bytes: TEST_PDF }],
    });
    const before = await auditCount("application.viewed", application.id);
    const viewed = await browsers.first.get(page(application.id));
    expect(viewed.status).toBe(200);
    expect(await auditCount("application.viewed", application.id)).toBe(before + 1);
    expect(viewed.html).toContain("ประยูร บุญมา");
    expect(viewed.html).toContain("ลงท้ายด้วย 1782");
    expect(viewed.html).not.toContain("3100500141782".slice(0, 9));
    expect(viewed.html).toContain("ใบอนุญาตทดสอบ (ฉบับที่ 1)");
    expect(viewed.html).toContain("081-234-5678");
    expect(viewed.html).toContain("แบบแปลน (ชั้น 1).pdf");
    expect(viewed.html).toContain("application/pdf");
    expect(viewed.html).toMatch(/<code>[0-9a-f]{64}<\/code>/);
    expect(viewed.html).toContain("ยื่นคำขอและได้รับใบรับคำขอ");
    expect(viewed.html).toContain(`href="${page(application.id)}/receipts/1"`);
    // The receipt notice to the applicant, waiting in the outbox.
    expect(viewed.html).toContain("การแจ้งเตือนเกี่ยวกับคำขอนี้");

    const receipt = await browsers.first.get(`${page(application.id)}/receipts/1`);
    expect(receipt.status).toBe(200);
    expect(receipt.html).toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(receipt.html).toContain(application.reference);
    expect((await browsers.first.get(`${page(application.id)}/receipts/2`)).status).toBe(404);
  });

  it("hands out an attachment for download, audited, and only within its own application", async () => {
    const application = await apply({
      files: [{ filename: "แบบแปลน (ชั้น 1).pdf", bytes: TEST_PDF }],
    });
    const other = await apply();
    const viewed = await browsers.first.get(page(application.id));
    const href = /href="(\/console\/applications\/[^"]+\/attachments\/[0-9a-f-]{36})"/.exec(
      viewed.html,
    )?.[1];
    if (!href) throw new Error("The page links no attachment.");
    const attachmentId = href.split("/").at(-1)!;

    const response = await browsers.first.request(href);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(
      /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[\w%.~!-]+$/,
    );
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(
      "แบบแปลน (ชั้น 1).pdf",
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(TEST_PDF);
    const { rows } = await t.db.query<{ details: { attachmentId: string }; actor_id: string }>(
      "select details, actor_id from audit_log where action = 'application.attachment_viewed' and target_id = $1",
      [application.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      details: { attachmentId },
      actor_id: officers.first.officer.id,
    });

    const elsewhere = await browsers.first.request(`${page(other.id)}/attachments/${attachmentId}`);
    expect(elsewhere.status).toBe(404);
    const unknown = await browsers.first.request(`${page(application.id)}/attachments/${newId()}`);
    expect(unknown.status).toBe(404);
  });

  it("answers an officer of another agency 404 on every page and action, and changes nothing", async () => {
    const application = await apply({ files: [{ filename: "plan.pdf", bytes: TEST_PDF }] });
    const attachment = await withinAgency(t.db, ownerId, (scope) =>
      scope.tx.query<{ id: string }>(
        "select id from application_attachments where agency_id = $1 and application_id = $2",
        [scope.agencyId, application.id],
      ),
    );
    const attachmentId = attachment.rows[0]!.id;
    const outsider = browsers.outsider;
    for (const path of [
      page(application.id),
      `${page(application.id)}/attachments/${attachmentId}`,
      `${page(application.id)}/receipts/1`,
    ]) {
      const response = await outsider.get(path);
      expect(response.status, path).toBe(404);
      expect(response.html).not.toContain(application.reference);
    }
    for (const action of ["claim", "assign", "request-info", "decision", "notes"]) {
      const response = await outsider.post(`${page(application.id)}/${action}`, {
        message: "x",
        outcome: "approved",
        reason: "x",
        body: "x",
        assignTo: officers.outsider.officer.id,
      });
      expect(response.status, action).toBe(404);
    }
    const inbox = await outsider.get("/console/inbox?status=all");
    expect(inbox.status).toBe(200);
    expect(listedReferences(inbox.html)).not.toContain(application.reference);
    const { rows } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from audit_log where target_id = $1 and action <> 'application.submitted'",
      [application.id],
    );
    expect(rows[0]?.count).toBe(0);
  });
});
