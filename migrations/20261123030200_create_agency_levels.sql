-- Each agency's level as last computed, with what it was computed from and
-- where the agency sits (its ministry and province), so the operator's
-- dashboard is a grouped count over one table however many agencies there
-- are. Refreshed by a recurring job, and for one agency when it assesses itself.
create table agency_levels (
  agency_id uuid primary key references agencies (id),
  level text not null check (level in ('none', 'beginner', 'standard')),
  self_level text not null check (self_level in ('none', 'beginner', 'standard')),
  has_verified_email boolean not null,
  published_services integer not null,
  answered_on_time integer not null,
  late_or_overdue integer not null,
  ministry_id uuid references agencies (id),
  province text,
  computed_at timestamptz not null
);

create index agency_levels_ministry_idx on agency_levels (ministry_id, level);
create index agency_levels_province_idx on agency_levels (province, level);
create index agency_levels_level_idx on agency_levels (level);

alter table agency_levels enable row level security;
alter table agency_levels force row level security;
create policy agency_levels_tenant on agency_levels
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- When the whole table was last recomputed: the dashboard says how fresh it is.
create table agency_level_runs (
  id uuid primary key,
  computed_at timestamptz not null,
  agencies integer not null,
  milliseconds integer not null
);
