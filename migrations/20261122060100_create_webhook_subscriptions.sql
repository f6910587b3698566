-- An agency's systems subscribe to events about its own records. The
-- signing secret is sealed with the platform key (SecretBox): a copy of the
-- database alone cannot forge a signature.
create table webhook_subscriptions (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  url text not null check (url ~ '^https?://' and length(url) <= 2000),
  description text not null default '' check (length(description) <= 200),
  event_types text[] not null check (cardinality(event_types) > 0),
  secret_sealed text not null,
  created_by uuid references officers (id),
  created_at timestamptz not null default now(),
  disabled_at timestamptz,
  primary key (agency_id, id)
);
create index webhook_subscriptions_active_idx
  on webhook_subscriptions (agency_id) where disabled_at is null;

alter table webhook_subscriptions enable row level security;
alter table webhook_subscriptions force row level security;
create policy webhook_subscriptions_tenant on webhook_subscriptions
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
