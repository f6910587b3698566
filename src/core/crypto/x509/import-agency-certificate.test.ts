import { execFileSync } from "node:child_process";
import { generateKeyPairSync, sign, verify as verifySignature } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestDatabase } from "@test/support/database";
import {
  createTestCertificateAuthority,
  createTestPkcs12,
  issueTestCertificate,
  type TestCertificateAuthority,
} from "@test/support/pkcs12";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { AppError } from "@/core/errors";

import { SecretBox } from "../secrets";
import { listAgencyDocumentCertificates } from "./agency-document-certificates";
import { agencyDocumentSigner } from "./agency-document-signer";
import { certificatesToPem, derToPem } from "./certificates";
import { registerDocumentKeyProvider } from "./document-signer";
import {
  importAgencyDocumentCertificate,
  registerExternalAgencyDocumentCertificate,
} from "./import-agency-certificate";
import { readPkcs12 } from "./pkcs12";

const officer = { type: "system", id: "certificate-import-test" } as const;

async function problemOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.fields[0]?.code;
    throw error;
  }
  return undefined;
}

describe("agency certificates from a real certification authority", () => {
  let db: Database;
  const secrets = new SecretBox("certificate-import-test-secret");
  let authority: TestCertificateAuthority;
  let agency: TestAgency;

  beforeAll(async () => {
    db = await createTestDatabase();
    authority = await createTestCertificateAuthority();
    agency = await insertTestAgency(db, {
      code: "P12-DLT",
      nameEn: "Department of Land Transport",
    });
  });

  afterAll(async () => {
    await db.close();
  });

  it("imports an RSA certificate, its key and its issuer from a password-protected PKCS#12 file", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const certificateDer = await issueTestCertificate({
      authority,
      privateKey,
      subject: [
        ["C", "TH"],
        ["O", "กรมการขนส่งทางบก"],
        ["CN", "Department of Land Transport"],
      ],
    });
    const pkcs12 = await createTestPkcs12({
      privateKey,
      certificates: [authority.certificateDer, certificateDer],
      password: "รหัสผ่าน-2569",
    });

    const imported = await importAgencyDocumentCertificate({
      db,
      secrets,
      agencyId: agency.id,
      pkcs12,
      password: "รหัสผ่าน-2569",
      actor: officer,
    });
    expect(imported.source).toBe("imported");
    expect(imported.subject).toBe("C=TH, O=กรมการขนส่งทางบก, CN=Department of Land Transport");
    expect(imported.certificateDer).toEqual(certificateDer);
    expect(imported.chainDers).toEqual([authority.certificateDer]);

    const signer = await agencyDocumentSigner({ db, secrets, agency });
    expect(signer.certificateId).toBe(imported.id);
    expect(signer.signatureAlgorithm).toBe("sha256WithRSAEncryption");
    const data = new TextEncoder().encode("เอกสาร");
    expect(verifySignature("sha256", data, privateKey, await signer.sign(data))).toBe(true);

    const { rows } = await db.query<{ private_key_sealed: string }>(
      "select private_key_sealed from agency_document_certificates where id = $1",
      [imported.id],
    );
    expect(rows[0]!.private_key_sealed).not.toContain("PRIVATE KEY");
  });

  it("answers a wrong password, a file that is not PKCS#12 and a file without the key with precise problems", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const certificateDer = await issueTestCertificate({
      authority,
      privateKey,
      subject: [["CN", "Someone"]],
    });
    const pkcs12 = await createTestPkcs12({
      privateKey,
      certificates: [certificateDer],
      password: "right",
    });
    const mismatched = await createTestPkcs12({
      privateKey: other,
      certificates: [certificateDer],
      password: "right",
    });
    expect(await problemOf(readPkcs12(pkcs12, "wrong"))).toBe("wrong_password");
    expect(await problemOf(readPkcs12(new TextEncoder().encode("%PDF-1.7"), "x"))).toBe(
      "unreadable",
    );
    expect(await problemOf(readPkcs12(mismatched, "right"))).toBe("no_key");
    expect((await readPkcs12(pkcs12, "right")).certificateDer).toEqual(certificateDer);
  });

  it("refuses an expired certificate and one whose key usage does not allow signing", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const expired = await issueTestCertificate({
      authority,
      privateKey,
      subject: [["CN", "Expired"]],
      notBefore: new Date("2020-01-01T00:00:00Z"),
      notAfter: new Date("2021-01-01T00:00:00Z"),
    });
    const expiredFile = await createTestPkcs12({
      privateKey,
      certificates: [expired],
      password: "p",
    });
    const rootFile = await createTestPkcs12({
      privateKey: authority.privateKey,
      certificates: [authority.certificateDer],
      password: "p",
    });
    const before = await listAgencyDocumentCertificates({ db, agencyId: agency.id });
    for (const [file, code] of [
      [expiredFile, "not_valid_now"],
      [rootFile, "not_for_signing"],
    ] as const) {
      expect(
        await problemOf(
          importAgencyDocumentCertificate({
            db,
            secrets,
            agencyId: agency.id,
            pkcs12: file,
            password: "p",
            actor: officer,
          }),
        ),
      ).toBe(code);
    }
    expect(await listAgencyDocumentCertificates({ db, agencyId: agency.id })).toEqual(before);
  });

  it.runIf(existsSync("/usr/bin/openssl"))(
    "opens a PKCS#12 file exported by OpenSSL with its default protection",
    async () => {
      const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
      const certificateDer = await issueTestCertificate({
        authority,
        privateKey,
        subject: [["CN", "Exported by OpenSSL"]],
      });
      const directory = mkdtempSync(join(tmpdir(), "pratu-p12-"));
      try {
        writeFileSync(
          join(directory, "key.pem"),
          privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
        );
        writeFileSync(join(directory, "certificate.pem"), derToPem(certificateDer, "CERTIFICATE"));
        writeFileSync(join(directory, "chain.pem"), certificatesToPem([authority.certificateDer]));
        execFileSync("openssl", [
          "pkcs12",
          "-export",
          "-inkey",
          join(directory, "key.pem"),
          "-in",
          join(directory, "certificate.pem"),
          "-certfile",
          join(directory, "chain.pem"),
          "-passout",
          "pass:ความลับ",
          "-out",
          join(directory, "agency.p12"),
        ]);
        const contents = await readPkcs12(
          new Uint8Array(readFileSync(join(directory, "agency.p12"))),
          "ความลับ",
        );
        expect(contents.certificateDer).toEqual(certificateDer);
        expect(contents.chainDers).toEqual([authority.certificateDer]);
        const data = new TextEncoder().encode("data");
        expect(
          verifySignature("sha256", data, privateKey, sign("sha256", data, contents.privateKey)),
        ).toBe(true);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  );

  it("signs through a registered key provider when an HSM or KMS holds the key", async () => {
    const held = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const seen: string[] = [];
    registerDocumentKeyProvider("test-kms", ({ certificateChain, keyReference }) => {
      seen.push(keyReference);
      return Promise.resolve({
        certificateChain,
        signatureAlgorithm: "ecdsa-with-SHA256",
        sign: (data) => Promise.resolve(new Uint8Array(sign("sha256", data, held))),
      });
    });
    const kmsAgency = await insertTestAgency(db, { code: "P12-KMS", nameEn: "KMS Office" });
    const certificateDer = await issueTestCertificate({
      authority,
      privateKey: held,
      subject: [["CN", "KMS Office"]],
    });
    const registered = await registerExternalAgencyDocumentCertificate({
      db,
      agencyId: kmsAgency.id,
      certificateChainPem: certificatesToPem([certificateDer, authority.certificateDer]),
      keyProvider: "test-kms",
      keyReference: "arn:test:kms:key/agency-1",
      actor: officer,
    });
    const signer = await agencyDocumentSigner({ db, secrets, agency: kmsAgency });
    expect(signer.certificateId).toBe(registered.id);
    expect(signer.certificateChain).toEqual([certificateDer, authority.certificateDer]);
    expect(seen).toEqual(["arn:test:kms:key/agency-1"]);
    const data = new TextEncoder().encode("signed elsewhere");
    expect(verifySignature("sha256", data, held, await signer.sign(data))).toBe(true);
    const { rows } = await db.query<{ private_key_sealed: string | null }>(
      "select private_key_sealed from agency_document_certificates where id = $1",
      [registered.id],
    );
    expect(rows[0]!.private_key_sealed).toBeNull();
  });
});
