import type { KeyObject } from "node:crypto";

import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import type { SecretBox } from "../secrets";
import {
  certificateFromDer,
  certificateToDer,
  createCertificate,
  derToPem,
  keyTagOf,
  pemToDers,
  summariseCertificate,
  validityFromNow,
} from "./certificates";
import { generateDocumentKeyPair, privateKeyFromPem, toSigningCryptoKey } from "./document-signer";

const ROOT_VALIDITY_YEARS = 25;

export interface PlatformRootCertificateAuthority {
  id: string;
  certificateDer: Uint8Array;
  certificatePem: string;
  privateKey: KeyObject;
}

interface RootRow {
  id: string;
  certificate_pem: string;
  private_key_sealed: string;
}

async function selectActiveRoot(db: Database): Promise<RootRow | undefined> {
  const { rows } = await db.query<RootRow>(
    `select id, certificate_pem, private_key_sealed from platform_certificate_authorities
      where role = 'root' and retired_at is null`,
  );
  return rows[0];
}

async function createRoot(db: Database, secrets: SecretBox): Promise<void> {
  const keys = generateDocumentKeyPair();
  const keyTag = keyTagOf(keys.publicKeyDer);
  const { notBefore, notAfter } = validityFromNow({ years: ROOT_VALIDITY_YEARS });
  const certificate = await createCertificate({
    profile: "root_ca",
    subject: [
      ["C", "TH"],
      ["O", "Pratu"],
      ["serialNumber", keyTag],
      ["CN", "Pratu Platform Root CA"],
    ],
    subjectPublicKeyDer: keys.publicKeyDer,
    issuerPrivateKey: await toSigningCryptoKey(keys.privateKey),
    notBefore,
    notAfter,
  });
  const der = certificateToDer(certificate);
  const summary = summariseCertificate(der);
  const id = newId();
  await transaction(db, async (tx) => {
    const { rowCount } = await tx.query(
      `insert into platform_certificate_authorities
         (id, role, subject, certificate_pem, private_key_sealed, fingerprint_sha256, not_before, not_after)
       values ($1, 'root', $2, $3, $4, $5, $6, $7)
       on conflict (role) where retired_at is null do nothing`,
      [
        id,
        summary.subject,
        derToPem(der, "CERTIFICATE"),
        secrets.seal(keys.privateKeyPem),
        summary.fingerprintSha256,
        summary.notBefore,
        summary.notAfter,
      ],
    );
    // Another process made the root first: theirs stands, and so does their audit record.
    if (!rowCount) return;
    await recordAudit(tx, {
      action: "certificate_authority.created",
      actor: { type: "system", id: "certificate-authority" },
      agencyId: null,
      target: { type: "certificate_authority", id },
      details: { subject: summary.subject, fingerprintSha256: summary.fingerprintSha256 },
    });
  });
}

const roots = new WeakMap<Database, PlatformRootCertificateAuthority>();

/**
 * The deployment's root certificate authority, made on first use. Its
 * certificate is what a verifier (or a PDF reader's trust list) is given to
 * trust documents signed with the built-in CA.
 */
export async function ensurePlatformRootCertificateAuthority(options: {
  db: Database;
  secrets: SecretBox;
}): Promise<PlatformRootCertificateAuthority> {
  const cached = roots.get(options.db);
  if (cached) return cached;
  let row = await selectActiveRoot(options.db);
  if (!row) {
    await createRoot(options.db, options.secrets);
    row = await selectActiveRoot(options.db);
    if (!row) throw new Error("The platform root certificate authority could not be created");
  }
  const [certificateDer] = pemToDers(row.certificate_pem);
  if (!certificateDer) throw new Error("The platform root certificate is unreadable");
  const root = {
    id: row.id,
    certificateDer,
    certificatePem: row.certificate_pem,
    privateKey: privateKeyFromPem(options.secrets.open(row.private_key_sealed)),
  };
  roots.set(options.db, root);
  return root;
}

/** Every root this deployment has had, newest first: what trust lists need. */
export async function listPlatformRootCertificates(options: {
  db: Database;
}): Promise<{ certificateDer: Uint8Array; retiredAt: Date | null }[]> {
  const { rows } = await options.db.query<{ certificate_pem: string; retired_at: Date | null }>(
    `select certificate_pem, retired_at from platform_certificate_authorities
      order by created_at desc`,
  );
  return rows.flatMap((row) =>
    pemToDers(row.certificate_pem).map((certificateDer) => ({
      certificateDer,
      retiredAt: row.retired_at,
    })),
  );
}

/** The issuing side of the root: its certificate parsed and its key ready for WebCrypto. */
export async function rootIssuer(root: PlatformRootCertificateAuthority) {
  return {
    certificate: certificateFromDer(root.certificateDer),
    privateKey: await toSigningCryptoKey(root.privateKey),
  };
}
