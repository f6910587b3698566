import type { AgencyScope } from "@/core/db/tenant";

import type { TransparencyLogEntry } from "./log-entry";
import { type CompleteSubtree, HASH_SIZE } from "./merkle";

/** The log's size and frontier, as the head row holds them. */
export interface LogState {
  treeSize: number;
  frontier: Uint8Array[];
}

export interface StoredLeaf extends TransparencyLogEntry {
  leafIndex: number;
  leafHash: Uint8Array;
}

export interface StoredTreeHead {
  treeSize: number;
  rootHash: Uint8Array;
  signedAt: Date;
  signature: string;
  kid: string;
}

interface LeafRow {
  leaf_index: number;
  leaf_hash: Uint8Array;
  document_id: string;
  document_sha256: string;
  credential_sha256: string;
  issued_at: Date;
}

interface TreeHeadRow {
  tree_size: number;
  root_hash: Uint8Array;
  signed_at: Date;
  signature: string;
  kid: string;
}

function splitFrontier(bytes: Uint8Array): Uint8Array[] {
  const hashes: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += HASH_SIZE) {
    hashes.push(Uint8Array.from(bytes.subarray(at, at + HASH_SIZE)));
  }
  return hashes;
}

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function toLeaf(row: LeafRow): StoredLeaf {
  return {
    leafIndex: Number(row.leaf_index),
    leafHash: Uint8Array.from(row.leaf_hash),
    documentId: row.document_id,
    documentSha256: row.document_sha256,
    credentialSha256: row.credential_sha256,
    issuedAt: row.issued_at,
  };
}

function toTreeHead(row: TreeHeadRow): StoredTreeHead {
  return {
    treeSize: Number(row.tree_size),
    rootHash: Uint8Array.from(row.root_hash),
    signedAt: row.signed_at,
    signature: row.signature,
    kid: row.kid,
  };
}

/**
 * The head row, locked until the transaction ends: the lock is what keeps
 * two appends from taking the same index. Made on the agency's first append;
 * a concurrent first insert waits on the unique key, then both lock the row.
 */
export async function lockLogState(scope: AgencyScope): Promise<LogState> {
  const select = `select tree_size, frontier from transparency_logs where agency_id = $1 for update`;
  let { rows } = await scope.tx.query<{ tree_size: number; frontier: Uint8Array }>(select, [
    scope.agencyId,
  ]);
  if (!rows[0]) {
    await scope.tx.query(
      "insert into transparency_logs (agency_id) values ($1) on conflict (agency_id) do nothing",
      [scope.agencyId],
    );
    ({ rows } = await scope.tx.query(select, [scope.agencyId]));
  }
  const row = rows[0]!;
  return { treeSize: Number(row.tree_size), frontier: splitFrontier(row.frontier) };
}

export async function selectLeafByDocumentId(
  scope: AgencyScope,
  documentId: string,
): Promise<StoredLeaf | null> {
  const { rows } = await scope.tx.query<LeafRow>(
    `select leaf_index, leaf_hash, document_id, document_sha256, credential_sha256, issued_at
       from transparency_log_leaves where agency_id = $1 and document_id = $2`,
    [scope.agencyId, documentId],
  );
  return rows[0] ? toLeaf(rows[0]) : null;
}

/** The first leaf whose document or credential has this SHA-256. */
export async function selectLeafBySha256(
  scope: AgencyScope,
  sha256: string,
): Promise<StoredLeaf | null> {
  const { rows } = await scope.tx.query<LeafRow>(
    `select leaf_index, leaf_hash, document_id, document_sha256, credential_sha256, issued_at
       from transparency_log_leaves
      where agency_id = $1 and (document_sha256 = $2 or credential_sha256 = $2)
      order by leaf_index limit 1`,
    [scope.agencyId, sha256],
  );
  return rows[0] ? toLeaf(rows[0]) : null;
}

export async function selectLeafByIndex(
  scope: AgencyScope,
  leafIndex: number,
): Promise<StoredLeaf | null> {
  const { rows } = await scope.tx.query<LeafRow>(
    `select leaf_index, leaf_hash, document_id, document_sha256, credential_sha256, issued_at
       from transparency_log_leaves where agency_id = $1 and leaf_index = $2`,
    [scope.agencyId, leafIndex],
  );
  return rows[0] ? toLeaf(rows[0]) : null;
}

/** Leaves [start, end), in order. */
export async function selectLeaves(
  scope: AgencyScope,
  range: { start: number; end: number },
): Promise<StoredLeaf[]> {
  const { rows } = await scope.tx.query<LeafRow>(
    `select leaf_index, leaf_hash, document_id, document_sha256, credential_sha256, issued_at
       from transparency_log_leaves
      where agency_id = $1 and leaf_index >= $2 and leaf_index < $3
      order by leaf_index`,
    [scope.agencyId, range.start, range.end],
  );
  return rows.map(toLeaf);
}

