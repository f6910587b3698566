import type { AuditEntry } from "@/core/audit/record-audit";
import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";

import type { SecretBox } from "../secrets";
import {
  certificatesToPem,
  certificateToDer,
  createCertificate,
  derToPem,
  pemToDers,
  summariseCertificate,
  validityFromNow,
} from "./certificates";
import { generateDocumentKeyPair } from "./document-signer";
import { ensurePlatformRootCertificateAuthority, rootIssuer } from "./platform-root-ca";

/** What the certificate authority needs to know of an agency to certify it. */
export interface CertifiedAgency {
  id: string;
  code: string;
  nameEn: string;
}

export type CertificateSource = "platform_ca" | "imported" | "external";

export interface AgencyDocumentCertificate {
  id: string;
  agencyId: string;
  source: CertificateSource;
  keyProvider: string;
  certificateDer: Uint8Array;
  /** The issuers, nearest first. */
  chainDers: Uint8Array[];
  subject: string;
  issuer: string;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
  createdAt: Date;
  retiredAt: Date | null;
}

interface CertificateRow {
  id: string;
  agency_id: string;
  source: CertificateSource;
  key_provider: string;
  certificate_pem: string;
  chain_pem: string;
  subject: string;
  issuer: string;
  serial_number: string;
  fingerprint_sha256: string;
  not_before: Date;
  not_after: Date;
  created_at: Date;
  retired_at: Date | null;
}

const certificateColumns = `id, agency_id, source, key_provider, certificate_pem, chain_pem, subject,
  issuer, serial_number, fingerprint_sha256, not_before, not_after, created_at, retired_at`;

function toCertificate(row: CertificateRow): AgencyDocumentCertificate {
  const [certificateDer] = pemToDers(row.certificate_pem);
  if (!certificateDer) throw new Error(`Certificate ${row.id} is unreadable`);
  return {
    id: row.id,
    agencyId: row.agency_id,
    source: row.source,
    keyProvider: row.key_provider,
    certificateDer,
    chainDers: pemToDers(row.chain_pem),
    subject: row.subject,
    issuer: row.issuer,
    serialNumber: row.serial_number,
    fingerprintSha256: row.fingerprint_sha256,
    notBefore: row.not_before,
    notAfter: row.not_after,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  };
}

export type AuditActor = AuditEntry["actor"];
const certificateAuthorityActor: AuditActor = { type: "system", id: "certificate-authority" };

/**
 * Stores a certificate as the agency's current one, retiring the one before
 * (which stays, with its validity, for the documents it signed). One
 * transaction holds the change and its audit record.
 */
export async function storeAgencyDocumentCertificate(
  db: Database,
  certificate: {
    agencyId: string;
    source: CertificateSource;
    certificateDer: Uint8Array;
    chainDers: readonly Uint8Array[];
    privateKeySealed: string | null;
    keyProvider: string;
    keyReference: string | null;
  },
  audit: { action: string; actor: AuditActor; requestId?: string | undefined },
): Promise<AgencyDocumentCertificate> {
  const summary = summariseCertificate(certificate.certificateDer);
  const id = newId();
  return withinAgency(db, certificate.agencyId, async (scope) => {
    await retireCurrent(scope);
    const { rows } = await scope.tx.query<CertificateRow>(
      `insert into agency_document_certificates
         (agency_id, id, source, certificate_pem, chain_pem, private_key_sealed, key_provider,
          key_reference, subject, issuer, serial_number, fingerprint_sha256, not_before, not_after)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       returning ${certificateColumns}`,
      [
        scope.agencyId,
        id,
        certificate.source,
        derToPem(certificate.certificateDer, "CERTIFICATE"),
        certificatesToPem(certificate.chainDers),
        certificate.privateKeySealed,
        certificate.keyProvider,
        certificate.keyReference,
        summary.subject,
        summary.issuer,
        summary.serialNumber,
        summary.fingerprintSha256,
        summary.notBefore,
        summary.notAfter,
      ],
    );
    await recordAudit(scope.tx, {
      action: audit.action,
      actor: audit.actor,
      agencyId: scope.agencyId,
      target: { type: "document_certificate", id },
      requestId: audit.requestId,
      details: {
        source: certificate.source,
        subject: summary.subject,
        issuer: summary.issuer,
        serialNumber: summary.serialNumber,
        fingerprintSha256: summary.fingerprintSha256,
        notAfter: summary.notAfter,
      },
    });
    return toCertificate(rows[0]!);
  });
}

async function retireCurrent(scope: AgencyScope): Promise<void> {
  await scope.tx.query(
    `update agency_document_certificates set retired_at = now()
      where agency_id = $1 and retired_at is null`,
    [scope.agencyId],
  );
}

const DEFAULT_VALIDITY_DAYS = 3 * 365;

interface IssueOptions {
  db: Database;
  secrets: SecretBox;
  agency: CertifiedAgency;
  actor?: AuditActor;
  requestId?: string;
  validityDays?: number;
}

