import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import {
  consistencyProofRanges,
  inclusionProofRanges,
  type LeafRange,
  proofFromRanges,
  subtreesNeededFor,
  toHex,
} from "./merkle";
import { transparencyMessages as m } from "./messages";
import { invalidRequest } from "./problems";
import {
  selectLeafByDocumentId,
  selectLeafByIndex,
  selectLeafBySha256,
  selectLeaves,
  selectLogStateWithHead,
  selectSubtreeHashes,
  type StoredLeaf,
  subtreeKey,
} from "./repo";
import { currentSignedTreeHead, type SignedTreeHead } from "./signed-tree-head";

/** At most this many entries in one page: an auditor walks the log page by page. */
export const MAX_ENTRIES_PER_PAGE = 1000;

export interface PublishedEntry {
  leafIndex: number;
  /** SHA-256(0x00 || canonical entry JSON), hex. */
  leafHash: string;
  documentId: string;
  documentSha256: string;
  credentialSha256: string;
  issuedAt: string;
}

export function publishedEntry(leaf: StoredLeaf): PublishedEntry {
  return {
    leafIndex: leaf.leafIndex,
    leafHash: toHex(leaf.leafHash),
    documentId: leaf.documentId,
    documentSha256: leaf.documentSha256,
    credentialSha256: leaf.credentialSha256,
    issuedAt: leaf.issuedAt.toISOString(),
  };
}

/** The proof's hashes, from the stored subtrees, read in one query. */
async function buildProof(scope: AgencyScope, ranges: readonly LeafRange[]): Promise<string[]> {
  const hashes = await selectSubtreeHashes(scope, subtreesNeededFor(ranges));
  return proofFromRanges(ranges, (subtree) => {
    const hash = hashes.get(subtreeKey(subtree));
    if (!hash) throw new Error(`The log is missing subtree ${subtreeKey(subtree)}.`);
    return hash;
  }).map(toHex);
}

async function currentTreeSize(scope: AgencyScope): Promise<number> {
  return (await selectLogStateWithHead(scope)).state.treeSize;
}

export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  /** Leaf hashes from the bottom of the tree up, hex (RFC 9162 inclusion path). */
  inclusionPath: string[];
  entry: PublishedEntry;
  /** The signed head the proof is against, when the caller named no tree size. */
  treeHead?: SignedTreeHead;
}

/**
 * An inclusion proof for one entry, found by its index or by the SHA-256 of
 * its document or credential, against a tree size the caller holds a head
 * for, or else against the current signed head (which is then returned too).
 */
export async function getInclusionProof(options: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
  leaf: { leafIndex: number } | { sha256: string };
  treeSize?: number | undefined;
}): Promise<InclusionProof> {
  const { db, agencyId, leaf } = options;
  if (options.treeSize !== undefined && options.treeSize < 1) {
    throw invalidRequest("treeSize", "too_small", m.problems.treeSizeTooSmall);
  }
  const treeHead =
    options.treeSize === undefined
      ? await currentSignedTreeHead({ db, secrets: options.secrets, agencyId })
      : undefined;
  const treeSize = options.treeSize ?? treeHead!.treeSize;
  return withinAgency(db, agencyId, async (scope) => {
    const size = await currentTreeSize(scope);
    if (treeSize > size) {
      throw invalidRequest("treeSize", "beyond_log", m.problems.sizeBeyondLog, { size });
    }
    const stored =
      "sha256" in leaf
        ? await selectLeafBySha256(scope, leaf.sha256)
        : await selectLeafByIndex(scope, leaf.leafIndex);
    if (!stored) {
      throw "sha256" in leaf
        ? new AppError("not_found", m.problems.notInLog.en)
        : invalidRequest("leafIndex", "not_found", m.problems.leafNotFound);
    }
    if (stored.leafIndex >= treeSize) {
      throw invalidRequest("treeSize", "leaf_after_tree_size", m.problems.leafBeyondTree, {
        size: treeSize,
      });
    }
    const inclusionPath = await buildProof(scope, inclusionProofRanges(stored.leafIndex, treeSize));
    return {
      leafIndex: stored.leafIndex,
      treeSize,
      inclusionPath,
      entry: publishedEntry(stored),
      ...(treeHead ? { treeHead } : {}),
    };
  });
}

/** A consistency proof (RFC 9162 §2.1.4) that the log at `second` extends the log at `first`. */
export async function getConsistencyProof(options: {
  db: Database;
  agencyId: string;
  first: number;
  second: number;
}): Promise<{ first: number; second: number; consistencyPath: string[] }> {
  const { db, agencyId, first, second } = options;
  if (first > second) throw invalidRequest("first", "after_second", m.problems.firstAfterSecond);
  return withinAgency(db, agencyId, async (scope) => {
    const size = await currentTreeSize(scope);
    if (second > size) {
      throw invalidRequest("second", "beyond_log", m.problems.sizeBeyondLog, { size });
    }
    const consistencyPath = await buildProof(scope, consistencyProofRanges(first, second));
    return { first, second, consistencyPath };
  });
}

/**
 * Entries `start` to `end` inclusive (as CT's get-entries counts), cut to
 * the log's size and to one page; the caller asks again from where it ends.
 */
export async function listTransparencyLogEntries(options: {
  db: Database;
  agencyId: string;
  start: number;
  end: number;
}): Promise<{ treeSize: number; entries: PublishedEntry[] }> {
  const { db, agencyId, start, end } = options;
  if (start > end) throw invalidRequest("start", "after_end", m.problems.startAfterEnd);
  return withinAgency(db, agencyId, async (scope) => {
    const treeSize = await currentTreeSize(scope);
    if (start >= treeSize) {
      throw invalidRequest("start", "beyond_log", m.problems.startBeyondLog, { size: treeSize });
    }
    const last = Math.min(end, treeSize - 1, start + MAX_ENTRIES_PER_PAGE - 1);
    const leaves = await selectLeaves(scope, { start, end: last + 1 });
    return { treeSize, entries: leaves.map(publishedEntry) };
  });
}

/** A document's entry in its agency's log, in the caller's scope; null if it was never logged. */
export async function findTransparencyLogEntry(
  scope: AgencyScope,
  documentId: string,
): Promise<PublishedEntry | null> {
  const leaf = await selectLeafByDocumentId(scope, documentId.toLowerCase());
  return leaf ? publishedEntry(leaf) : null;
}
