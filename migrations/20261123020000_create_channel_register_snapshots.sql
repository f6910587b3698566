-- The daily open-data snapshot of the register of official channels: what
-- was published on each day, exactly as served, so a dated file never changes
-- and anyone can check it against its SHA-256. Public data of the platform as
-- a whole (no agency owns a row), so there is no agency_id and no policy.
create table channel_register_snapshots (
  day date not null,
  format text not null check (format in ('csv', 'json')),
  content text not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  row_count integer not null check (row_count >= 0),
  created_at timestamptz not null default now(),
  primary key (day, format)
);
