import { generateKeyPairSync } from "node:crypto";

import { TEST_SECRET_KEY, testConfig } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { createTestOfficer } from "@test/support/officers";
import { createTestCertificateAuthority, issueTestCertificate } from "@test/support/pkcs12";
import { samplePermit } from "@test/support/sample-document";
import {
  createTestIssuer,
  issueTestDocument,
  type TestIssuer,
} from "@test/support/verifiable-documents";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import { createLocalDocumentSigner } from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";
import { AppError } from "@/core/errors";

import { changeDocumentStatus } from "../change-document-status";
import { renderDocumentPdf } from "../pdf/render-document-pdf";
import { signPdf } from "../pdf/sign-pdf";
import { selectIssuedPdf } from "../repo";
import type { IssuedDocument } from "../schema";
import type { DocumentVerification } from "./schema";
import type { VerificationInput } from "./verification-input";
import { verifyDocument } from "./verify-document";

const config = testConfig();
const secrets = new SecretBox(TEST_SECRET_KEY);

function outcomes(result: DocumentVerification) {
  return Object.fromEntries(result.checks.map((item) => [item.check, item.outcome]));
}

function reasons(result: DocumentVerification) {
  return Object.fromEntries(result.checks.map((item) => [item.check, item.reason]));
}

/** Where the signature's hex value starts: every byte before it is signed. */
function signatureValueOffset(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  const range = /\/ByteRange\s*\[\s*0\s+(\d+)/.exec(text);
  if (!range) throw new Error("The PDF has no ByteRange");
  return Number(range[1]);
}

/** The input problem a verification refused with: its code and field. */
async function refusal(db: Database, input: VerificationInput) {
  const error = await verifyDocument({ db, config, input }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { code: error.code, status: error.status, field: error.fields[0] };
}

describe("verifying a document", () => {
  let db: Database;
  let issuer: TestIssuer;
  let document: IssuedDocument;
  let pdf: Uint8Array;

  beforeAll(async () => {
    db = await createTestDatabase();
    issuer = await createTestIssuer(db);
    ({ document } = await issueTestDocument({ db, secrets, config, issuer }));
    pdf = (await selectIssuedPdf(db, document.id))!;
  });

  afterAll(async () => {
    await db.close();
  });

  const verifyPdf = (bytes: Uint8Array, now?: Date) =>
    verifyDocument({ db, config, input: { kind: "pdf", bytes }, ...(now ? { now } : {}) });

  it("passes every check for the PDF as issued, and shows its data with the holder's name partly hidden", async () => {
    const result = await verifyPdf(pdf);
    expect(result).toMatchObject({ verified: true, verdict: "valid", input: "pdf" });
    expect(result.checks.map((item) => [item.check, item.outcome])).toEqual([
      ["signature", "passed"],
      ["issuer", "passed"],
      ["status", "passed"],
      ["validity", "passed"],
      ["integrity", "passed"],
    ]);
    expect(result.checks[1]!.messages.th).toContain("สำนักงานเขตทดสอบการตรวจสอบ");
    expect(result.checks[1]!.messages.en).toContain("Verification Test District Office");
    expect(result.document).toMatchObject({
      number: document.number,
      title: { th: "ใบอนุญาตประกอบกิจการร้านค้า", en: "Shop permit" },
      holderName: "นางสาวสมหญิง ใ…",
      agency: { code: "VERIFY-TEST" },
      status: "active",
      transparencyLogIndex: 0,
    });
    expect(result.document!.fields).toEqual([
      expect.objectContaining({ key: "shopName", value: "ร้านข้าวแกงป้าศรี" }),
      expect.objectContaining({
        key: "startsOn",
        value: "2026-11-01",
        display: { th: "1 พฤศจิกายน 2569", en: "1 November 2026" },
      }),
      expect.objectContaining({ key: "floorArea", display: { th: "1,250", en: "1,250" } }),
    ]);
    expect(result.embeddedCredential).toMatchObject({
      found: true,
      verified: true,
      matchesDocument: true,
      reason: "verified",
    });
  });

  it("says a PDF with one byte changed was changed after signing, and shows none of its data", async () => {
    const changed = pdf.slice();
    // Inside the signed bytes, half way to the signature value.
    const position = Math.floor(signatureValueOffset(pdf) / 2);
    changed[position] = changed[position]! ^ 0x01;
    const result = await verifyPdf(changed);
    expect(result).toMatchObject({
      verified: false,
      verdict: "changed_after_signing",
      document: null,
    });
    expect(reasons(result)).toMatchObject({
      signature: "changed_after_signing",
      integrity: "changed_after_signing",
    });
    expect(result.checks[0]!.messages).toEqual({
      th: "ไฟล์นี้ถูกแก้ไขหลังลงนาม เนื้อหาไม่ใช่ฉบับที่หน่วยงานลงนามไว้",
      en: "This file was changed after signing: its content is not what the agency signed.",
    });
  });

  it("says bytes appended after signing changed the file, though the credential inside still verifies", async () => {
    const appended = new Uint8Array([...pdf, ...new TextEncoder().encode("\n% added later\n")]);
    const result = await verifyPdf(appended);
    expect(result.verdict).toBe("changed_after_signing");
    expect(result.embeddedCredential).toMatchObject({
      verified: true,
      matchesDocument: false,
      documentNumber: document.number,
      reason: "other_document",
    });
  });

  it("never calls a PDF valid whose signature value was altered", async () => {
    const altered = pdf.slice();
    const position = signatureValueOffset(pdf) + 101;
    altered[position] = altered[position] === 0x30 ? 0x31 : 0x30;
    const result = await verifyPdf(altered);
    // However the signature still reads, this is not the file that was issued.
    expect(result).toMatchObject({ verified: false, verdict: "not_valid", document: null });
    expect(reasons(result).integrity).toBe("pdf_not_issued");
  });

  it("never calls a truncated PDF valid", async () => {
    const result = await verifyPdf(pdf.subarray(0, pdf.length - 200));
    expect(result.verified).toBe(false);
    expect(result.verdict).toBe("not_valid");
    expect(reasons(result).signature).toBe("signature_unreadable");
  });

  it("refuses an empty file, a file that is not a PDF, and a code that cannot be one, naming each", async () => {
    expect(await refusal(db, { kind: "pdf", bytes: new Uint8Array() })).toMatchObject({
      status: 400,
      field: { field: "file", code: "empty_file" },
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await refusal(db, { kind: "pdf", bytes: png })).toMatchObject({
      status: 400,
      field: {
        field: "file",
        code: "not_pdf",
        messages: { th: expect.stringContaining("ไม่ใช่ PDF") as string },
      },
    });
    expect(await refusal(db, { kind: "code", code: "12" })).toMatchObject({
      status: 400,
      field: { field: "code", code: "invalid_code" },
    });
    expect(await refusal(db, { kind: "code", code: "ZZZZZZZZZZ" })).toMatchObject({
      status: 404,
      field: { field: "code", code: "unknown_code" },
    });
  });

  it("says a PDF that is not signed carries no signature", async () => {
    const result = await verifyPdf(await renderDocumentPdf(samplePermit({ signature: undefined })));
    expect(result.verdict).toBe("not_valid");
    expect(reasons(result)).toMatchObject({ signature: "unsigned", integrity: "pdf_not_issued" });
  });

  it("does not trust a validly signed PDF whose certificate this Pratu never registered", async () => {
    const authority = await createTestCertificateAuthority();
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const certificate = await issueTestCertificate({
      authority,
      privateKey,
      subject: [["CN", "Another Pratu's agency"]],
    });
    const signer = createLocalDocumentSigner({
      certificateChain: [certificate, authority.certificateDer],
      privateKey,
    });
    const foreign = await signPdf({ pdf: await renderDocumentPdf(samplePermit()), signer });
    const result = await verifyPdf(foreign);
    expect(result).toMatchObject({ verified: false, verdict: "not_valid", document: null });
    expect(reasons(result)).toMatchObject({
      signature: "unknown_certificate",
      issuer: "signature_not_verified",
      status: "unknown_document",
      integrity: "pdf_not_issued",
    });
  });

  it("finds the document by the code however it was typed, or from the whole link", async () => {
    const code = document.verifyCode;
    for (const typed of [
      code,
      code.toLowerCase(),
      ` ${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)} `,
      `https://pratu.example/v/${code}?from=qr`,
    ]) {
      const result = await verifyDocument({ db, config, input: { kind: "code", code: typed } });
      expect(result, typed).toMatchObject({ verified: true, verdict: "valid", input: "code" });
      expect(outcomes(result)).toEqual({
        signature: "passed",
        issuer: "passed",
        status: "passed",
        validity: "passed",
        integrity: "not_applicable",
      });
    }
  });

  it("verifies the credential as issued, and not one with a field changed or from an unknown issuer", async () => {
    const credential = document.credential;
    const valid = await verifyDocument({
      db,
      config,
      input: { kind: "credential", json: JSON.stringify(credential, null, 2) },
    });
    expect(valid).toMatchObject({ verified: true, verdict: "valid", input: "credential" });
    expect(reasons(valid).integrity).toBe("credential_as_issued");
    expect(valid.document?.number).toBe(document.number);

    const changed = structuredClone(credential) as { credentialSubject: { name: string } };
    changed.credentialSubject.name = "นายปลอม แปลงชื่อ";
    const tampered = await verifyDocument({
      db,
      config,
      input: { kind: "credential", json: JSON.stringify(changed) },
    });
    expect(tampered).toMatchObject({ verified: false, verdict: "not_valid", document: null });
    expect(reasons(tampered)).toMatchObject({
      signature: "invalid_signature",
      integrity: "credential_not_issued",
    });

    const stranger = { ...credential, issuer: { id: "did:web:elsewhere.example:agencies:X" } };
    const unknown = await verifyDocument({
      db,
      config,
      input: { kind: "credential", json: JSON.stringify(stranger) },
    });
    expect(unknown.verdict).toBe("not_valid");
    expect(outcomes(unknown)).toMatchObject({ signature: "failed", issuer: "failed" });
  });

  it("refuses pasted text that is not a credential, naming the problem", async () => {
    expect(await refusal(db, { kind: "credential", json: "{not json" })).toMatchObject({
      status: 400,
      field: { field: "credential", code: "not_json" },
    });
    expect(await refusal(db, { kind: "credential", json: "[1, 2]" })).toMatchObject({
      field: { code: "not_object" },
    });
    expect(await refusal(db, { kind: "credential", json: '{"hello": "world"}' })).toMatchObject({
      field: { code: "malformed_credential" },
    });
  });

  it("says the document expired once its valid-until date has passed", async () => {
    const later = new Date(document.validUntil!.getTime() + 86_400_000);
    const result = await verifyPdf(pdf, later);
    expect(result).toMatchObject({ verified: false, verdict: "expired" });
    expect(reasons(result).validity).toBe("expired");
    expect(result.checks.find((item) => item.check === "validity")!.messages.th).toMatch(
      /^หมดอายุแล้วเมื่อ \d+ \S+ 25\d\d$/,
    );
  });

  it("flips to revoked, with the reason and date, the moment the agency revokes the document", async () => {
    const { document: revocable } = await issueTestDocument({ db, secrets, config, issuer });
    const revocablePdf = (await selectIssuedPdf(db, revocable.id))!;
    expect((await verifyPdf(revocablePdf)).verdict).toBe("valid");

    const { officer } = await createTestOfficer({
      db,
      secrets,
      memberships: [{ agencyCode: issuer.agency.code, role: "officer" }],
    });
    await changeDocumentStatus({
      db,
      actor: {
        type: "officer",
        officerId: officer.id,
        agencyId: issuer.agency.id,
        role: "officer",
      },
      agencyId: issuer.agency.id,
      documentId: revocable.id,
      change: "revoke",
      reason: "ออกให้ผิดราย",
    });

    for (const input of [
      { kind: "pdf", bytes: revocablePdf },
      { kind: "code", code: revocable.verifyCode },
      { kind: "credential", json: JSON.stringify(revocable.credential) },
    ] as const) {
      const result = await verifyDocument({ db, config, input });
      expect(result, input.kind).toMatchObject({ verified: false, verdict: "revoked" });
      const status = result.checks.find((item) => item.check === "status")!;
      expect(status).toMatchObject({ outcome: "failed", reason: "revoked" });
      expect(status.messages.th).toContain("ออกให้ผิดราย");
      expect(status.messages.en).toMatch(/^Revoked on .+\. Reason: ออกให้ผิดราย$/);
    }
  });
});
