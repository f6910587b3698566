import { execFileSync } from "node:child_process";
import { createPublicKey, verify as verifySignature } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";

import { SecretBox } from "../secrets";
import {
  findAgencyDocumentCertificateByFingerprint,
  issueAgencyDocumentCertificate,
  listAgencyDocumentCertificates,
  rotateAgencyDocumentCertificate,
} from "./agency-document-certificates";
import { agencyDocumentSigner } from "./agency-document-signer";
import { certificateFromDer, derToPem, keyPurposes, verifyCertificateChain } from "./certificates";
import { ensurePlatformRootCertificateAuthority } from "./platform-root-ca";

const hasOpenssl = existsSync("/usr/bin/openssl");

describe("the built-in certificate authority", () => {
  let db: Database;
  const secrets = new SecretBox("certificate-authority-test-secret");
  let revenue: TestAgency;
  let customs: TestAgency;

  beforeAll(async () => {
    db = await createTestDatabase();
    revenue = await insertTestAgency(db, { code: "CA-RD", nameEn: "Revenue Department" });
    customs = await insertTestAgency(db, { code: "CA-CUS", nameEn: "Customs Department" });
  });

  afterAll(async () => {
    await db.close();
  });

  it("creates the platform root once and keeps its private key sealed at rest", async () => {
    const first = await ensurePlatformRootCertificateAuthority({ db, secrets });
    const again = await ensurePlatformRootCertificateAuthority({ db, secrets });
    expect(again.id).toBe(first.id);
    const { rows } = await db.query<{ private_key_sealed: string; subject: string }>(
      "select private_key_sealed, subject from platform_certificate_authorities",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toMatch(/CN=Pratu Platform Root CA$/);
    expect(rows[0]!.private_key_sealed).not.toContain("PRIVATE KEY");
    expect(secrets.open(rows[0]!.private_key_sealed)).toContain("BEGIN PRIVATE KEY");
    expect(() => new SecretBox("another deployment").open(rows[0]!.private_key_sealed)).toThrow();
  });

  it("issues the agency a document-signing certificate that chains to the platform root", async () => {
    const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
    const issued = await issueAgencyDocumentCertificate({ db, secrets, agency: revenue });

    expect(issued.subject).toBe(
      "C=TH, O=Revenue Department, OU=Agency code CA-RD, CN=Revenue Department (CA-RD) Document Signing",
    );
    expect(issued.chainDers).toEqual([root.certificateDer]);
    expect(
      await verifyCertificateChain({
        certificate: issued.certificateDer,
        trustedRoots: [root.certificateDer],
      }),
    ).toEqual({ isValid: true });
    const otherDeployment = await createTestDatabase();
    const stranger = await ensurePlatformRootCertificateAuthority({ db: otherDeployment, secrets });
    await otherDeployment.close();
    expect(
      (
        await verifyCertificateChain({
          certificate: issued.certificateDer,
          trustedRoots: [stranger.certificateDer],
        })
      ).isValid,
    ).toBe(false);

    const certificate = certificateFromDer(issued.certificateDer);
    const extendedKeyUsage = certificate.extensions?.find((item) => item.extnID === "2.5.29.37");
    expect((extendedKeyUsage?.parsedValue as { keyPurposes: string[] }).keyPurposes).toEqual(
      Object.values(keyPurposes),
    );
  });

  it.runIf(hasOpenssl)(
    "gives a certificate that OpenSSL verifies against the root, for signing and non-repudiation only",
    async () => {
      const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
      const issued = await issueAgencyDocumentCertificate({ db, secrets, agency: customs });
      const directory = mkdtempSync(join(tmpdir(), "pratu-ca-"));
      try {
        writeFileSync(join(directory, "root.pem"), derToPem(root.certificateDer, "CERTIFICATE"));
        writeFileSync(
          join(directory, "agency.pem"),
          derToPem(issued.certificateDer, "CERTIFICATE"),
        );
        const verified = execFileSync(
          "openssl",
          ["verify", "-CAfile", join(directory, "root.pem"), join(directory, "agency.pem")],
          { encoding: "utf8" },
        );
        expect(verified.trim()).toBe(`${join(directory, "agency.pem")}: OK`);
        const text = execFileSync(
          "openssl",
          ["x509", "-in", join(directory, "agency.pem"), "-noout", "-text"],
          { encoding: "utf8" },
        );
        expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Non Repudiation\n/);
        expect(text).toMatch(/CA:FALSE/);
        expect(text).toContain("E-mail Protection");
        expect(text).toContain("1.3.6.1.5.5.7.3.36");
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  );

  it("rotates to a new certificate and key while keeping the old certificate with its validity", async () => {
    const agency = await insertTestAgency(db, { code: "CA-ROT", nameEn: "Rotation Office" });
    const before = await agencyDocumentSigner({ db, secrets, agency });
    const rotated = await rotateAgencyDocumentCertificate({ db, secrets, agency });
    const after = await agencyDocumentSigner({ db, secrets, agency });

    expect(after.certificateId).toBe(rotated.id);
    expect(after.certificateId).not.toBe(before.certificateId);
    expect(after.certificateChain[0]).not.toEqual(before.certificateChain[0]);

    const history = await listAgencyDocumentCertificates({ db, agencyId: agency.id });
    expect(history.map((item) => item.id)).toEqual([rotated.id, before.certificateId]);
    const [current, old] = history;
    expect(current!.retiredAt).toBeNull();
    expect(old!.retiredAt).toBeInstanceOf(Date);
    expect(old!.notAfter.getTime()).toBeGreaterThan(Date.now());
    const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
    expect(
      await verifyCertificateChain({
        certificate: old!.certificateDer,
        trustedRoots: [root.certificateDer],
      }),
    ).toEqual({ isValid: true });
    const found = await findAgencyDocumentCertificateByFingerprint({
      db,
      fingerprintSha256: old!.fingerprintSha256,
    });
    expect(found?.id).toBe(before.certificateId);

    const { rows } = await db.query<{ action: string }>(
      "select action from audit_log where agency_id = $1 order by seq",
      [agency.id],
    );
    expect(rows.map((row) => row.action)).toEqual([
      "document_certificate.issued",
      "document_certificate.rotated",
    ]);
  });

  it("signs with the key of the certificate it presents", async () => {
    const signer = await agencyDocumentSigner({ db, secrets, agency: revenue });
    const data = new TextEncoder().encode("ใบอนุญาต");
    const signature = await signer.sign(data);
    const publicKey = createPublicKey({
      key: Buffer.from(
        certificateFromDer(signer.certificateChain[0]!)
          .subjectPublicKeyInfo.toSchema()
          .toBER(false),
      ),
      format: "der",
      type: "spki",
    });
    expect(signer.signatureAlgorithm).toBe("ecdsa-with-SHA256");
    expect(verifySignature("sha256", data, publicKey, signature)).toBe(true);
    expect(verifySignature("sha256", new TextEncoder().encode("other"), publicKey, signature)).toBe(
      false,
    );
  });

  it("lists only the agency's own certificates, and its signer carries its own name", async () => {
    await agencyDocumentSigner({ db, secrets, agency: customs });
    const revenueCertificates = await listAgencyDocumentCertificates({ db, agencyId: revenue.id });
    expect(revenueCertificates.length).toBeGreaterThan(0);
    expect(revenueCertificates.every((item) => item.agencyId === revenue.id)).toBe(true);
    expect(revenueCertificates.every((item) => item.subject.includes("(CA-RD)"))).toBe(true);
    const customsSigner = await agencyDocumentSigner({ db, secrets, agency: customs });
    expect(revenueCertificates.some((item) => item.id === customsSigner.certificateId)).toBe(false);
  });

  it.runIf(testDatabaseKind === "postgres")(
    "refuses another agency's certificates to a scoped transaction (row-level security)",
    async () => {
      await agencyDocumentSigner({ db, secrets, agency: customs });
      const seen = await withinAgency(db, revenue.id, async (scope) => {
        const { rows } = await scope.tx.query<{ agency_id: string }>(
          "select agency_id from agency_document_certificates",
        );
        return rows;
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((row) => row.agency_id === revenue.id)).toBe(true);
      await expect(
        withinAgency(db, revenue.id, (scope) =>
          scope.tx.query(
            `update agency_document_certificates set retired_at = now() where agency_id = $1`,
            [customs.id],
          ),
        ),
      ).resolves.toMatchObject({ rowCount: 0 });
      await expect(
        withinAgency(db, revenue.id, (scope) =>
          scope.tx.query(
            `insert into agency_document_certificates (agency_id, id, source, certificate_pem,
               private_key_sealed, subject, issuer, serial_number, fingerprint_sha256, not_before, not_after)
             values ($1, gen_random_uuid(), 'platform_ca', 'x', 'x', 'x', 'x', 'x', 'x', now(), now())`,
            [customs.id],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    },
  );
});
