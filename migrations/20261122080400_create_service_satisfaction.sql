-- Satisfaction per service, kept as a running total so the service page reads
-- one row: how many rated and the sum of their scores (1 to 5).
create table service_satisfaction (
  agency_id uuid not null,
  service_id text not null,
  responses integer not null default 0 check (responses >= 0),
  score_total integer not null default 0 check (score_total >= 0),
  updated_at timestamptz not null default now(),
  primary key (agency_id, service_id),
  foreign key (agency_id, service_id) references services (agency_id, id)
);

alter table service_satisfaction enable row level security;
alter table service_satisfaction force row level security;
create policy service_satisfaction_tenant on service_satisfaction
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
