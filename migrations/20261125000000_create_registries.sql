-- Registries an agency provides to others: hosted in Pratu (records kept
-- here, by API or CSV) or external (the provider's own system, reached over
-- HTTP through an adapter). The code is the registry's X-Road subsystem code.
create table registries (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  code text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
  -- {th, en}
  name jsonb not null,
  description jsonb,
  kind text not null check (kind in ('hosted', 'external')),
  -- What a record is keyed by: the data subject's identifier.
  subject_kind text not null check (subject_kind in ('citizen_id', 'juristic_id')),
  -- [{key, label: {th, en}, type: text|date|number|boolean|address|list}]
  record_schema jsonb not null,
  schema_version integer not null default 1 check (schema_version >= 1),
  -- External registries: the adapter's base URL, time limit and sealed credential.
  external_url text,
  external_timeout_ms integer check (external_timeout_ms between 100 and 30000),
  external_secret_sealed text,
  -- The provider asks that exchanged content be kept in the exchange log.
  keep_content boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (agency_id, id),
  unique (id),
  unique (agency_id, code),
  check ((kind = 'external') = (external_url is not null))
);

alter table registries enable row level security;
alter table registries force row level security;
create policy registries_tenant on registries
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- A hosted registry's records, keyed by the keyed hash of the subject's
-- identifier (the same hash the exchange log and consents use).
create table registry_records (
  agency_id uuid not null references agencies (id),
  registry_id uuid not null references registries (id),
  subject_hash text not null,
  data jsonb not null,
  version integer not null default 1 check (version >= 1),
  schema_version integer not null,
  updated_at timestamptz not null default now(),
  deleted_at timestamptz,
  primary key (registry_id, subject_hash)
);

alter table registry_records enable row level security;
alter table registry_records force row level security;
create policy registry_records_tenant on registry_records
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Every earlier version of a record, written when a record changes.
create table registry_record_versions (
  agency_id uuid not null references agencies (id),
  registry_id uuid not null,
  subject_hash text not null,
  version integer not null,
  data jsonb,
  schema_version integer not null,
  changed_at timestamptz not null,
  primary key (registry_id, subject_hash, version)
);

alter table registry_record_versions enable row level security;
alter table registry_record_versions force row level security;
create policy registry_record_versions_tenant on registry_record_versions
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Typed read operations on a registry (person.basic, person.address, ...):
-- the X-Road service code, the fields returned and how sensitive they are.
create table data_services (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  registry_id uuid not null references registries (id),
  code text not null check (code ~ '^[a-z][a-z0-9]*([._-][a-z0-9]+)*$' and length(code) <= 80),
  name jsonb not null,
  description jsonb,
  -- Keys of the registry's record schema this service returns.
  fields jsonb not null,
  classification text not null
    check (classification in ('public', 'internal', 'confidential', 'secret')),
  -- Consent of the data subject is the legal basis: every call needs a live consent.
  consent_required boolean not null default false,
  version integer not null default 1,
  retired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (agency_id, id),
  unique (id),
  unique (registry_id, code)
);

alter table data_services enable row level security;
alter table data_services force row level security;
create policy data_services_tenant on data_services
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