/**
 * Issues the agency a new document-signing certificate from the platform's
 * root, with a new key. Used both for the first certificate and to rotate:
 * the previous certificate is retired, not removed.
 */
export async function issueAgencyDocumentCertificate(
  options: IssueOptions,
  action = "document_certificate.issued",
): Promise<AgencyDocumentCertificate> {
  const { db, secrets, agency } = options;
  const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
  const issuer = await rootIssuer(root);
  const keys = generateDocumentKeyPair();
  const { notBefore, notAfter } = validityFromNow({
    days: options.validityDays ?? DEFAULT_VALIDITY_DAYS,
  });
  const certificate = await createCertificate({
    profile: "document_signing",
    subject: [
      ["C", "TH"],
      ["O", agency.nameEn],
      ["OU", `Agency code ${agency.code}`],
      ["CN", `${agency.nameEn} (${agency.code}) Document Signing`],
    ],
    subjectPublicKeyDer: keys.publicKeyDer,
    issuer: issuer.certificate,
    issuerPrivateKey: issuer.privateKey,
    notBefore,
    notAfter,
  });
  const stored = await storeAgencyDocumentCertificate(
    db,
    {
      agencyId: agency.id,
      source: "platform_ca",
      certificateDer: certificateToDer(certificate),
      chainDers: [root.certificateDer],
      privateKeySealed: secrets.seal(keys.privateKeyPem),
      keyProvider: "local",
      keyReference: null,
    },
    {
      action,
      actor: options.actor ?? certificateAuthorityActor,
      requestId: options.requestId,
    },
  );
  forgetAgencySigner(db, agency.id);
  return stored;
}

/**
 * Replaces the agency's certificate and key with new ones (a suspected key
 * compromise, a certificate near its end). Documents signed before keep
 * verifying: the old certificate travels inside their signatures and stays
 * listed here with its validity.
 */
export function rotateAgencyDocumentCertificate(
  options: IssueOptions,
): Promise<AgencyDocumentCertificate> {
  return issueAgencyDocumentCertificate(options, "document_certificate.rotated");
}

/** The agency's current document-signing certificate, if it has one. */
export async function findCurrentAgencyDocumentCertificate(options: {
  db: Database;
  agencyId: string;
}): Promise<AgencyDocumentCertificate | null> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const { rows } = await scope.tx.query<CertificateRow>(
      `select ${certificateColumns} from agency_document_certificates
        where agency_id = $1 and retired_at is null`,
      [scope.agencyId],
    );
    return rows[0] ? toCertificate(rows[0]) : null;
  });
}

/** Every document-signing certificate the agency has had, newest first. */
export async function listAgencyDocumentCertificates(options: {
  db: Database;
  agencyId: string;
}): Promise<AgencyDocumentCertificate[]> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const { rows } = await scope.tx.query<CertificateRow>(
      `select ${certificateColumns} from agency_document_certificates
        where agency_id = $1 order by created_at desc, id desc`,
      [scope.agencyId],
    );
    return rows.map(toCertificate);
  });
}

/**
 * A certificate by its SHA-256 fingerprint, whichever agency holds it:
 * verification starts from the certificate inside a signature.
 */
export async function findAgencyDocumentCertificateByFingerprint(options: {
  db: Database;
  fingerprintSha256: string;
}): Promise<AgencyDocumentCertificate | null> {
  const { rows } = await options.db.query<CertificateRow>(
    `select ${certificateColumns} from agency_document_certificates where fingerprint_sha256 = $1`,
    [options.fingerprintSha256.toLowerCase()],
  );
  return rows[0] ? toCertificate(rows[0]) : null;
}

/** The private half of the current certificate, as stored: sealed, or named in an HSM/KMS. */
export async function selectCurrentKeyMaterial(
  db: Database,
  agencyId: string,
): Promise<
  | {
      certificate: AgencyDocumentCertificate;
      privateKeySealed: string | null;
      keyReference: string | null;
    }
  | undefined
> {
  return withinAgency(db, agencyId, async (scope) => {
    const { rows } = await scope.tx.query<
      CertificateRow & { private_key_sealed: string | null; key_reference: string | null }
    >(
      `select ${certificateColumns}, private_key_sealed, key_reference
         from agency_document_certificates where agency_id = $1 and retired_at is null`,
      [scope.agencyId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      certificate: toCertificate(row),
      privateKeySealed: row.private_key_sealed,
      keyReference: row.key_reference,
    };
  });
}

/** Signers kept per database and agency; a change of certificate here drops the entry. */
const signerCaches = new WeakMap<Database, Map<string, unknown>>();

export function agencySignerCache<T>(db: Database): Map<string, T> {
  let cache = signerCaches.get(db);
  if (!cache) {
    cache = new Map();
    signerCaches.set(db, cache);
  }
  return cache as Map<string, T>;
}

export function forgetAgencySigner(db: Database, agencyId: string): void {
  agencySignerCache(db).delete(agencyId);
}
