import { sha256Hex } from "@/core/crypto/tokens";
import {
  type AgencyDocumentCertificate,
  findAgencyDocumentCertificateByFingerprint,
  listPlatformRootCertificates,
  verifyCertificateChain,
} from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";
import type { Agency } from "@/modules/agencies";

import { checkPdfSignature, type PdfSignatureCheck } from "../pdf/check-pdf-signature";
import { bilingual, checkItem } from "./check-items";
import { verificationMessages as m } from "./messages";
import type { CheckItem } from "./schema";

export interface SignedPdfCheck {
  item: CheckItem;
  /** The agency whose registered certificate made a valid signature; null otherwise. */
  signerAgencyId: string | null;
  isChangedAfterSigning: boolean;
}

const CACHED_CHECKS = 1000;
const CACHE_TTL_MS = 60_000;

/**
 * Recent answers for documents on record, by the file's SHA-256, per
 * database: a QR code on a popular document is scanned again and again, and
 * the answer changes only when a certificate or an agency's name does, which
 * a minute's delay does not hurt. Revocation is not part of this answer.
 */
const recentChecks = new WeakMap<Database, Map<string, { check: SignedPdfCheck; at: number }>>();

function recentChecksOf(db: Database) {
  let cache = recentChecks.get(db);
  if (!cache) {
    cache = new Map();
    recentChecks.set(db, cache);
  }
  return cache;
}

/**
 * Whether the signer's certificate is one this deployment trusts: issued by
 * its own root (any it has had, so rotation never breaks an old document), or
 * an agency's own certificate that an operator imported with its chain.
 */
async function checkCertificate(
  db: Database,
  certificate: AgencyDocumentCertificate,
  check: Extract<PdfSignatureCheck, { isValid: true }>,
  at: Date,
): Promise<{ isTrusted: true } | { isTrusted: false; detail: string }> {
  const trustedRoots =
    certificate.source === "platform_ca"
      ? (await listPlatformRootCertificates({ db })).map((root) => root.certificateDer)
      : certificate.chainDers;
  // An imported certificate registered without a chain is trusted by that registration alone.
  if (trustedRoots.length === 0) return { isTrusted: true };
  const chain = await verifyCertificateChain({
    certificate: check.signerCertificateDer,
    intermediates: check.certificateDers,
    trustedRoots,
    at,
  });
  return chain.isValid ? { isTrusted: true } : { isTrusted: false, detail: chain.reason };
}

/**
 * The signature line of the checklist for a PDF: is the signature intact and
 * made with the certificate of an agency registered here? `at` is when the
 * document was issued when it is on record (its certificate may since have
 * been rotated out), otherwise now.
 */
export async function checkSignedPdf(options: {
  db: Database;
  sha256: string;
  load: () => Promise<Uint8Array | null>;
  at: Date;
  /** A file issued here: its answer may be kept a while and served again. */
  isOnRecord: boolean;
  agencyName: (agencyId: string) => Promise<Pick<Agency, "nameTh" | "nameEn"> | null>;
}): Promise<SignedPdfCheck> {
  if (!options.isOnRecord) return checkSignature(options);
  const cache = recentChecksOf(options.db);
  const recent = cache.get(options.sha256);
  if (recent && Date.now() - recent.at < CACHE_TTL_MS) return recent.check;
  const check = await checkSignature(options);
  cache.delete(options.sha256);
  cache.set(options.sha256, { check, at: Date.now() });
  if (cache.size > CACHED_CHECKS) cache.delete(cache.keys().next().value!);
  return check;
}

async function checkSignature(options: {
  db: Database;
  load: () => Promise<Uint8Array | null>;
  at: Date;
  agencyName: (agencyId: string) => Promise<Pick<Agency, "nameTh" | "nameEn"> | null>;
}): Promise<SignedPdfCheck> {
  const { db } = options;
  const pdf = await options.load();
  const check: PdfSignatureCheck = pdf
    ? await checkPdfSignature(pdf)
    : { isValid: false, reason: "malformed" };
  const fail = (reason: string, message: Parameters<typeof bilingual>[0], detail?: string) => ({
    item: checkItem(
      "signature",
      "failed",
      reason,
      bilingual(message, () => ({ detail: detail ?? "" })),
    ),
    signerAgencyId: null,
    isChangedAfterSigning: reason === "changed_after_signing",
  });
  if (!check.isValid) {
    switch (check.reason) {
      case "changed_after_signing":
        return fail("changed_after_signing", m.checks.signature.changedAfterSigning);
      case "unsigned":
        return fail("unsigned", m.checks.signature.unsigned);
      case "not_pdf":
      case "malformed":
        return fail("signature_unreadable", m.checks.signature.unreadable);
      default:
        return fail("signature_invalid", m.checks.signature.invalid);
    }
  }
  const certificate = await findAgencyDocumentCertificateByFingerprint({
    db,
    fingerprintSha256: sha256Hex(check.signerCertificateDer),
  });
  if (!certificate) return fail("unknown_certificate", m.checks.signature.unknownCertificate);
  const trust = await checkCertificate(db, certificate, check, options.at);
  if (!trust.isTrusted) {
    return fail("untrusted_certificate", m.checks.signature.untrustedCertificate, trust.detail);
  }
  const agency = await options.agencyName(certificate.agencyId);
  const message =
    certificate.source === "platform_ca"
      ? m.checks.signature.pdfValid
      : m.checks.signature.pdfValidImported;
  return {
    item: checkItem(
      "signature",
      "passed",
      "signature_valid",
      bilingual(message, (locale) => ({
        agency: agency ? (locale === "th" ? agency.nameTh : agency.nameEn) : certificate.subject,
      })),
    ),
    signerAgencyId: certificate.agencyId,
    isChangedAfterSigning: false,
  };
}
