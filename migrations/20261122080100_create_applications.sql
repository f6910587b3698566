-- Applications: what a person submitted, to which version of which service,
-- and where it stands. The reference number is unique within the agency and
-- carries the agency's code, so it is unique across the platform too.
-- The idempotency key is unique per applicant: a repeated submit finds the
-- application the first one made.
create table applications (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  reference text not null,
  service_id text not null,
  service_version integer not null,
  citizen_id uuid not null references citizens (id),
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  request_hash text not null,
  answers jsonb not null,
  status text not null check (status in ('submitted', 'in_review', 'info_requested', 'approved', 'rejected')),
  status_code_sealed text not null,
  locale text not null default 'th' check (locale in ('th', 'en')),
  submitted_at timestamptz not null,
  due_at timestamptz not null,
  claimed_by uuid references officers (id),
  claimed_at timestamptz,
  info_requested_at timestamptz,
  info_request jsonb,
  amended_at timestamptz,
  paused_since timestamptz,
  decided_at timestamptz,
  decision text check (decision in ('approved', 'rejected')),
  decision_reason jsonb,
  last_progress_notice_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (agency_id, id),
  unique (agency_id, reference),
  unique (agency_id, citizen_id, idempotency_key),
  foreign key (agency_id, service_id, service_version)
    references service_versions (agency_id, service_id, version)
);
-- An application is found by its id alone (the applicant's link), then its agency.
create index applications_id_idx on applications (id);
create index applications_inbox_idx on applications (agency_id, status, due_at);
create index applications_citizen_idx on applications (citizen_id, submitted_at desc);
create index applications_open_idx on applications (due_at) where decided_at is null;

alter table applications enable row level security;
alter table applications force row level security;
create policy applications_tenant on applications
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- The timeline: every step of an application, those the applicant sees and
-- the officers' own (internal notes, views of attachments are in the audit log).
create table application_events (
  agency_id uuid not null,
  id uuid not null,
  application_id uuid not null,
  kind text not null,
  actor_type text not null,
  actor_id uuid,
  is_visible_to_applicant boolean not null,
  details jsonb not null default '{}',
  occurred_at timestamptz not null default now(),
  primary key (agency_id, id),
  foreign key (agency_id, application_id) references applications (agency_id, id)
);
create index application_events_application_idx on application_events (agency_id, application_id, occurred_at);

alter table application_events enable row level security;
alter table application_events force row level security;
create policy application_events_tenant on application_events
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Acknowledgment receipts (section 7), signed by the agency. The first is
-- issued on submission; an amendment after a request for information issues
-- the next one. Receipts are never changed.
create table application_receipts (
  agency_id uuid not null,
  application_id uuid not null,
  sequence integer not null check (sequence > 0),
  jws text not null,
  issued_at timestamptz not null,
  primary key (agency_id, application_id, sequence),
  foreign key (agency_id, application_id) references applications (agency_id, id)
);

alter table application_receipts enable row level security;
alter table application_receipts force row level security;
create policy application_receipts_tenant on application_receipts
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

create function application_receipts_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'an issued receipt cannot be changed';
end
$$;
create trigger application_receipts_immutable before update or delete on application_receipts
  for each row execute function application_receipts_refuse_change();
