import type { Config } from "@/config/schema";
import { sha256Hex } from "@/core/crypto/tokens";
import type { Database } from "@/core/db/database";
import { type Agency, selectAgencyById } from "@/modules/agencies";

import { credentialSha256, verifyCredential } from "../credentials";
import { findIssuedDocument, selectIssuedPdf } from "../repo";
import type { IssuedDocument } from "../schema";
import { checkEmbeddedCredential } from "./check-embedded-credential";
import {
  bilingual,
  checkItem,
  issuerCheck,
  notApplicable,
  statusCheck,
  validityCheck,
  verdictOf,
} from "./check-items";
import { checkSignedPdf } from "./check-signed-pdf";
import { credentialChecks } from "./credential-checks";
import { describeDocument } from "./describe-document";
import { verificationMessages as m } from "./messages";
import type { CheckItem, DocumentVerification, EmbeddedCredentialCheck } from "./schema";
import {
  assertPdfUpload,
  inputProblem,
  parseCredentialJson,
  rejectInput,
  type VerificationInput,
  verifyCodeOf,
} from "./verification-input";

interface VerifyOptions {
  db: Database;
  config: Config;
  now: Date;
}

/**
 * Verifies a document from what a verifier holds (the code on the paper or
 * its QR link, the PDF, or the credential) and answers the checklist in the
 * order a verifier reads it: signature, issuing agency, revocation or
 * suspension, expiry, sameness with what was issued; then the verdict and
 * the document's data. Input that cannot be checked at all (an empty or
 * non-PDF file, text that is not JSON, a code nobody was given) is refused
 * with a problem naming it; anything else is an answer, never an exception.
 */
export async function verifyDocument(options: {
  db: Database;
  config: Config;
  input: VerificationInput;
  now?: Date;
}): Promise<DocumentVerification> {
  const context: VerifyOptions = {
    db: options.db,
    config: options.config,
    now: options.now ?? new Date(),
  };
  const { input } = options;
  switch (input.kind) {
    case "code":
      return verifyByCode(context, input.code);
    case "pdf":
      return verifyPdf(context, input.bytes);
    case "credential":
      return verifyCredentialJson(context, input.json);
  }
}

function agencyLookup(db: Database) {
  const agencies = new Map<string, Promise<Agency | null>>();
  return (agencyId: string) => {
    let agency = agencies.get(agencyId);
    if (!agency) {
      agency = selectAgencyById(db, agencyId);
      agencies.set(agencyId, agency);
    }
    return agency;
  };
}

async function answer(
  context: VerifyOptions,
  result: {
    input: DocumentVerification["input"];
    checks: CheckItem[];
    document: IssuedDocument | null;
    agency: Agency | null;
    embeddedCredential?: EmbeddedCredentialCheck;
  },
): Promise<DocumentVerification> {
  const verdict = verdictOf(result.checks);
  // A document's data is shown only when the checks identified it as issued here.
  const isIdentified =
    result.document !== null && result.agency !== null && verdict !== "changed_after_signing";
  return {
    verified: verdict === "valid",
    verdict,
    input: result.input,
    checks: result.checks,
    document: isIdentified
      ? await describeDocument({
          db: context.db,
          document: result.document!,
          agency: result.agency!,
        })
      : null,
    embeddedCredential: result.embeddedCredential ?? null,
    checkedAt: context.now.toISOString(),
  };
}

/** The checks a document on record answers for itself: status and expiry. */
function recordChecks(document: IssuedDocument | null, now: Date): CheckItem[] {
  if (!document) {
    return [
      notApplicable("status", "unknown_document", m.checks.status.unknownDocument),
      notApplicable("validity", "unknown_document", m.checks.validity.unknownDocument),
    ];
  }
  return [statusCheck(document, now), validityCheck(document, now)];
}

async function verifyByCode(context: VerifyOptions, raw: string): Promise<DocumentVerification> {
  const { db } = context;
  const verifyCode = verifyCodeOf(raw);
  const document = await findIssuedDocument(db, { verifyCode });
  if (!document)
    rejectInput("not_found", inputProblem("code", "unknown_code", m.input.codeUnknown));
  const agencyOf = agencyLookup(db);
  const agency = await agencyOf(document.agencyId);
  let signature: CheckItem;
  let issuer: CheckItem;
  if (document.pdfSha256) {
    // The document as stored: its signature, checked like any uploaded file.
    const signed = await checkSignedPdf({
      db,
      sha256: document.pdfSha256,
      load: () => selectIssuedPdf(db, document.id),
      at: document.issuedAt,
      isOnRecord: true,
      agencyName: agencyOf,
    });
    signature = signed.item;
    issuer = signerIssuerCheck(signed.signerAgencyId, document, agency);
  } else {
    const verification = await verifyCredential({
      db,
      config: context.config,
      credential: document.credential,
      now: context.now,
    });
    [signature, issuer] = credentialChecks(verification, context.now) as [CheckItem, CheckItem];
  }
  const checks = [
    signature,
    issuer,
    ...recordChecks(document, context.now),
    notApplicable("integrity", "code_only", m.checks.integrity.codeOnly),
  ];
  return answer(context, { input: "code", checks, document, agency });
}

