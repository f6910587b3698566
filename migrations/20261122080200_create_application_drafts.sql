-- Drafts live on the server so a person can continue on another device.
-- A draft keeps the service version it started on; it expires, after a reminder.
create table application_drafts (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  service_id text not null,
  service_version integer not null,
  citizen_id uuid not null references citizens (id),
  answers jsonb not null default '{}',
  current_page text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  expires_at timestamptz not null,
  reminder_sent_at timestamptz,
  primary key (agency_id, id),
  foreign key (agency_id, service_id, service_version)
    references service_versions (agency_id, service_id, version)
);
create index application_drafts_id_idx on application_drafts (id);
create index application_drafts_citizen_idx on application_drafts (citizen_id, updated_at desc);
create index application_drafts_expiry_idx on application_drafts (expires_at);

alter table application_drafts enable row level security;
alter table application_drafts force row level security;
create policy application_drafts_tenant on application_drafts
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Files a person uploads for a form field: first held by a draft, then by the
-- application it became. The content's SHA-256 goes on the receipt.
create table application_attachments (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  draft_id uuid,
  application_id uuid,
  citizen_id uuid not null references citizens (id),
  field_id text not null,
  filename text not null check (length(filename) between 1 and 255),
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  created_at timestamptz not null default now(),
  primary key (agency_id, id),
  check (num_nonnulls(draft_id, application_id) >= 1)
);
create index application_attachments_draft_idx on application_attachments (agency_id, draft_id);
create index application_attachments_application_idx on application_attachments (agency_id, application_id);

alter table application_attachments enable row level security;
alter table application_attachments force row level security;
create policy application_attachments_tenant on application_attachments
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
