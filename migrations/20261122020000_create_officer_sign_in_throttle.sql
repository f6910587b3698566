-- Failed officer sign-ins with an e-mail address that has no account, counted
-- exactly like an account's own (officers.failed_sign_ins, locked_until), so
-- that the answers to a stranger never tell which addresses have accounts.
-- Only a hash of the address is kept.
create table officer_sign_in_throttle (
  email_hash text primary key,
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  updated_at timestamptz not null default now()
);
create index officer_sign_in_throttle_updated_idx on officer_sign_in_throttle (updated_at);
