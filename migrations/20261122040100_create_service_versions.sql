-- Each publication of a service is a new, immutable version: applications in
-- flight keep referring to the version they started on. The search document
-- is the definition's words segmented (Thai by word), space-separated and
-- framed by spaces, so a word prefix is a `like '% word%'` the trigram index serves.
create table service_versions (
  agency_id uuid not null,
  service_id text not null,
  version integer not null check (version > 0),
  definition jsonb not null,
  category text not null,
  life_events text[] not null,
  search_text text not null,
  published_at timestamptz not null default now(),
  published_by uuid references officers (id),
  primary key (agency_id, service_id, version),
  foreign key (agency_id, service_id) references services (agency_id, id)
);
create index service_versions_search_idx on service_versions using gin (search_text gin_trgm_ops);

alter table service_versions enable row level security;
alter table service_versions force row level security;
create policy service_versions_tenant on service_versions
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

create function service_versions_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'a published service version cannot be changed';
end
$$;
create trigger service_versions_immutable before update or delete on service_versions
  for each row execute function service_versions_refuse_change();
