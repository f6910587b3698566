-- Messages people chose to report as scams from the public checker, for the
-- central operator to review. Nothing about the reporter is kept: no account,
-- no address, no session. A report is platform-wide (it belongs to no
-- agency) and is deleted when it expires. The text has no length check here:
-- the application refuses long text first, and a failing check would copy
-- the row, text included, into the error and so into the logs.
create table scam_reports (
  id uuid primary key,
  reference text not null unique,
  text text not null,
  channels_seen text[] not null default '{}',
  received_via text check (received_via in ('sms', 'line', 'email', 'phone', 'other')),
  note text,
  overall text not null check (overall in ('safe', 'caution', 'danger')),
  result jsonb not null,
  status text not null default 'new' check (status in ('new', 'confirmed_scam', 'not_scam', 'duplicate')),
  decision_note text,
  decided_at timestamptz,
  decided_by uuid references officers (id),
  received_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create index scam_reports_received_idx on scam_reports (received_at desc, id);
create index scam_reports_status_idx on scam_reports (status, received_at desc);
create index scam_reports_expires_idx on scam_reports (expires_at);

-- The suspicious domains, numbers and accounts each report names: what lets
-- the operator see a campaign (many reports naming the same look-alike).
create table scam_report_indicators (
  report_id uuid not null references scam_reports (id) on delete cascade,
  kind text not null check (kind in ('domain', 'link', 'email', 'phone', 'line', 'sender')),
  indicator text not null,
  verdict text not null check (verdict in ('unknown', 'lookalike')),
  looks_like text,
  agency_code text,
  primary key (report_id, kind, indicator)
);

create index scam_report_indicators_indicator_idx on scam_report_indicators (kind, indicator);
