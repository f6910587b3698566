-- Every mediated call, allowed or denied, one row written before the answer
-- goes back. Rows are never changed; the chain that proves the log whole is
-- built over them in order by the sealer (exchange_log_chain), so calls do
-- not wait on one another for a chain head.
create table exchange_log (
  id uuid primary key,
  occurred_at timestamptz not null,
  -- X-Road-Id: the consumer's request id.
  request_id text not null,
  consumer_agency_id uuid references agencies (id),
  -- INSTANCE/CLASS/MEMBER/SUBSYSTEM as the consumer named itself.
  consumer text not null,
  consumer_subsystem text,
  -- X-Road-UserId: the person (officer, citizen) on whose behalf the consumer asked.
  user_id text,
  provider_agency_id uuid references agencies (id),
  data_service_id uuid,
  -- INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE as requested.
  service text not null,
  purpose text,
  grant_id uuid,
  consent_id uuid,
  subject_hash text,
  outcome text not null
    check (outcome in ('ok', 'not_found', 'denied', 'invalid', 'provider_error', 'timeout')),
  http_status integer not null,
  error_code text,
  request_hash text not null,
  response_hash text,
  -- The exchanged content, only when the provider asks for it to be kept.
  content jsonb,
  duration_ms integer not null,
  -- The e-service application or draft the call was made for, if any.
  application_ref text
);
create index exchange_log_time_idx on exchange_log (occurred_at);
create index exchange_log_subject_idx on exchange_log (subject_hash, occurred_at desc);
create index exchange_log_provider_idx on exchange_log (provider_agency_id, occurred_at desc);
create index exchange_log_consumer_idx on exchange_log (consumer_agency_id, occurred_at desc);

-- An agency sees the calls it made and the calls made to it; the platform
-- (no agency scope: the sealer, the verifier) sees every row, also those of
-- calls that named no known agency.
alter table exchange_log enable row level security;
alter table exchange_log force row level security;
create policy exchange_log_tenant on exchange_log
  using (
    nullif(current_setting('pratu.agency_id', true), '') is null
    or pratu_agency_visible(provider_agency_id)
    or pratu_agency_visible(consumer_agency_id)
  )
  with check (true);

create function exchange_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'exchange_log is append-only';
end
$$;
create trigger exchange_log_append_only before update or delete on exchange_log
  for each row execute function exchange_log_refuse_change();

-- The hash chain over the log, in the order the sealer met the rows. Each
-- link hashes its row's canonical content and the link before it.
create table exchange_log_chain (
  seq bigint primary key check (seq >= 1),
  log_id uuid not null unique references exchange_log (id),
  prev_hash text not null,
  hash text not null,
  sealed_at timestamptz not null default now()
);
create trigger exchange_log_chain_append_only before update or delete on exchange_log_chain
  for each row execute function exchange_log_refuse_change();

-- Signed heads of the chain: after each sealing, the last link signed with
-- the central operator's key (compact JWS).
create table exchange_log_heads (
  seq bigint primary key,
  hash text not null,
  signed_at timestamptz not null,
  jws text not null
);
