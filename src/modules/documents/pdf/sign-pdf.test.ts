import { createHash, generateKeyPairSync } from "node:crypto";

import { createTestDatabase } from "@test/support/database";
import { runPdfTool } from "@test/support/pdf-tools";
import {
  createTestCertificateAuthority,
  createTestPkcs12,
  issueTestCertificate,
} from "@test/support/pkcs12";
import { samplePermit } from "@test/support/sample-document";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import {
  agencyDocumentSigner,
  ensurePlatformRootCertificateAuthority,
  findAgencyDocumentCertificateByFingerprint,
  importAgencyDocumentCertificate,
  rotateAgencyDocumentCertificate,
  verifyCertificateChain,
} from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";

import { checkPdfSignature } from "./check-pdf-signature";
import { renderDocumentPdf } from "./render-document-pdf";
import { signPdf } from "./sign-pdf";

function fingerprintOf(der: Uint8Array): string {
  return createHash("sha256").update(der).digest("hex");
}

describe("signing documents with the agency's certificate", () => {
  let db: Database;
  const secrets = new SecretBox("document-signing-test-secret");
  let agency: TestAgency;

  beforeAll(async () => {
    db = await createTestDatabase();
    agency = await insertTestAgency(db, {
      code: "BMA-PTW",
      nameTh: "สำนักงานเขตปทุมวัน",
      nameEn: "Pathum Wan District Office",
    });
  });

  afterAll(async () => {
    await db.close();
  });

  it("signs with the certificate the platform CA issued, and old documents stay valid after rotation", async () => {
    const first = await agencyDocumentSigner({ db, secrets, agency });
    const before = await signPdf({ pdf: await renderDocumentPdf(samplePermit()), signer: first });
    await rotateAgencyDocumentCertificate({ db, secrets, agency });
    const second = await agencyDocumentSigner({ db, secrets, agency });
    const after = await signPdf({ pdf: await renderDocumentPdf(samplePermit()), signer: second });

    const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
    for (const [pdf, signer] of [
      [before, first],
      [after, second],
    ] as const) {
      const report = runPdfTool("pdfsig", pdf);
      expect(report).toContain(
        "Signer Certificate Common Name: Pathum Wan District Office (BMA-PTW) Document Signing",
      );
      expect(report).toContain("Total document signed");
      expect(report).toContain("Signature Validation: Signature is Valid.");

      const check = await checkPdfSignature(pdf);
      if (!check.isValid) throw new Error(`Signature not valid: ${check.reason}`);
      expect(check.certificateDers).toContainEqual(root.certificateDer);
      const certificate = await findAgencyDocumentCertificateByFingerprint({
        db,
        fingerprintSha256: fingerprintOf(check.signerCertificateDer),
      });
      expect(certificate).toMatchObject({ id: signer.certificateId, agencyId: agency.id });
      expect(
        await verifyCertificateChain({
          certificate: check.signerCertificateDer,
          trustedRoots: [root.certificateDer],
        }),
      ).toEqual({ isValid: true });
    }
    const retired = await findAgencyDocumentCertificateByFingerprint({
      db,
      fingerprintSha256: fingerprintOf(first.certificateChain[0]!),
    });
    expect(retired?.retiredAt).toBeInstanceOf(Date);
  });

  it("signs with an RSA certificate imported from PKCS#12", async () => {
    const authority = await createTestCertificateAuthority("Test Thai National Root CA");
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 3072 });
    const certificate = await issueTestCertificate({
      authority,
      privateKey,
      subject: [
        ["C", "TH"],
        ["O", "Pathum Wan District Office"],
        ["CN", "Pathum Wan District Office (imported)"],
      ],
    });
    await importAgencyDocumentCertificate({
      db,
      secrets,
      agencyId: agency.id,
      pkcs12: await createTestPkcs12({
        privateKey,
        certificates: [certificate, authority.certificateDer],
        password: "agency-p12",
      }),
      password: "agency-p12",
      actor: { type: "system", id: "sign-pdf-test" },
    });
    const signer = await agencyDocumentSigner({ db, secrets, agency });
    const pdf = await signPdf({ pdf: await renderDocumentPdf(samplePermit()), signer });

    const report = runPdfTool("pdfsig", pdf);
    expect(report).toContain(
      "Signer Certificate Common Name: Pathum Wan District Office (imported)",
    );
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(await checkPdfSignature(pdf)).toMatchObject({
      isValid: true,
      signerCertificateDer: certificate,
    });
  });
});
