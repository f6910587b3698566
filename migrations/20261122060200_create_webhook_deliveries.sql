-- One event sent to one subscription. An event sent to several
-- subscriptions keeps one event id, so a receiver can tell a retry or a
-- second subscription from a new event.
create table webhook_deliveries (
  agency_id uuid not null,
  id uuid not null,
  subscription_id uuid not null,
  event_id uuid not null,
  event_type text not null,
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  response_status integer,
  last_error text,
  created_at timestamptz not null default now(),
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  primary key (agency_id, id),
  foreign key (agency_id, subscription_id) references webhook_subscriptions (agency_id, id)
);
create index webhook_deliveries_subscription_idx
  on webhook_deliveries (agency_id, subscription_id, created_at desc);

alter table webhook_deliveries enable row level security;
alter table webhook_deliveries force row level security;
create policy webhook_deliveries_tenant on webhook_deliveries
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
