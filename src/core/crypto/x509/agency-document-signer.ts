import type { Database } from "@/core/db/database";

import type { SecretBox } from "../secrets";
import {
  agencySignerCache,
  type CertifiedAgency,
  issueAgencyDocumentCertificate,
  selectCurrentKeyMaterial,
} from "./agency-document-certificates";
import {
  createLocalDocumentSigner,
  type DocumentSigner,
  findDocumentKeyProvider,
  privateKeyFromPem,
} from "./document-signer";

/** A signer together with the certificate it signs under. */
export interface AgencyDocumentSigner extends DocumentSigner {
  readonly certificateId: string;
  readonly agencyId: string;
}

interface CachedSigner {
  signer: AgencyDocumentSigner;
  at: number;
}

/**
 * A minute, as for receipt keys: after a rotation in another process this one
 * moves to the new certificate within the minute, and what the old one signed
 * stays verifiable anyway.
 */
const SIGNER_TTL_MS = 60_000;

async function loadSigner(
  db: Database,
  secrets: SecretBox,
  agency: CertifiedAgency,
): Promise<AgencyDocumentSigner> {
  let material = await selectCurrentKeyMaterial(db, agency.id);
  if (!material) {
    try {
      await issueAgencyDocumentCertificate({ db, secrets, agency });
    } catch (error) {
      // Another process issued the first certificate at the same moment: use theirs.
      if (!(await selectCurrentKeyMaterial(db, agency.id))) throw error;
    }
    material = await selectCurrentKeyMaterial(db, agency.id);
    if (!material) throw new Error("The agency's document certificate could not be issued");
  }
  const { certificate } = material;
  const certificateChain = [certificate.certificateDer, ...certificate.chainDers];
  let signer: DocumentSigner;
  if (material.privateKeySealed) {
    signer = createLocalDocumentSigner({
      certificateChain,
      privateKey: privateKeyFromPem(secrets.open(material.privateKeySealed)),
    });
  } else {
    const provider = findDocumentKeyProvider(certificate.keyProvider);
    if (!provider || !material.keyReference) {
      throw new Error(
        `No key provider "${certificate.keyProvider}" is registered for the agency's certificate`,
      );
    }
    signer = await provider({ certificateChain, keyReference: material.keyReference });
  }
  return {
    certificateChain: signer.certificateChain,
    signatureAlgorithm: signer.signatureAlgorithm,
    sign: (data) => signer.sign(data),
    certificateId: certificate.id,
    agencyId: agency.id,
  };
}

/**
 * The agency's current document signer. With no certificate yet, the
 * platform's certificate authority issues one on first use.
 */
export async function agencyDocumentSigner(options: {
  db: Database;
  secrets: SecretBox;
  agency: CertifiedAgency;
}): Promise<AgencyDocumentSigner> {
  const cache = agencySignerCache<CachedSigner>(options.db);
  const cached = cache.get(options.agency.id);
  if (cached && Date.now() - cached.at < SIGNER_TTL_MS) return cached.signer;
  const signer = await loadSigner(options.db, options.secrets, options.agency);
  cache.set(options.agency.id, { signer, at: Date.now() });
  return signer;
}
