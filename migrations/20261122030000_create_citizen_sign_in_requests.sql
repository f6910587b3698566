-- A citizen sign-in in flight: what the callback from the identity provider
-- must match (state, nonce, PKCE verifier), bound to the browser session that
-- started it. A row is taken once by the callback and lives a few minutes.
create table citizen_sign_in_requests (
  state text primary key,
  session_token_hash text not null,
  provider text not null,
  code_verifier text not null,
  nonce text not null,
  requested_assurance text,
  next_path text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index citizen_sign_in_requests_expires_idx on citizen_sign_in_requests (expires_at);
