-- Access rights: a consumer agency (or one of its subsystems, e.g. an
-- e-service) may call a data service for a stated purpose and legal basis.
-- Requested by the consumer, decided by the provider. Both agencies see it.
create table exchange_grants (
  -- The provider: the agency that owns the data service.
  agency_id uuid not null references agencies (id),
  id uuid not null,
  data_service_id uuid not null references data_services (id),
  consumer_agency_id uuid not null references agencies (id),
  -- null: any of the consumer's subsystems.
  consumer_subsystem text check (consumer_subsystem ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  purpose text not null check (purpose ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(purpose) <= 60),
  -- {th, en}: what the data is used for, in words a citizen understands.
  purpose_text jsonb not null,
  -- The PDPA basis (section 24 / 26): with 'consent' every call needs the
  -- data subject's live consent; otherwise the law named in legal_basis.
  basis text not null
    check (basis in ('consent', 'legal_obligation', 'public_task', 'contract', 'vital_interest')),
  -- {th, en}: the law (act, section) or the consent that allows it.
  legal_basis jsonb not null,
  -- null: every field of the data service; otherwise a subset of them.
  fields jsonb,
  expires_at timestamptz,
  rate_limit_per_minute integer not null default 600 check (rate_limit_per_minute between 1 and 100000),
  status text not null default 'requested'
    check (status in ('requested', 'approved', 'rejected', 'revoked')),
  requested_by uuid,
  requested_at timestamptz not null default now(),
  decided_by uuid,
  decided_at timestamptz,
  decision_note text,
  updated_at timestamptz not null default now(),
  primary key (agency_id, id),
  unique (id)
);
create index exchange_grants_lookup_idx
  on exchange_grants (data_service_id, consumer_agency_id, purpose) where status = 'approved';
create index exchange_grants_consumer_idx on exchange_grants (consumer_agency_id, status);

alter table exchange_grants enable row level security;
alter table exchange_grants force row level security;
create policy exchange_grants_tenant on exchange_grants
  using (pratu_agency_visible(agency_id) or pratu_agency_visible(consumer_agency_id))
  with check (pratu_agency_visible(agency_id) or pratu_agency_visible(consumer_agency_id));

-- Consent (PDPA) of one person for one (consumer, data service, purpose).
-- The person is named by the keyed hash of their national ID, and by their
-- account when they gave it signed in. A revoked consent stays, revoked.
create table exchange_consents (
  id uuid primary key,
  subject_hash text not null,
  citizen_id uuid references citizens (id),
  consumer_agency_id uuid not null references agencies (id),
  data_service_id uuid not null references data_services (id),
  purpose text not null,
  -- Where it was given, e.g. the e-service whose form asked.
  service_id text,
  -- {th, en}: the explanation the person agreed to, word for word.
  explanation jsonb not null,
  given_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  -- The signed consent receipt (compact JWS) handed to the person.
  receipt text
);
create unique index exchange_consents_live_idx
  on exchange_consents (subject_hash, consumer_agency_id, data_service_id, purpose)
  where revoked_at is null;
create index exchange_consents_citizen_idx on exchange_consents (citizen_id, given_at desc);

-- Pratu keeps the national ID sealed so that it can ask a registry about the
-- person it belongs to (once-only): never in clear, never in a log.
alter table citizens add column national_id_sealed text;