/** Writes one leaf, the subtrees it completed and the new head, in the caller's transaction. */
export async function insertLeaf(
  scope: AgencyScope,
  leaf: StoredLeaf,
  completed: readonly (CompleteSubtree & { hash: Uint8Array })[],
  frontier: readonly Uint8Array[],
): Promise<void> {
  await scope.tx.query(
    `insert into transparency_log_leaves
       (agency_id, leaf_index, leaf_hash, document_id, document_sha256, credential_sha256, issued_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      scope.agencyId,
      leaf.leafIndex,
      asBuffer(leaf.leafHash),
      leaf.documentId,
      leaf.documentSha256,
      leaf.credentialSha256,
      leaf.issuedAt,
    ],
  );
  if (completed.length > 0) {
    await scope.tx.query(
      `insert into transparency_log_nodes (agency_id, level, node_index, hash)
       select $1, level, node_index, hash
         from unnest($2::smallint[], $3::bigint[], $4::bytea[]) as node (level, node_index, hash)`,
      [
        scope.agencyId,
        completed.map((node) => node.level),
        completed.map((node) => node.index),
        completed.map((node) => asBuffer(node.hash)),
      ],
    );
  }
  await scope.tx.query(
    `update transparency_logs set tree_size = $2, frontier = $3, updated_at = now()
      where agency_id = $1`,
    [scope.agencyId, leaf.leafIndex + 1, Buffer.concat(frontier.map(asBuffer))],
  );
}

/** The current size and frontier without a lock, with the signed head for that size if there is one. */
export async function selectLogStateWithHead(
  scope: AgencyScope,
): Promise<{ state: LogState; head: StoredTreeHead | null }> {
  const { rows } = await scope.tx.query<
    { tree_size: number; frontier: Uint8Array } & Partial<Omit<TreeHeadRow, "tree_size">>
  >(
    `select l.tree_size, l.frontier, h.root_hash, h.signed_at, h.signature, h.kid
       from transparency_logs l
       left join transparency_tree_heads h on h.agency_id = l.agency_id and h.tree_size = l.tree_size
      where l.agency_id = $1`,
    [scope.agencyId],
  );
  const row = rows[0];
  if (!row) return { state: { treeSize: 0, frontier: [] }, head: null };
  const state = { treeSize: Number(row.tree_size), frontier: splitFrontier(row.frontier) };
  const head =
    row.root_hash && row.signed_at && row.signature && row.kid
      ? toTreeHead({
          tree_size: row.tree_size,
          root_hash: row.root_hash,
          signed_at: row.signed_at,
          signature: row.signature,
          kid: row.kid,
        })
      : null;
  return { state, head };
}

export async function selectTreeHead(
  scope: AgencyScope,
  treeSize: number,
): Promise<StoredTreeHead | null> {
  const { rows } = await scope.tx.query<TreeHeadRow>(
    `select tree_size, root_hash, signed_at, signature, kid
       from transparency_tree_heads where agency_id = $1 and tree_size = $2`,
    [scope.agencyId, treeSize],
  );
  return rows[0] ? toTreeHead(rows[0]) : null;
}

/** Keeps a signed head; if another process signed this size first, theirs stands and is returned. */
export async function insertTreeHead(
  scope: AgencyScope,
  head: StoredTreeHead,
): Promise<StoredTreeHead> {
  await scope.tx.query(
    `insert into transparency_tree_heads (agency_id, tree_size, root_hash, signed_at, signature, kid)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (agency_id, tree_size) do nothing`,
    [
      scope.agencyId,
      head.treeSize,
      asBuffer(head.rootHash),
      head.signedAt,
      head.signature,
      head.kid,
    ],
  );
  return (await selectTreeHead(scope, head.treeSize))!;
}

/** The roots of the given complete subtrees: leaves from the leaf table, the rest from the nodes. */
export async function selectSubtreeHashes(
  scope: AgencyScope,
  subtrees: readonly CompleteSubtree[],
): Promise<Map<string, Uint8Array>> {
  const hashes = new Map<string, Uint8Array>();
  if (subtrees.length === 0) return hashes;
  const leaves = subtrees.filter((subtree) => subtree.level === 0);
  const nodes = subtrees.filter((subtree) => subtree.level > 0);
  // One round trip for both kinds: proofs are on the public, read-heavy path.
  const { rows } = await scope.tx.query<{ level: number; node_index: number; hash: Uint8Array }>(
    `select 0 as level, leaf_index as node_index, leaf_hash as hash
       from transparency_log_leaves
      where agency_id = $1 and leaf_index = any($2::bigint[])
     union all
     select level, node_index, hash
       from transparency_log_nodes
      where agency_id = $1
        and (level, node_index) in (select * from unnest($3::smallint[], $4::bigint[]))`,
    [
      scope.agencyId,
      leaves.map((leaf) => leaf.index),
      nodes.map((node) => node.level),
      nodes.map((node) => node.index),
    ],
  );
  for (const row of rows) {
    hashes.set(
      subtreeKey({ level: Number(row.level), index: Number(row.node_index) }),
      Uint8Array.from(row.hash),
    );
  }
  return hashes;
}

export function subtreeKey(subtree: CompleteSubtree): string {
  return `${subtree.level}:${subtree.index}`;
}
