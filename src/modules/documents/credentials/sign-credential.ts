import type { Signer } from "@/core/crypto/signing-keys";

import { addEcdsaProof } from "./data-integrity";

/**
 * Secures a credential with a Data Integrity proof, cryptosuite
 * ecdsa-rdfc-2019 over P-256: the proof configuration and the credential are
 * each canonicalised with RDFC-1.0 and hashed with SHA-256, and the agency's
 * key signs the two hashes. Any proof already present is replaced.
 */
export function signCredential(options: {
  credential: Record<string, unknown>;
  signer: Signer;
  /** `<issuer DID>#<key id>`: see `agencyVerificationMethod`. */
  verificationMethod: string;
  created?: Date | undefined;
}): Promise<Record<string, unknown>> {
  return addEcdsaProof({
    document: options.credential,
    signer: options.signer,
    verificationMethod: options.verificationMethod,
    proofPurpose: "assertionMethod",
    created: options.created,
  });
}
