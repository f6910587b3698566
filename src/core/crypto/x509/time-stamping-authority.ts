import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import type { SecretBox } from "../secrets";
import {
  certificatesToPem,
  certificateToDer,
  createCertificate,
  derToPem,
  keyTagOf,
  pemToDers,
  summariseCertificate,
  validityFromNow,
} from "./certificates";
import {
  createLocalDocumentSigner,
  type DocumentSigner,
  generateDocumentKeyPair,
  privateKeyFromPem,
} from "./document-signer";
import { ensurePlatformRootCertificateAuthority, rootIssuer } from "./platform-root-ca";

/**
 * Ten years of validity, renewed once fewer than two remain: a token stays
 * checkable against a certificate that is still valid for years after it
 * was made.
 */
const VALIDITY_YEARS = 10;
const RENEW_BEFORE_MS = 2 * 365 * 86_400_000;
/** As for document signers: another process's renewal is picked up within the minute. */
const CACHE_TTL_MS = 60_000;

/** Pratu's own time-stamping authority: its certificate, its issuers and what signs for it. */
export interface TimeStampingAuthority {
  id: string;
  certificateDer: Uint8Array;
  /** The issuers of the certificate, nearest first (the platform root). */
  chainDers: Uint8Array[];
  signer: DocumentSigner;
}

interface AuthorityRow {
  id: string;
  certificate_pem: string;
  chain_pem: string;
  private_key_sealed: string;
  not_after: Date;
}

async function selectActiveAuthority(db: Database): Promise<AuthorityRow | undefined> {
  const { rows } = await db.query<AuthorityRow>(
    `select id, certificate_pem, chain_pem, private_key_sealed, not_after
       from time_stamping_authorities where retired_at is null`,
  );
  return rows[0];
}

async function createAuthority(
  db: Database,
  secrets: SecretBox,
  replacing: string | null,
): Promise<void> {
  const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
  const issuer = await rootIssuer(root);
  const keys = generateDocumentKeyPair();
  const keyTag = keyTagOf(keys.publicKeyDer);
  const { notBefore, notAfter } = validityFromNow({ years: VALIDITY_YEARS });
  const certificate = await createCertificate({
    profile: "time_stamping",
    subject: [
      ["C", "TH"],
      ["O", "Pratu"],
      ["serialNumber", keyTag],
      ["CN", "Pratu Time-Stamping Authority"],
    ],
    subjectPublicKeyDer: keys.publicKeyDer,
    issuer: issuer.certificate,
    issuerPrivateKey: issuer.privateKey,
    notBefore,
    notAfter,
  });
  const der = certificateToDer(certificate);
  const summary = summariseCertificate(der);
  const id = newId();
  await transaction(db, async (tx) => {
    if (replacing) {
      const { rowCount } = await tx.query(
        `update time_stamping_authorities set retired_at = now()
          where id = $1 and retired_at is null`,
        [replacing],
      );
      // Another process renewed it first: theirs stands.
      if (!rowCount) return;
    }
    const { rowCount } = await tx.query(
      `insert into time_stamping_authorities
         (id, subject, certificate_pem, chain_pem, private_key_sealed, fingerprint_sha256,
          not_before, not_after)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict ((retired_at is null)) where retired_at is null do nothing`,
      [
        id,
        summary.subject,
        derToPem(der, "CERTIFICATE"),
        certificatesToPem([root.certificateDer]),
        secrets.seal(keys.privateKeyPem),
        summary.fingerprintSha256,
        summary.notBefore,
        summary.notAfter,
      ],
    );
    if (!rowCount) return;
    await recordAudit(tx, {
      action: replacing ? "time_stamping_authority.renewed" : "time_stamping_authority.created",
      actor: { type: "system", id: "certificate-authority" },
      agencyId: null,
      target: { type: "time_stamping_authority", id },
      details: {
        subject: summary.subject,
        fingerprintSha256: summary.fingerprintSha256,
        notAfter: summary.notAfter,
        ...(replacing ? { replaces: replacing } : {}),
      },
    });
  });
}

const authorities = new WeakMap<Database, { authority: TimeStampingAuthority; at: number }>();

/**
 * The deployment's time-stamping authority, made on first use with a
 * certificate from the platform root (extended key usage id-kp-timeStamping,
 * critical) and renewed when its certificate nears its end.
 */
export async function ensureTimeStampingAuthority(options: {
  db: Database;
  secrets: SecretBox;
}): Promise<TimeStampingAuthority> {
  const { db, secrets } = options;
  const cached = authorities.get(db);
  if (cached && Date.now() - cached.at < CACHE_TTL_MS) return cached.authority;
  let row = await selectActiveAuthority(db);
  if (!row || row.not_after.getTime() - Date.now() < RENEW_BEFORE_MS) {
    await createAuthority(db, secrets, row?.id ?? null);
    row = await selectActiveAuthority(db);
    if (!row) throw new Error("The time-stamping authority could not be created");
  }
  const [certificateDer] = pemToDers(row.certificate_pem);
  if (!certificateDer) throw new Error("The time-stamping certificate is unreadable");
  const chainDers = pemToDers(row.chain_pem);
  const authority: TimeStampingAuthority = {
    id: row.id,
    certificateDer,
    chainDers,
    signer: createLocalDocumentSigner({
      certificateChain: [certificateDer, ...chainDers],
      privateKey: privateKeyFromPem(secrets.open(row.private_key_sealed)),
    }),
  };
  authorities.set(db, { authority, at: Date.now() });
  return authority;
}
