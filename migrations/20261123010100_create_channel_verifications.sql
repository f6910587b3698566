-- Each attempt of an agency to prove it controls a channel: a token to
-- publish (DNS TXT record or well-known file), a link sent by e-mail, or a
-- code posted on the channel that the central operator reviews. Tokens are
-- kept as a SHA-256 hash to match and, where the agency or the mailer must
-- read them again, sealed with the platform key; never in plain text.
create table agency_channel_verifications (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  channel_id uuid not null,
  method text not null check (method in ('domain', 'email_link', 'posted_code')),
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  token_sealed text,
  status text not null default 'pending' check (status in (
    'pending', 'in_review', 'succeeded', 'failed', 'rejected', 'expired', 'superseded'
  )),
  -- Why the operator must decide: a posted code, a channel another agency
  -- holds (a dispute), or a suspended channel asking to come back.
  review_kind text check (review_kind in ('manual', 'dispute', 'reinstate')),
  holder_agency_id uuid references agencies (id),
  proof_method text check (proof_method in ('dns_txt', 'well_known', 'email_link', 'manual_review')),
  evidence text check (evidence is null or length(evidence) <= 2000),
  decision_reason text check (decision_reason is null or length(decision_reason) <= 1000),
  locale text not null default 'th' check (locale in ('th', 'en')),
  requested_by text not null check (requested_by <> ''),
  decided_by text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  submitted_at timestamptz,
  decided_at timestamptz,
  primary key (agency_id, id),
  foreign key (agency_id, channel_id) references agency_channels (agency_id, id),
  check ((review_kind = 'dispute') = (holder_agency_id is not null))
);

-- One open attempt per channel: a new one supersedes the old.
create unique index agency_channel_verifications_open_idx
  on agency_channel_verifications (agency_id, channel_id) where status in ('pending', 'in_review');
-- The e-mail link carries only the token: it is found by its hash.
create index agency_channel_verifications_token_idx on agency_channel_verifications (token_hash);
-- The operator's queue.
create index agency_channel_verifications_review_idx
  on agency_channel_verifications (submitted_at) where status = 'in_review';

alter table agency_channel_verifications enable row level security;
alter table agency_channel_verifications force row level security;
create policy agency_channel_verifications_tenant on agency_channel_verifications
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
