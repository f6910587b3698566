-- Agencies: the tenants. A reference table (every process and every agency
-- reads it); rows owned by an agency elsewhere carry its id as agency_id.
create extension if not exists pg_trgm;

create table agencies (
  id uuid primary key,
  code text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
  parent_id uuid references agencies (id),
  kind text not null check (kind in (
    'central_operator', 'ministry', 'department', 'provincial_office', 'district_office',
    'state_enterprise', 'public_organisation', 'university',
    'provincial_administrative_organisation', 'municipality', 'subdistrict_administrative_organisation'
  )),
  name_th text not null check (length(name_th) between 1 and 300),
  name_en text not null check (length(name_en) between 1 and 300),
  short_name_th text,
  short_name_en text,
  province_th text,
  website text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (parent_id is null or parent_id <> id)
);

create index agencies_parent_idx on agencies (parent_id);
create index agencies_search_idx on agencies using gin (
  (name_th || ' ' || name_en || ' ' || code || ' ' || coalesce(short_name_th, '') || ' ' || coalesce(short_name_en, '')) gin_trgm_ops
);