/** The issuer line for a signed PDF: the signer's agency, which must be the one on record. */
function signerIssuerCheck(
  signerAgencyId: string | null,
  document: IssuedDocument | null,
  signerAgency: Agency | null,
): CheckItem {
  if (!signerAgencyId) {
    return notApplicable(
      "issuer",
      "signature_not_verified",
      m.checks.issuer.unknownWithoutSignature,
    );
  }
  if (document && document.agencyId !== signerAgencyId) {
    return checkItem("issuer", "failed", "issuer_mismatch", bilingual(m.checks.issuer.mismatch));
  }
  return issuerCheck(signerAgency);
}

async function verifyPdf(context: VerifyOptions, bytes: Uint8Array): Promise<DocumentVerification> {
  const { db } = context;
  assertPdfUpload(bytes);
  const sha256 = sha256Hex(bytes);
  const document = await findIssuedDocument(db, { pdfSha256: sha256 });
  const agencyOf = agencyLookup(db);
  const signed = await checkSignedPdf({
    db,
    sha256,
    load: () => Promise.resolve(bytes),
    at: document?.issuedAt ?? context.now,
    isOnRecord: document !== null,
    agencyName: agencyOf,
  });
  const signerAgency = signed.signerAgencyId ? await agencyOf(signed.signerAgencyId) : null;
  const integrity = document
    ? checkItem(
        "integrity",
        "passed",
        "pdf_as_issued",
        bilingual(m.checks.integrity.pdfAsIssued, () => ({ hash: sha256 })),
      )
    : signed.isChangedAfterSigning
      ? checkItem(
          "integrity",
          "failed",
          "changed_after_signing",
          bilingual(m.checks.integrity.pdfChanged),
        )
      : checkItem(
          "integrity",
          "failed",
          "pdf_not_issued",
          bilingual(m.checks.integrity.pdfNotIssued),
        );
  const checks = [
    signed.item,
    signerIssuerCheck(signed.signerAgencyId, document, signerAgency),
    ...recordChecks(document, context.now),
    integrity,
  ];
  const embeddedCredential = await checkEmbeddedCredential({
    db,
    config: context.config,
    pdf: bytes,
    document,
    now: context.now,
  });
  return answer(context, {
    input: "pdf",
    checks,
    document,
    agency: signerAgency,
    embeddedCredential,
  });
}

async function verifyCredentialJson(
  context: VerifyOptions,
  json: string,
): Promise<DocumentVerification> {
  const { db } = context;
  const credential = parseCredentialJson(json);
  const verification = await verifyCredential({
    db,
    config: context.config,
    credential,
    now: context.now,
  });
  if (verification.errors.some((error) => error.code === "malformed_credential")) {
    const problem = verification.errors[0]!;
    rejectInput("validation_failed", {
      field: "credential",
      code: problem.code,
      message: problem.messages.en,
      messages: problem.messages,
    });
  }
  const hash = credentialSha256(credential);
  const issuedRecord = verification.checklist.issuedRecord.documentId;
  const document = issuedRecord ? await findIssuedDocument(db, { id: issuedRecord }) : null;
  const [signature, issuer, status, validity] = credentialChecks(verification, context.now) as [
    CheckItem,
    CheckItem,
    CheckItem,
    CheckItem,
  ];
  const integrity = document
    ? checkItem(
        "integrity",
        "passed",
        "credential_as_issued",
        bilingual(m.checks.integrity.credentialAsIssued, () => ({ hash })),
      )
    : checkItem(
        "integrity",
        "failed",
        "credential_not_issued",
        bilingual(m.checks.integrity.credentialNotIssued),
      );
  // The record, when there is one, speaks for status and expiry with its reason and dates.
  const checks = document
    ? [signature, issuer, ...recordChecks(document, context.now), integrity]
    : [signature, issuer, status, validity, integrity];
  const agency = document ? await selectAgencyById(db, document.agencyId) : null;
  return answer(context, { input: "credential", checks, document, agency });
}
