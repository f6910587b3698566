import type { Database } from "@/core/db/database";
import { defineMessages } from "@/core/i18n";

import type { SecretBox } from "../secrets";
import {
  type AgencyDocumentCertificate,
  type AuditActor,
  forgetAgencySigner,
  listAgencyDocumentCertificates,
  storeAgencyDocumentCertificate,
} from "./agency-document-certificates";
import {
  allowsDocumentSigning,
  certificateFromDer,
  pemToDers,
  summariseCertificate,
} from "./certificates";
import { pkcs12Problem, readPkcs12 } from "./pkcs12";

export const certificateImportMessages = defineMessages({
  notForSigning: {
    th: "ใบรับรองนี้ไม่อนุญาตให้ใช้ลงนาม (key usage ไม่มี digitalSignature หรือ nonRepudiation)",
    en: "This certificate does not allow signing (its key usage has neither digitalSignature nor nonRepudiation).",
  },
  notValidNow: {
    th: "ใบรับรองนี้หมดอายุแล้ว หรือยังไม่ถึงวันเริ่มใช้",
    en: "This certificate has expired or is not valid yet.",
  },
  noCertificate: {
    th: "ไม่พบใบรับรองในรูปแบบ PEM",
    en: "No PEM certificate was found.",
  },
  alreadyHeld: {
    th: "หน่วยงานมีใบรับรองนี้อยู่แล้ว (ที่ใช้อยู่หรือเคยใช้) จึงนำเข้าซ้ำไม่ได้",
    en: "The agency already holds this certificate (now or earlier), so it cannot be imported again.",
  },
});

/** A certificate the agency holds already would break the one-row-per-certificate rule. */
async function assertNotHeld(db: Database, agencyId: string, certificateDer: Uint8Array) {
  const fingerprint = summariseCertificate(certificateDer).fingerprintSha256;
  const held = await listAgencyDocumentCertificates({ db, agencyId });
  if (held.some((certificate) => certificate.fingerprintSha256 === fingerprint)) {
    throw pkcs12Problem(certificateImportMessages.alreadyHeld, "already_held");
  }
}

function assertUsableForSigning(certificateDer: Uint8Array, now: Date): void {
  const certificate = certificateFromDer(certificateDer);
  if (!allowsDocumentSigning(certificate)) {
    throw pkcs12Problem(certificateImportMessages.notForSigning, "not_for_signing");
  }
  if (certificate.notBefore.value > now || certificate.notAfter.value < now) {
    throw pkcs12Problem(certificateImportMessages.notValidNow, "not_valid_now");
  }
}

/**
 * Makes a certificate from a real certification authority, with its key, the
 * agency's current document-signing certificate (production deployments).
 * The key is sealed at rest like the built-in ones; the previous certificate
 * is retired and kept.
 */
export async function importAgencyDocumentCertificate(options: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
  pkcs12: Uint8Array;
  password: string;
  actor: AuditActor;
  requestId?: string;
  now?: Date;
}): Promise<AgencyDocumentCertificate> {
  const contents = await readPkcs12(options.pkcs12, options.password);
  assertUsableForSigning(contents.certificateDer, options.now ?? new Date());
  await assertNotHeld(options.db, options.agencyId, contents.certificateDer);
  const stored = await storeAgencyDocumentCertificate(
    options.db,
    {
      agencyId: options.agencyId,
      source: "imported",
      certificateDer: contents.certificateDer,
      chainDers: contents.chainDers,
      privateKeySealed: options.secrets.seal(
        contents.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      ),
      keyProvider: "local",
      keyReference: null,
    },
    { action: "document_certificate.imported", actor: options.actor, requestId: options.requestId },
  );
  forgetAgencySigner(options.db, options.agencyId);
  return stored;
}

/**
 * Records a certificate whose key an HSM or a cloud KMS holds: Pratu keeps
 * the certificate and a reference, and asks the named key provider to sign.
 */
export async function registerExternalAgencyDocumentCertificate(options: {
  db: Database;
  agencyId: string;
  /** The certificate first, then its issuers, as PEM. */
  certificateChainPem: string;
  keyProvider: string;
  keyReference: string;
  actor: AuditActor;
  requestId?: string;
  now?: Date;
}): Promise<AgencyDocumentCertificate> {
  const [certificateDer, ...chainDers] = pemToDers(options.certificateChainPem);
  if (!certificateDer)
    throw pkcs12Problem(certificateImportMessages.noCertificate, "no_certificate");
  assertUsableForSigning(certificateDer, options.now ?? new Date());
  await assertNotHeld(options.db, options.agencyId, certificateDer);
  const stored = await storeAgencyDocumentCertificate(
    options.db,
    {
      agencyId: options.agencyId,
      source: "external",
      certificateDer,
      chainDers,
      privateKeySealed: null,
      keyProvider: options.keyProvider,
      keyReference: options.keyReference,
    },
    {
      action: "document_certificate.registered",
      actor: options.actor,
      requestId: options.requestId,
    },
  );
  forgetAgencySigner(options.db, options.agencyId);
  return stored;
}
