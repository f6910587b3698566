-- What an agency issues: one document type per service output (a permit, a
-- licence, a transcript), with its Thai layout and the schema of its data.
-- A type with no service is issued only through the API or a bulk upload.
create table document_types (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
  kind text not null check (kind in ('permit', 'licence', 'certificate', 'transcript')),
  service_id text,
  output_index integer check (output_index >= 0),
  -- {th, en}
  title jsonb not null,
  -- [{key, label: {th, en}, type: text|date|number, required}]
  fields jsonb not null,
  -- {name: {th, en}, position: {th, en}}
  signatory jsonb not null,
  -- The credential's type after VerifiableCredential, e.g. "PermitCredential".
  credential_type text not null check (credential_type ~ '^[A-Z][A-Za-z0-9]{2,60}$'),
  valid_days integer check (valid_days between 1 and 36500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  primary key (agency_id, id),
  unique (agency_id, code),
  check ((service_id is null) = (output_index is null))
);
create unique index document_types_service_output_idx
  on document_types (agency_id, service_id, output_index) where retired_at is null;

alter table document_types enable row level security;
alter table document_types force row level security;
create policy document_types_tenant on document_types
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Each agency numbers its documents and their places in its status lists
-- itself; the counter row is also what serialises issuance per agency.
create table document_counters (
  agency_id uuid primary key references agencies (id),
  last_number bigint not null default 0,
  last_status_index integer not null default -1,
  -- Moves with every suspension, reinstatement or revocation: published status lists are cached on it.
  status_version bigint not null default 0
);

alter table document_counters enable row level security;
alter table document_counters force row level security;
create policy document_counters_tenant on document_counters
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Every document issued: its data, the credential and the signed PDF exactly
-- as handed out (their hashes are what verification compares), where it sits
-- in the agency's status lists, and its status. Rows are never deleted: a
-- revoked document must go on verifying as revoked.
create table issued_documents (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  -- None for a credential an agency system had signed through the VC-API.
  document_type_id uuid,
  number text not null,
  -- The short code of the /v/{code} link, random; found without knowing the agency.
  verify_code text not null check (verify_code ~ '^[0-9A-Z]{10}$'),
  holder_citizen_id uuid references citizens (id),
  -- Bulk issuance names holders by national ID, kept only as the keyed hash.
  holder_national_id_hash text,
  holder_name text,
  application_id uuid,
  locale text not null default 'th' check (locale in ('th', 'en')),
  data jsonb not null,
  credential jsonb not null,
  credential_sha256 text not null,
  pdf bytea,
  pdf_sha256 text,
  status_index integer not null check (status_index >= 0),
  status text not null default 'active' check (status in ('active', 'suspended', 'revoked')),
  status_reason text,
  status_changed_at timestamptz,
  issued_at timestamptz not null,
  valid_until timestamptz,
  batch_id uuid,
  -- A retried issue request (an approval job run twice, a bulk row sent again) finds this row.
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  updated_at timestamptz not null default now(),
  primary key (agency_id, id),
  unique (agency_id, number),
  unique (agency_id, status_index),
  unique (agency_id, idempotency_key),
  unique (agency_id, verify_code),
  foreign key (agency_id, document_type_id) references document_types (agency_id, id),
  check ((pdf is null) = (pdf_sha256 is null)),
  check (status = 'active' or status_reason is not null)
);
create index issued_documents_verify_code_idx on issued_documents (verify_code);
create index issued_documents_id_idx on issued_documents (id);
create index issued_documents_pdf_sha256_idx on issued_documents (pdf_sha256);
create index issued_documents_credential_sha256_idx on issued_documents (credential_sha256);
create index issued_documents_holder_idx on issued_documents (holder_citizen_id, issued_at desc);
create index issued_documents_holder_national_id_idx on issued_documents (holder_national_id_hash);
create index issued_documents_application_idx on issued_documents (agency_id, application_id);
create index issued_documents_recent_idx on issued_documents (agency_id, issued_at desc);

alter table issued_documents enable row level security;
alter table issued_documents force row level security;
create policy issued_documents_tenant on issued_documents
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- What happened to a document after issue: suspended, reinstated, revoked;
-- who did it and why. The audit log has the same, chained.
create table issued_document_events (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  document_id uuid not null,
  kind text not null check (kind in ('issued', 'suspended', 'reinstated', 'revoked')),
  reason text,
  officer_id uuid references officers (id),
  created_at timestamptz not null default now(),
  primary key (agency_id, id),
  foreign key (agency_id, document_id) references issued_documents (agency_id, id)
);
create index issued_document_events_document_idx
  on issued_document_events (agency_id, document_id, created_at);

alter table issued_document_events enable row level security;
alter table issued_document_events force row level security;
create policy issued_document_events_tenant on issued_document_events
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
