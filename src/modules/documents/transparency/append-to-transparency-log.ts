import type { AgencyScope } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import { entryLeafHash, type TransparencyLogEntry, TransparencyLogEntrySchema } from "./log-entry";
import { appendToFrontier } from "./merkle";
import { insertLeaf, lockLogState, selectLeafByDocumentId } from "./repo";

/**
 * Appends an issued document to its agency's log, in the issuer's own
 * transaction: the document and its leaf commit together or not at all.
 * A retry for the same document gets the leaf it already has; the same
 * document id with other hashes is refused, since a leaf is never replaced.
 */
export async function appendToTransparencyLog(
  scope: AgencyScope,
  entry: TransparencyLogEntry,
): Promise<{ leafIndex: number }> {
  const parsed = TransparencyLogEntrySchema.parse({
    ...entry,
    documentId: entry.documentId.toLowerCase(),
  });
  const state = await lockLogState(scope);
  const existing = await selectLeafByDocumentId(scope, parsed.documentId);
  if (existing) {
    const isSameEntry =
      existing.documentSha256 === parsed.documentSha256 &&
      existing.credentialSha256 === parsed.credentialSha256 &&
      existing.issuedAt.getTime() === parsed.issuedAt.getTime();
    if (!isSameEntry) {
      throw new AppError(
        "conflict",
        `Document ${parsed.documentId} is already in the transparency log with other hashes.`,
      );
    }
    return { leafIndex: existing.leafIndex };
  }
  const leafHash = entryLeafHash(parsed);
  const { frontier, completed } = appendToFrontier(state.frontier, state.treeSize, leafHash);
  await insertLeaf(scope, { ...parsed, leafIndex: state.treeSize, leafHash }, completed, frontier);
  return { leafIndex: state.treeSize };
}
