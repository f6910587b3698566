-- Service definitions as data. A service's id is chosen by its author and is
-- unique across the platform (it names the public page); the claim lives in a
-- small platform-wide table because a distributed table (Citus, by agency_id)
-- cannot hold a unique key without agency_id.
create table service_id_claims (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  agency_id uuid not null references agencies (id),
  claimed_at timestamptz not null default now()
);

create table services (
  agency_id uuid not null references agencies (id),
  id text not null references service_id_claims (id),
  status text not null default 'draft' check (status in ('draft', 'published', 'retired')),
  draft jsonb,
  published_version integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (agency_id, id)
);

alter table services enable row level security;
alter table services force row level security;
create policy services_tenant on services
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
