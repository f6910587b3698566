import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestApp, type TestApp } from "@test/support/app";
import { decodeEntities } from "@test/support/browser-session";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  ensurePlatformRootCertificateAuthority,
  ensureTimeStampingAuthority,
  issueAgencyDocumentCertificate,
  rotateAgencyDocumentCertificate,
} from "@/core/crypto/x509";

/** What `openssl x509 -fingerprint -sha256` prints for a certificate file, the colon form. */
function opensslFingerprint(certificate: Uint8Array, form: "PEM" | "DER"): string {
  const directory = mkdtempSync(join(tmpdir(), "pratu-pki-"));
  try {
    writeFileSync(join(directory, "certificate"), certificate);
    const printed = execFileSync(
      "openssl",
      [
        "x509",
        "-inform",
        form,
        "-in",
        join(directory, "certificate"),
        "-noout",
        "-fingerprint",
        "-sha256",
      ],
      { encoding: "utf8" },
    );
    return printed.trim().split("=")[1]!;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("publishing the deployment's certificates", () => {
  let t: TestApp;
  let agency: TestAgency;

  beforeAll(async () => {
    t = await createTestApp();
    agency = await insertTestAgency(t.db, {
      code: "PKI-PUB",
      nameTh: "กรมทดสอบใบรับรอง",
      nameEn: "Certificate Test Department",
    });
  });

  afterAll(() => t?.close());

  it("serves the root as PEM and DER, with the fingerprint the page shows, and tells how to trust it", async () => {
    const root = await ensurePlatformRootCertificateAuthority({ db: t.db, secrets: t.secrets });
    const pem = await t.app.request("/pki/root.pem");
    expect(pem.status).toBe(200);
    expect(pem.headers.get("content-type")).toBe("application/x-pem-file");
    const pemText = await pem.text();
    expect(pemText).toBe(root.certificatePem);
    const der = await t.app.request("/pki/root.crt");
    expect(der.headers.get("content-type")).toBe("application/pkix-cert");
    const derBytes = new Uint8Array(await der.arrayBuffer());
    expect(derBytes).toEqual(root.certificateDer);

    const fingerprint = opensslFingerprint(new TextEncoder().encode(pemText), "PEM");
    expect(opensslFingerprint(derBytes, "DER")).toBe(fingerprint);
    const page = await t.app.request("/pki", { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = decodeEntities(await page.text());
    expect(html).toContain(fingerprint);
    expect(html).toContain("ใบรับรองหลัก");
    expect(html).toContain("Use this certificate as a trusted root");
    expect(html).toContain('href="/pki/root.crt"');
    expect(html).toContain("CN=Pratu Platform Root CA");
    // The built-in authority is the default, so its certificate is published beside the root.
    const authority = await ensureTimeStampingAuthority({ db: t.db, secrets: t.secrets });
    const tsa = await t.app.request("/pki/tsa.crt");
    expect(new Uint8Array(await tsa.arrayBuffer())).toEqual(authority.certificateDer);
    expect(html).toContain(opensslFingerprint(authority.certificateDer, "DER"));
  });

  it("shows the page in English for a person who chose English", async () => {
    const page = await t.app.request("/pki", {
      headers: { accept: "text/html", cookie: "pratu_lang=en" },
    });
    const html = decodeEntities(await page.text());
    expect(html).toContain("Root certificate and time-stamps");
    expect(html).toContain("Identities & Trusted Certificates");
    expect(html).not.toContain("ใบรับรองหลักและการประทับเวลา");
  });

  it("publishes no TSA certificate when time-stamping is off and others are not served", async () => {
    const off = await createTestApp({ db: t.db, config: { timeStamping: { documents: "off" } } });
    expect((await off.app.request("/pki/tsa.crt")).status).toBe(404);
    const html = await (await off.app.request("/pki", { headers: { accept: "text/html" } })).text();
    expect(html).toContain("ระบบนี้ไม่ได้ประทับเวลาบนลายมือชื่อ");
    expect(html).not.toContain("/pki/tsa.crt");
  });

  it("lists an agency's certificates, current and retired, for anyone", async () => {
    const empty = await t.app.request(`/agencies/${agency.code}/certificates`, {
      headers: { accept: "text/html" },
    });
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("หน่วยงานนี้ยังไม่มีใบรับรองสำหรับลงนามเอกสาร");

    const first = await issueAgencyDocumentCertificate({ db: t.db, secrets: t.secrets, agency });
    const second = await rotateAgencyDocumentCertificate({ db: t.db, secrets: t.secrets, agency });
    const page = await t.app.request(`/agencies/${agency.code.toLowerCase()}/certificates`, {
      headers: { accept: "text/html" },
    });
    const html = decodeEntities(await page.text());
    expect(html).toContain("Certificate Test Department (PKI-PUB) Document Signing");
    expect(html).toContain(opensslFingerprint(first.certificateDer, "DER"));
    expect(html).toContain(opensslFingerprint(second.certificateDer, "DER"));
    expect(html.indexOf(opensslFingerprint(second.certificateDer, "DER"))).toBeLessThan(
      html.indexOf(opensslFingerprint(first.certificateDer, "DER")),
    );
    expect(html).toContain("ใช้งานอยู่");
    expect(html).toContain("เลิกใช้แล้ว");
    expect(html).toContain("-----BEGIN CERTIFICATE-----");

    expect((await t.app.request("/agencies/NO-SUCH/certificates")).status).toBe(404);
    expect((await t.app.request("/agencies/%3Cscript%3E/certificates")).status).toBe(404);
  });
});
