-- The electronic channels an agency announces under section 10 (web sites,
-- mail domains, LINE accounts, call centres...). Values are stored normalised
-- so the public checker can compare them exactly.
create table agency_channels (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  kind text not null check (kind in ('email_domain', 'email', 'website', 'eservice_url', 'line_oa', 'facebook', 'phone', 'sms_sender', 'app')),
  value text not null check (value <> ''),
  display_value text not null,
  status text not null default 'pending' check (status in ('pending', 'verified', 'suspended', 'retired')),
  last_verified_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (agency_id, id)
);

-- One domain, account or number can be verified for one agency only.
create unique index agency_channels_verified_value_idx
  on agency_channels (kind, value) where status = 'verified';

alter table agency_channels enable row level security;
alter table agency_channels force row level security;
create policy agency_channels_tenant on agency_channels
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
