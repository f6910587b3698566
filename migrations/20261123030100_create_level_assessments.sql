-- An agency's self-assessment against the electronic-method levels
-- (มสพร. 6): which criteria it meets, with the evidence for each. Every save
-- is a new row, so the history of what the agency claimed and when is kept.
create table level_assessments (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  answers jsonb not null,
  self_level text not null check (self_level in ('none', 'beginner', 'standard')),
  assessed_by uuid references officers (id),
  assessed_at timestamptz not null default now(),
  primary key (agency_id, id)
);

create index level_assessments_latest_idx on level_assessments (agency_id, assessed_at desc);

alter table level_assessments enable row level security;
alter table level_assessments force row level security;
create policy level_assessments_tenant on level_assessments
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
