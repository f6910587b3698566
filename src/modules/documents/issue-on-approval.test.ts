import { createTestApp, type TestApp } from "@test/support/app";
import { submitTestApplication } from "@test/support/applications";
import { citizenBrowser, createTestCitizen, type TestCitizen } from "@test/support/citizens";
import { agencyIdOf, createTestOfficer } from "@test/support/officers";
import { detachFile, runPdfTool } from "@test/support/pdf-tools";
import { publishTestService } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { sha256Hex } from "@/core/crypto/tokens";
import { withinAgency } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";
import { startWorker } from "@/core/jobs";
import { seedDemo } from "@/demo/seed";
import { decideApplication } from "@/modules/applications";

import { changeDocumentStatus } from "./change-document-status";
import { saveDocumentType } from "./document-types";
import { issueOnApprovalJob } from "./issue-on-approval";
import { findIssuedDocument, selectIssuedPdf, selectStatusVersion } from "./repo";
import type { IssuedDocument } from "./schema";
import { checkLogInclusion } from "./transparency";

describe("a document issued on approval", () => {
  let t: TestApp;
  let holder: TestCitizen;
  let officerActor: Actor;
  let agencyId: string;
  let document: IssuedDocument;
  let pdf: Uint8Array;

  const runJobs = async () => {
    const worker = startWorker({
      db: t.db,
      logger: t.logger,
      config: t.config,
      secrets: t.secrets,
      workerId: "test",
      poll: false,
      handlers: [issueOnApprovalJob],
    });
    let ran = 0;
    for (let count = await worker.runOnce(); count > 0; count = await worker.runOnce()) {
      ran += count;
    }
    await worker.stop();
    return ran;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    agencyId = await agencyIdOf(t.db, "DOPA");
    await withinAgency(t.db, agencyId, (scope) =>
      saveDocumentType(scope, {
        code: "test-permit",
        kind: "permit",
        title: { th: "ใบอนุญาตทดสอบ", en: "Test permit" },
        credentialType: "PermitCredential",
        validDays: 365,
        service: { id: "test-permit", outputIndex: 0 },
        signatory: {
          name: { th: "นายทะเบียน ทดสอบ", en: "Test Registrar" },
          position: { th: "นายทะเบียน", en: "Registrar" },
        },
        fields: [
          {
            key: "applicationReference",
            label: { th: "เลขที่คำขอ", en: "Application number" },
            type: "text",
            required: true,
          },
          {
            key: "phone",
            label: { th: "โทรศัพท์", en: "Phone" },
            type: "text",
            required: true,
          },
          {
            key: "decidedOn",
            label: { th: "วันที่อนุมัติ", en: "Approved on" },
            type: "date",
            required: true,
          },
        ],
      }),
    );
    holder = await createTestCitizen({ db: t.db, secrets: t.secrets });
    const { officer } = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    officerActor = { type: "officer", officerId: officer.id, agencyId, role: "officer" };
    const application = await submitTestApplication({
      db: t.db,
      secrets: t.secrets,
      citizen: holder,
    });
    await decideApplication({
      db: t.db,
      actor: officerActor,
      agencyId,
      applicationId: application.id,
      outcome: "approved",
      reason: "ครบถ้วนตามหลักเกณฑ์",
    });
    await runJobs();
    const issued = await t.db.query<{ id: string }>(
      "select id from issued_documents where application_id = $1",
      [application.id],
    );
    expect(issued.rows).toHaveLength(1);
    document = (await findIssuedDocument(t.db, { id: issued.rows[0]!.id }))!;
    pdf = (await selectIssuedPdf(t.db, document.id))!;
  });

  afterAll(() => t.close());

  it("is a PDF that pdfsig calls valid and unmodified", () => {
    const report = runPdfTool("pdfsig", pdf);
    expect(report).toMatch(/Signature Validation: Signature is Valid/);
    expect(report).toMatch(/Total document signed/);
  });

  it("carries its credential as an embedded file that pdfdetach lists", () => {
    expect(runPdfTool("pdfdetach", pdf, ["-list"])).toMatch(/credential\.json/);
    const embedded = JSON.parse(new TextDecoder().decode(detachFile(pdf, 1))) as unknown;
    expect(embedded).toEqual(document.credential);
  });

  it("says what the application said, under the agency's number and issuer", () => {
    expect(document.number).toMatch(/^DOPA-DOC-25\d\d-000001$/);
    expect(document.holderCitizenId).toBe(holder.citizenId);
    expect(document.data["phone"]).toBe("081-234-5678");
    expect(document.validUntil).not.toBeNull();
    const credential = document.credential as {
      issuer: { id: string };
      proof: { cryptosuite: string };
      credentialSubject: { document: { documentNumber: string } };
    };
    expect(credential.issuer.id).toBe("did:web:localhost:agencies:DOPA");
    expect(credential.proof.cryptosuite).toBe("ecdsa-rdfc-2019");
    expect(credential.credentialSubject.document.documentNumber).toBe(document.number);
  });

  it("is on the agency's transparency log, provably", async () => {
    const check = await checkLogInclusion({
      db: t.db,
      secrets: t.secrets,
      agencyId,
      sha256: sha256Hex(pdf),
    });
    expect(check.isIncluded).toBe(true);
  });

  it("is issued once, however often the job runs", async () => {
    await issueOnApprovalJob.handle(
      {
        id: "again",
        kind: "document.issue",
        payload: { applicationId: document.applicationId! },
        agencyId,
        attempt: 2,
        maxAttempts: 5,
        createdAt: new Date(),
      },
      { db: t.db, logger: t.logger, config: t.config, secrets: t.secrets, workerId: "again" },
    );
    const { rows } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from issued_documents where application_id = $1",
      [document.applicationId],
    );
    expect(rows[0]!.count).toBe(1);
  });

  it("is under the holder's documents, downloadable, and nobody else's", async () => {
    const browser = await citizenBrowser(t, holder);
    const list = await browser.get("/me/documents");
    expect(list.status).toBe(200);
    expect(list.html).toContain(document.number);
    const download = await browser.request(`/me/documents/${document.id}/document.pdf`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    const stranger = await createTestCitizen({
      db: t.db,
      secrets: t.secrets,
      nationalId: "1101700230705",
    });
    const theirs = await citizenBrowser(t, stranger);
    expect((await theirs.get("/me/documents")).html).not.toContain(document.number);
    expect((await theirs.request(`/me/documents/${document.id}`)).status).toBe(404);
    expect((await theirs.request(`/me/documents/${document.id}/document.pdf`)).status).toBe(404);
  });

  it("is suspended, reinstated and revoked with a reason, the holder told each time", async () => {
    const before = await selectStatusVersion(t.db, agencyId);
    const change = (kind: "suspend" | "reinstate" | "revoke", reason: string) =>
      changeDocumentStatus({
        db: t.db,
        actor: officerActor,
        agencyId,
        documentId: document.id,
        change: kind,
        reason,
      });
    expect((await change("suspend", "ตรวจสอบข้อเท็จจริงเพิ่มเติม")).status).toBe("suspended");
    expect((await change("reinstate", "ตรวจสอบแล้วถูกต้อง")).status).toBe("active");
    const revoked = await change("revoke", "ออกผิดพลาด");
    expect(revoked.status).toBe("revoked");
    expect(revoked.statusReason).toBe("ออกผิดพลาด");
    expect(await selectStatusVersion(t.db, agencyId)).toBe(before + 3);
    await expect(change("reinstate", "ขอคืน")).rejects.toMatchObject({ code: "conflict" });
    await expect(change("suspend", "   ")).rejects.toMatchObject({ code: "validation_failed" });

    const notices = await t.db.query<{ template: string }>(
      `select template from notification_deliveries where subject_id = $1 order by created_at`,
      [document.id],
    );
    expect(notices.rows.map((row) => row.template)).toEqual([
      "document.issued",
      "document.status_changed",
      "document.status_changed",
      "document.status_changed",
    ]);
    const audit = await t.db.query<{ action: string }>(
      "select action from audit_log where target_id = $1 order by seq",
      [document.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual([
      "document.issued",
      "document.suspended",
      "document.reinstated",
      "document.revoked",
    ]);
    const browser = await citizenBrowser(t, holder);
    const page = await browser.get(`/me/documents/${document.id}`);
    expect(page.html).toContain("เพิกถอนแล้ว");
    expect(page.html).toContain("ออกผิดพลาด");
  });

  it("cannot be changed by an officer of another agency", async () => {
    const { officer } = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "RD", role: "admin" }],
    });
    const outsiderAgency = await agencyIdOf(t.db, "RD");
    await expect(
      changeDocumentStatus({
        db: t.db,
        actor: { type: "officer", officerId: officer.id, agencyId: outsiderAgency, role: "admin" },
        agencyId: outsiderAgency,
        documentId: document.id,
        change: "revoke",
        reason: "ลองข้ามหน่วยงาน",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
