import type { SecretBox } from "@/core/crypto/secrets";
import { listAgencyPublicKeys } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import { isAppError } from "@/core/errors";

import { entryLeafHash } from "./log-entry";
import { fromHex, verifyInclusionProof } from "./merkle";
import { getInclusionProof } from "./read-transparency-log";
import { type SignedTreeHead, verifySignedTreeHead } from "./signed-tree-head";

export type LogInclusionCheck =
  | { isIncluded: true; leafIndex: number; treeHead: SignedTreeHead }
  | { isIncluded: false; reason: "not_logged" | "proof_failed" };

/**
 * Whether a document, by the SHA-256 of its PDF or credential, is in its
 * agency's log: the inclusion proof checked against the current signed head,
 * and the head's signature against the agency's published keys, the same
 * checks an outside auditor makes. For the verify page's checklist.
 */
export async function checkLogInclusion(options: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
  sha256: string;
}): Promise<LogInclusionCheck> {
  const { db, secrets, agencyId } = options;
  let proof: Awaited<ReturnType<typeof getInclusionProof>>;
  try {
    proof = await getInclusionProof({
      db,
      secrets,
      agencyId,
      leaf: { sha256: options.sha256.toLowerCase() },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") {
      return { isIncluded: false, reason: "not_logged" };
    }
    throw error;
  }
  const treeHead = proof.treeHead!;
  const keys = (await listAgencyPublicKeys({ db, agencyId })).map((key) => key.jwk);
  const head = await verifySignedTreeHead({ treeHead, keys });
  const isProven =
    head.isValid &&
    verifyInclusionProof({
      leafIndex: proof.leafIndex,
      treeSize: proof.treeSize,
      // Rehashed from the entry's fields, so the entry served is the one proven.
      leafHash: entryLeafHash({ ...proof.entry, issuedAt: new Date(proof.entry.issuedAt) }),
      proof: proof.inclusionPath.map(fromHex),
      rootHash: head.rootHash,
    });
  return isProven
    ? { isIncluded: true, leafIndex: proof.leafIndex, treeHead }
    : { isIncluded: false, reason: "proof_failed" };
}
