-- Who answers for a channel, and everything that ever happened to it: a
-- channel's history is what lets the operator and the public trust its status.
alter table agency_channels add column owner text check (owner is null or length(owner) between 1 and 200);
alter table agency_channels add column updated_at timestamptz not null default now();
-- The checker's cached index asks max(updated_at) on every check.
create index agency_channels_updated_idx on agency_channels (updated_at);

create table agency_channel_events (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  channel_id uuid not null,
  at timestamptz not null default now(),
  event text not null check (event in (
    'registered', 'updated', 'imported', 'verification_requested', 'verified',
    'verification_failed', 'flagged', 'suspended', 'retired', 'reinstated'
  )),
  status text not null check (status in ('pending', 'verified', 'suspended', 'retired')),
  actor text not null check (actor <> ''),
  details jsonb not null default '{}'::jsonb,
  primary key (agency_id, id),
  foreign key (agency_id, channel_id) references agency_channels (agency_id, id)
);

create index agency_channel_events_channel_idx on agency_channel_events (agency_id, channel_id, at);

alter table agency_channel_events enable row level security;
alter table agency_channel_events force row level security;
create policy agency_channel_events_tenant on agency_channel_events
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
