-- Where an application's registry documents came from: verified from a
-- registry (with the exchange-log row and the hash of what it served), or
-- attached by the applicant and why. Written in the submission's
-- transaction; never changed after.
create table application_data_sources (
  agency_id uuid not null references agencies (id),
  application_id uuid not null,
  -- The document's index in the service version's definition.
  requirement_index integer not null check (requirement_index >= 0),
  status text not null check (status in ('verified', 'declined', 'unavailable', 'not_found')),
  provider text not null,
  registry text not null,
  data_service text not null,
  -- {th, en} names as the exchange gave them, for the officer to read.
  provider_name jsonb,
  registry_name jsonb,
  data_service_version integer,
  record_version integer,
  log_id uuid,
  retrieved_at timestamptz,
  response_hash text,
  consent_id uuid,
  -- The form questions the registry answered.
  fields jsonb not null default '[]',
  recorded_at timestamptz not null default now(),
  primary key (agency_id, application_id, requirement_index),
  foreign key (agency_id, application_id) references applications (agency_id, id),
  check (status <> 'verified' or (log_id is not null and retrieved_at is not null and response_hash is not null))
);

alter table application_data_sources enable row level security;
alter table application_data_sources force row level security;
create policy application_data_sources_tenant on application_data_sources
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

create function application_data_sources_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'an application''s data sources cannot be changed';
end
$$;
create trigger application_data_sources_immutable before update or delete on application_data_sources
  for each row execute function application_data_sources_refuse_change();
