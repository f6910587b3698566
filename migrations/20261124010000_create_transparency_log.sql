-- Each agency's transparency log: an append-only Merkle tree (RFC 9162
-- hashing) of every document it issued, so anyone can check that a document
-- is in the log and that the log was only ever appended to.
--
-- The head row holds the tree's size and its frontier: the roots of the
-- complete subtrees that make up a tree of that size, largest first, 32
-- bytes each. The root of the current tree comes from the frontier alone.
-- Appends lock this row, which serialises them per agency.
create table transparency_logs (
  agency_id uuid primary key references agencies (id),
  tree_size bigint not null default 0 check (tree_size >= 0),
  frontier bytea not null default ''::bytea,
  updated_at timestamptz not null default now(),
  check (length(frontier) % 32 = 0)
);

alter table transparency_logs enable row level security;
alter table transparency_logs force row level security;
create policy transparency_logs_tenant on transparency_logs
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- The leaves, in order. The entry's fields are kept as issued; the leaf hash
-- is SHA-256(0x00 || the entry's canonical JSON), so anyone can recompute it.
create table transparency_log_leaves (
  agency_id uuid not null references agencies (id),
  leaf_index bigint not null check (leaf_index >= 0),
  leaf_hash bytea not null check (length(leaf_hash) = 32),
  document_id uuid not null,
  -- The SHA-256 (hex) of the signed PDF, or of the credential when there is no PDF.
  document_sha256 text not null check (document_sha256 ~ '^[0-9a-f]{64}$'),
  credential_sha256 text not null check (credential_sha256 ~ '^[0-9a-f]{64}$'),
  issued_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (agency_id, leaf_index),
  -- One leaf per document: a retried issuance finds its leaf.
  unique (agency_id, document_id)
);
create index transparency_log_leaves_document_sha256_idx
  on transparency_log_leaves (agency_id, document_sha256);
create index transparency_log_leaves_credential_sha256_idx
  on transparency_log_leaves (agency_id, credential_sha256);

alter table transparency_log_leaves enable row level security;
alter table transparency_log_leaves force row level security;
create policy transparency_log_leaves_tenant on transparency_log_leaves
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- The root of every complete subtree above the leaves (level 1 and up;
-- node_index counts from the left within a level). They never change once
-- written, so a proof for any tree size reads a few of them instead of
-- rehashing the leaves.
create table transparency_log_nodes (
  agency_id uuid not null references agencies (id),
  level smallint not null check (level between 1 and 62),
  node_index bigint not null check (node_index >= 0),
  hash bytea not null check (length(hash) = 32),
  primary key (agency_id, level, node_index)
);

alter table transparency_log_nodes enable row level security;
alter table transparency_log_nodes force row level security;
create policy transparency_log_nodes_tenant on transparency_log_nodes
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Signed tree heads: one per tree size, signed with the agency's ES256 key
-- when first asked for. The compact JWS is kept as served, so the same head
-- is always answered with the same bytes.
create table transparency_tree_heads (
  agency_id uuid not null references agencies (id),
  tree_size bigint not null check (tree_size >= 0),
  root_hash bytea not null check (length(root_hash) = 32),
  signed_at timestamptz not null,
  signature text not null,
  kid text not null,
  primary key (agency_id, tree_size)
);

alter table transparency_tree_heads enable row level security;
alter table transparency_tree_heads force row level security;
create policy transparency_tree_heads_tenant on transparency_tree_heads
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
