-- Notices to people (e-mail, LINE, SMS), written in the transaction of the
-- change that causes them and sent by the `notify.deliver` job. The row is
-- the officer's view of a notice: whether it went, how many tries, the last
-- error. The recipient is kept only to send; pages show it masked.
create table notification_deliveries (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  channel text not null check (channel in ('email', 'line', 'sms')),
  recipient text not null check (length(recipient) between 1 and 320),
  template text not null,
  locale text not null check (locale in ('th', 'en')),
  data jsonb not null default '{}',
  subject_kind text not null,
  subject_id text not null,
  dedupe_key text,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'skipped')),
  attempts integer not null default 0,
  last_error text,
  provider_message_id text,
  created_at timestamptz not null default now(),
  last_attempt_at timestamptz,
  sent_at timestamptz,
  primary key (agency_id, id),
  unique (agency_id, dedupe_key)
);
create index notification_deliveries_subject_idx
  on notification_deliveries (agency_id, subject_id, created_at desc);
create index notification_deliveries_recent_idx
  on notification_deliveries (agency_id, created_at desc);

alter table notification_deliveries enable row level security;
alter table notification_deliveries force row level security;
create policy notification_deliveries_tenant on notification_deliveries
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
