-- One bulk issuance: a list of documents of one type sent through the API or
-- uploaded as a CSV in the console, issued by the worker in chunks. The
-- counters move with each row's outcome so progress is read without counting.
create table document_batches (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  document_type_id uuid not null,
  source text not null check (source in ('api', 'csv')),
  file_name text check (length(file_name) between 1 and 255),
  total integer not null check (total between 1 and 5000),
  issued integer not null default 0 check (issued >= 0),
  failed integer not null default 0 check (failed >= 0),
  status text not null default 'queued' check (status in ('queued', 'running', 'done')),
  -- Who asked: an officer or one of the agency's API keys; documents are issued in their name.
  created_by_type text not null check (created_by_type in ('officer', 'api_key')),
  created_by_id uuid not null,
  -- A client sending the same batch again (a timeout, a retry) finds this one.
  idempotency_key text check (length(idempotency_key) between 1 and 200),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (agency_id, id),
  unique (agency_id, idempotency_key),
  foreign key (agency_id, document_type_id) references document_types (agency_id, id),
  check (issued + failed <= total)
);
create index document_batches_recent_idx on document_batches (agency_id, created_at desc);

alter table document_batches enable row level security;
alter table document_batches force row level security;
create policy document_batches_tenant on document_batches
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
