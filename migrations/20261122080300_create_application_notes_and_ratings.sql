-- Officers' internal notes on an application: never shown to the applicant.
create table application_notes (
  agency_id uuid not null,
  id uuid not null,
  application_id uuid not null,
  officer_id uuid not null references officers (id),
  body text not null check (length(body) between 1 and 4000),
  created_at timestamptz not null default now(),
  primary key (agency_id, id),
  foreign key (agency_id, application_id) references applications (agency_id, id)
);

alter table application_notes enable row level security;
alter table application_notes force row level security;
create policy application_notes_tenant on application_notes
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

-- Satisfaction: one rating per finished application, counted per service.
create table application_ratings (
  agency_id uuid not null,
  application_id uuid not null,
  service_id text not null,
  score smallint not null check (score between 1 and 5),
  comment text check (length(comment) <= 2000),
  created_at timestamptz not null default now(),
  primary key (agency_id, application_id),
  foreign key (agency_id, application_id) references applications (agency_id, id)
);
create index application_ratings_service_idx on application_ratings (agency_id, service_id);

alter table application_ratings enable row level security;
alter table application_ratings force row level security;
create policy application_ratings_tenant on application_ratings
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
