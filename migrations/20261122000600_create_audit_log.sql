-- The audit log: append-only and hash-chained. Each chain (one per agency, one
-- for the platform) has a head row that names its last link, so that removing
-- the newest record is caught as surely as altering an old one.
create table audit_chain_heads (
  chain text primary key,
  last_seq bigint not null,
  last_hash text not null
);

create table audit_log (
  chain text not null,
  seq bigint not null,
  id uuid not null unique,
  occurred_at timestamptz not null,
  agency_id uuid,
  actor_type text not null,
  actor_id text,
  action text not null,
  target_type text,
  target_id text,
  request_id text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null,
  primary key (chain, seq)
);
create index audit_log_target_idx on audit_log (target_type, target_id);
create index audit_log_agency_idx on audit_log (agency_id, occurred_at);

-- Append-only for the application: updates and deletes are refused by the
-- database itself. (A superuser can still remove the trigger; the chain is
-- what proves the log was not altered.)
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
