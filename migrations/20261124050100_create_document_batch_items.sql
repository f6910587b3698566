-- The rows of a batch: what to issue, then what came of it. A holder's
-- national ID waits here sealed (encrypted) until the row is done and is then
-- cleared: from then on only the issued document's keyed hash names them.
create table document_batch_items (
  agency_id uuid not null references agencies (id),
  batch_id uuid not null,
  -- The row's place in the request's items, from 0.
  position integer not null check (position between 0 and 4999),
  -- The CSV line the row starts on (the header is line 1); none for the API.
  source_line integer check (source_line >= 2),
  holder_name text not null,
  national_id_sealed text,
  data jsonb not null,
  -- A transcript's courses: [{academicYear, semester, code, nameTh, nameEn, credits, grade}].
  courses jsonb,
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  status text not null default 'pending' check (status in ('pending', 'issued', 'failed')),
  document_id uuid,
  -- Why the row failed: [{field, code, messages: {th, en}}].
  errors jsonb not null default '[]',
  processed_at timestamptz,
  primary key (agency_id, batch_id, position),
  foreign key (agency_id, batch_id) references document_batches (agency_id, id),
  check ((status = 'issued') = (document_id is not null)),
  check (status = 'pending' or national_id_sealed is null)
);
create index document_batch_items_failed_idx
  on document_batch_items (agency_id, batch_id, position) where status = 'failed';

alter table document_batch_items enable row level security;
alter table document_batch_items force row level security;
create policy document_batch_items_tenant on document_batch_items
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
