-- Machine credentials. API keys belong to an agency (system-to-system calls);
-- access tokens are bearer tokens for a citizen or an officer. Only hashes are kept.
create table api_keys (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  prefix text not null unique,
  secret_hash text not null,
  scopes text[] not null default '{}',
  created_by uuid references officers (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  primary key (agency_id, id)
);

alter table api_keys enable row level security;
alter table api_keys force row level security;
create policy api_keys_tenant on api_keys
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));

create table access_tokens (
  token_hash text primary key,
  citizen_id uuid references citizens (id),
  officer_id uuid references officers (id),
  assurance text,
  issued_by text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (num_nonnulls(citizen_id, officer_id) = 1)
);
