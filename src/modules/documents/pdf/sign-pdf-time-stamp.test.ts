import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { testConfig } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { runPdfTool } from "@test/support/pdf-tools";
import { samplePermit } from "@test/support/sample-document";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import * as pkijs from "pkijs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import {
  agencyDocumentSigner,
  derToPem,
  documentTimeStamper,
  ensurePlatformRootCertificateAuthority,
  ensureTimeStampingAuthority,
  PRATU_TIME_STAMP_POLICY,
  readSignatureTimeStamp,
} from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";

import { checkPdfSignature } from "./check-pdf-signature";
import { renderDocumentPdf } from "./render-document-pdf";
import { signPdf } from "./sign-pdf";

/** The CMS signature in /Contents, zero padding and all, as a verifier reads it. */
function embeddedSignature(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const [, , firstLength, secondStart] = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/
    .exec(text)!
    .map(Number) as [number, number, number, number];
  return new Uint8Array(Buffer.from(text.slice(firstLength + 1, secondStart - 1), "hex"));
}

/** The token in the signature's unsigned attributes and the signature value it stamps. */
function tokenAndSignatureValue(signature: Uint8Array) {
  const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(signature));
  const signerInfo = new pkijs.SignedData({ schema: contentInfo.content }).signerInfos[0]!;
  const token = signerInfo.unsignedAttrs!.attributes[0]!.values[0] as { toBER(): ArrayBuffer };
  return {
    token: new Uint8Array(token.toBER()),
    signatureValue: new Uint8Array(signerInfo.signature.valueBlock.valueHexView),
  };
}

describe("signing documents with a time-stamp (PAdES B-T)", () => {
  let db: Database;
  const secrets = new SecretBox("document-time-stamp-test-secret");
  let agency: TestAgency;

  beforeAll(async () => {
    db = await createTestDatabase();
    agency = await insertTestAgency(db, {
      code: "BMA-PTW",
      nameEn: "Pathum Wan District Office",
    });
  });

  afterAll(async () => {
    await db.close();
  });

  it("carries a token from the built-in authority that pdfsig accepts and openssl verifies against the platform root", async () => {
    const timeStamper = documentTimeStamper({ config: testConfig(), db, secrets });
    expect(timeStamper).toBeDefined();
    const before = new Date();
    const pdf = await signPdf({
      pdf: await renderDocumentPdf(samplePermit()),
      signer: await agencyDocumentSigner({ db, secrets, agency }),
      ...(timeStamper ? { timeStamper } : {}),
    });

    const report = runPdfTool("pdfsig", pdf);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Total document signed");
    expect(await checkPdfSignature(pdf)).toMatchObject({ isValid: true, hasTimeStamp: true });

    const signature = embeddedSignature(pdf);
    const stamped = readSignatureTimeStamp(signature);
    expect(stamped?.policy).toBe(PRATU_TIME_STAMP_POLICY);
    expect(stamped!.genTime.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const authority = await ensureTimeStampingAuthority({ db, secrets });
    expect(stamped?.signerCertificateDer).toEqual(authority.certificateDer);

    const { token, signatureValue } = tokenAndSignatureValue(signature);
    const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
    const directory = mkdtempSync(join(tmpdir(), "pratu-pades-t-"));
    try {
      writeFileSync(join(directory, "token.der"), token);
      writeFileSync(join(directory, "root.pem"), derToPem(root.certificateDer, "CERTIFICATE"));
      const verify = (digest: Buffer) =>
        spawnSync(
          "openssl",
          [
            "ts",
            "-verify",
            "-token_in",
            "-in",
            "token.der",
            "-digest",
            digest.toString("hex"),
            "-CAfile",
            "root.pem",
          ],
          { cwd: directory, encoding: "utf8" },
        );
      const verified = verify(createHash("sha256").update(signatureValue).digest());
      expect(`${verified.stdout}${verified.stderr}`).toContain("Verification: OK");
      expect(verified.status).toBe(0);
      const otherSignature = verify(createHash("sha256").update("another signature").digest());
      expect(otherSignature.status).not.toBe(0);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("signs without a token when time-stamping is off (PAdES B-B)", async () => {
    const timeStamper = documentTimeStamper({
      config: testConfig({ timeStamping: { documents: "off" } }),
      db,
      secrets,
    });
    expect(timeStamper).toBeUndefined();
    const pdf = await signPdf({
      pdf: await renderDocumentPdf(samplePermit()),
      signer: await agencyDocumentSigner({ db, secrets, agency }),
    });
    expect(await checkPdfSignature(pdf)).toMatchObject({ isValid: true, hasTimeStamp: false });
    expect(readSignatureTimeStamp(embeddedSignature(pdf))).toBeUndefined();
  });
});
