-- Browser sessions. The cookie holds a random token; only its hash is stored.
create table sessions (
  token_hash text primary key,
  citizen_id uuid references citizens (id),
  officer_id uuid references officers (id),
  agency_id uuid references agencies (id),
  assurance text,
  second_factor_at timestamptz,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (num_nonnulls(citizen_id, officer_id) <= 1)
);
create index sessions_citizen_idx on sessions (citizen_id) where revoked_at is null;
create index sessions_officer_idx on sessions (officer_id) where revoked_at is null;
