import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";

import { entryLeafHash, type TransparencyLogEntry } from "./log-entry";
import { appendToFrontier } from "./merkle";

const BATCH = 5_000;

/**
 * Fills an agency's empty log with many entries at once, for tests and the
 * benchmark: leaves and subtrees are computed by the log's own functions and
 * written in batches, where appending one transaction at a time would
 * measure issuance rather than the log.
 */
export async function loadTestLog(options: {
  db: Database;
  agencyId: string;
  entries: readonly TransparencyLogEntry[];
}): Promise<void> {
  const { db, agencyId, entries } = options;
  let frontier: Uint8Array[] = [];
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const leafHashes: Buffer[] = [];
    const nodes: { level: number; index: number; hash: Buffer }[] = [];
    batch.forEach((entry, i) => {
      const leafHash = entryLeafHash(entry);
      const appended = appendToFrontier(frontier, start + i, leafHash);
      frontier = appended.frontier;
      leafHashes.push(Buffer.from(leafHash));
      for (const node of appended.completed) nodes.push({ ...node, hash: Buffer.from(node.hash) });
    });
    await withinAgency(db, agencyId, async (scope) => {
      await scope.tx.query(
        `insert into transparency_log_leaves
           (agency_id, leaf_index, leaf_hash, document_id, document_sha256, credential_sha256, issued_at)
         select $1, * from unnest($2::bigint[], $3::bytea[], $4::uuid[], $5::text[], $6::text[],
                                  $7::timestamptz[])`,
        [
          agencyId,
          batch.map((_, i) => start + i),
          leafHashes,
          batch.map((entry) => entry.documentId),
          batch.map((entry) => entry.documentSha256),
          batch.map((entry) => entry.credentialSha256),
          batch.map((entry) => entry.issuedAt.toISOString()),
        ],
      );
      await scope.tx.query(
        `insert into transparency_log_nodes (agency_id, level, node_index, hash)
         select $1, * from unnest($2::smallint[], $3::bigint[], $4::bytea[])`,
        [
          agencyId,
          nodes.map((node) => node.level),
          nodes.map((node) => node.index),
          nodes.map((node) => node.hash),
        ],
      );
    });
  }
  await withinAgency(db, agencyId, (scope) =>
    scope.tx.query(
      "insert into transparency_logs (agency_id, tree_size, frontier) values ($1, $2, $3)",
      [agencyId, entries.length, Buffer.concat(frontier.map((hash) => Buffer.from(hash)))],
    ),
  );
}
