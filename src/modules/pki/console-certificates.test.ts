import { generateKeyPairSync } from "node:crypto";

import { createTestApp, type TestApp } from "@test/support/app";
import { type BrowserSession, decodeEntities } from "@test/support/browser-session";
import { signInOfficersByRole, type TestOfficer } from "@test/support/officers";
import {
  createTestCertificateAuthority,
  createTestPkcs12,
  issueTestCertificate,
} from "@test/support/pkcs12";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listAgencyDocumentCertificates } from "@/core/crypto/x509";

import { formatFingerprint } from "./format-fingerprint";

const PAGE = "/console/documents/certificates";

type Name = "admin" | "viewer" | "outsider";

describe("an agency's signing certificates in the console", () => {
  let t: TestApp;
  let agency: TestAgency;
  let browsers: Record<Name, BrowserSession>;
  let officers: Record<Name, TestOfficer>;

  beforeAll(async () => {
    t = await createTestApp();
    agency = await insertTestAgency(t.db, {
      code: "PKI-CON",
      nameTh: "กรมทดสอบคอนโซล",
      nameEn: "Console Test Department",
    });
    await insertTestAgency(t.db, { code: "PKI-OUT" });
    ({ browsers, officers } = await signInOfficersByRole(t, {
      admin: { agencyCode: "PKI-CON", role: "admin" },
      viewer: { agencyCode: "PKI-CON", role: "viewer" },
      outsider: { agencyCode: "PKI-OUT", role: "admin" },
    }));
  });

  afterAll(() => t?.close());

  const certificates = () => listAgencyDocumentCertificates({ db: t.db, agencyId: agency.id });

  async function upload(
    browser: BrowserSession,
    fields: { file?: Uint8Array | null; name?: string; password?: string },
  ) {
    const form = new FormData();
    form.set("_csrf", await browser.csrfToken());
    if (fields.file) {
      form.set(
        "file",
        new File([new Uint8Array(fields.file)], fields.name ?? "agency.p12", {
          type: "application/x-pkcs12",
        }),
      );
    }
    form.set("password", fields.password ?? "");
    const response = await browser.request(`${PAGE}/import`, { method: "POST", body: form });
    return {
      status: response.status,
      location: response.headers.get("location"),
      html: decodeEntities(await response.text()),
    };
  }

  it("lists nothing at first, then rotates only after the administrator confirms, audited", async () => {
    const first = await browsers.admin.get(PAGE);
    expect(first.status).toBe(200);
    expect(first.html).toContain("ยังไม่มีใบรับรอง");
    expect(first.html).toContain(`action="${PAGE}/rotate"`);
    expect(first.html).toContain('enctype="multipart/form-data"');

    const unconfirmed = await browsers.admin.post(`${PAGE}/rotate`, {});
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.html).toContain("กรุณาทำเครื่องหมายยืนยันก่อนออกใบรับรองใหม่");
    expect(await certificates()).toHaveLength(0);

    for (let round = 0; round < 2; round++) {
      const rotated = await browsers.admin.post(`${PAGE}/rotate`, { confirm: "yes" });
      expect(rotated.status).toBe(303);
      expect(rotated.location).toBe(`${PAGE}?done=rotated`);
    }
    const [current, retired] = await certificates();
    expect(current?.retiredAt).toBeNull();
    expect(retired?.retiredAt).toBeInstanceOf(Date);
    const page = decodeEntities((await browsers.admin.get(`${PAGE}?done=rotated`)).html);
    expect(page).toContain("ออกใบรับรองใหม่แล้ว");
    expect(page).toContain(formatFingerprint(current!.fingerprintSha256));
    expect(page).toContain(formatFingerprint(retired!.fingerprintSha256));
    expect(page).toContain("Console Test Department (PKI-CON) Document Signing");

    const { rows } = await t.db.query<{ action: string; actor_id: string; request_id: string }>(
      `select action, actor_id, request_id from audit_log
        where target_type = 'document_certificate' and agency_id = $1 order by seq`,
      [agency.id],
    );
    expect(rows.map((row) => row.action)).toEqual([
      "document_certificate.rotated",
      "document_certificate.rotated",
    ]);
    expect(rows.every((row) => row.actor_id === officers.admin.officer.id)).toBe(true);
    expect(rows.every((row) => row.request_id)).toBe(true);
  });

  it("lets a viewer read the certificates but not rotate or import", async () => {
    const page = await browsers.viewer.get(PAGE);
    expect(page.status).toBe(200);
    // The console's menu leads here for every member.
    expect(page.html).toContain(`href="${PAGE}" aria-current="page"`);
    const [current] = await certificates();
    expect(decodeEntities(page.html)).toContain(formatFingerprint(current!.fingerprintSha256));
    expect(page.html).not.toContain(`action="${PAGE}/rotate"`);
    expect(page.html).not.toContain(`action="${PAGE}/import"`);
    expect((await browsers.viewer.post(`${PAGE}/rotate`, { confirm: "yes" })).status).toBe(403);
    expect(
      (await upload(browsers.viewer, { file: new Uint8Array(10), password: "x" })).status,
    ).toBe(403);
    expect((await certificates())[0]?.id).toBe(current!.id);
  });

  it("shows an officer of another agency their own agency's certificates, never these", async () => {
    const [current] = await certificates();
    const page = await browsers.outsider.get(PAGE);
    expect(page.status).toBe(200);
    expect(decodeEntities(page.html)).not.toContain(formatFingerprint(current!.fingerprintSha256));
    expect(page.html).not.toContain("PKI-CON");
    await browsers.outsider.post(`${PAGE}/rotate`, { confirm: "yes" });
    expect((await certificates())[0]?.id).toBe(current!.id);
  });

  it("refuses a form without its CSRF token", async () => {
    const refused = await browsers.admin.post(
      `${PAGE}/rotate`,
      { confirm: "yes" },
      { csrf: false },
    );
    expect(refused.status).toBe(403);
  });

  it("imports a PKCS#12 file, with clear problems for a missing file, a wrong password or a large file", async () => {
    const authority = await createTestCertificateAuthority("Test Thai Commercial CA");
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const certificate = await issueTestCertificate({
      authority,
      privateKey,
      subject: [
        ["C", "TH"],
        ["O", "Console Test Department"],
        ["CN", "Console Test Department (commercial CA)"],
      ],
    });
    const pkcs12 = await createTestPkcs12({
      privateKey,
      certificates: [certificate, authority.certificateDer],
      password: "p12-secret-ของกรม",
    });
    const before = (await certificates()).length;

    const missing = await upload(browsers.admin, { file: null, password: "" });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("กรุณาเลือกไฟล์ .p12 หรือ .pfx");
    expect(missing.html).toContain("กรุณากรอกรหัสผ่านของไฟล์");

    const wrong = await upload(browsers.admin, { file: pkcs12, password: "not it" });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("รหัสผ่านไม่ถูกต้อง หรือไฟล์เสียหาย");
    expect(wrong.html).toMatch(/id="field-password-error"/);
    expect(wrong.html).not.toContain("not it");

    const junk = await upload(browsers.admin, {
      file: new TextEncoder().encode("hello"),
      password: "x",
    });
    expect(junk.status).toBe(400);
    expect(junk.html).toContain("ไฟล์นี้ไม่ใช่ไฟล์ PKCS#12");

    const large = await upload(browsers.admin, { file: new Uint8Array(300 * 1024), password: "x" });
    expect(large.status).toBe(400);
    expect(large.html).toContain("ไฟล์ใหญ่เกิน 256 KB");
    const huge = await upload(browsers.admin, { file: new Uint8Array(400 * 1024), password: "x" });
    expect(huge.status).toBe(413);
    expect(await certificates()).toHaveLength(before);

    browsers.admin.cookies.set("pratu_lang", "en");
    const english = await upload(browsers.admin, { file: pkcs12, password: "wrong" });
    expect(english.html).toContain("The password is wrong, or the file is damaged.");
    browsers.admin.cookies.delete("pratu_lang");

    const imported = await upload(browsers.admin, { file: pkcs12, password: "p12-secret-ของกรม" });
    expect(imported.status).toBe(303);
    expect(imported.location).toBe(`${PAGE}?done=imported`);
    const [current] = await certificates();
    expect(current).toMatchObject({ source: "imported", certificateDer: certificate });
    const page = decodeEntities((await browsers.admin.get(`${PAGE}?done=imported`)).html);
    expect(page).toContain("นำเข้าใบรับรองแล้ว");
    expect(page).toContain("นำเข้าจากผู้ให้บริการออกใบรับรอง (PKCS#12)");
    expect(page).toContain("ใบรับรองที่ใช้อยู่นำเข้าจากผู้ให้บริการออกใบรับรอง");

    const { rows } = await t.db.query<{ details: unknown }>(
      "select details from audit_log where action = 'document_certificate.imported'",
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.details)).not.toContain("p12-secret");
    expect(JSON.stringify(t.logLines)).not.toContain("p12-secret");
  });
});
