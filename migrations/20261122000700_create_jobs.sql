-- Durable jobs and outbox events, claimed with FOR UPDATE SKIP LOCKED.
create table jobs (
  id uuid primary key,
  kind text not null,
  payload jsonb not null default '{}',
  agency_id uuid,
  dedupe_key text unique,
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'dead')),
  attempts integer not null default 0,
  max_attempts integer not null,
  run_at timestamptz not null default now(),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_due_idx on jobs (run_at) where status = 'queued';
create index jobs_lease_idx on jobs (locked_until) where status = 'running';
create index jobs_dead_idx on jobs (finished_at) where status = 'dead';

-- Which worker ran which attempt: the proof that no job ran twice at once.
create table job_runs (
  job_id uuid not null references jobs (id),
  attempt integer not null,
  worker text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  outcome text check (outcome in ('done', 'retry', 'dead')),
  primary key (job_id, attempt)
);
