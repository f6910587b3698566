-- A CSV the central operator uploaded in the console, kept between the dry
-- run and the import so the file is not sent twice. Deleted once imported,
-- and after a day in any case.
create table channel_import_uploads (
  id uuid primary key,
  officer_id uuid not null references officers (id),
  file_name text not null check (length(file_name) between 1 and 255),
  content bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now()
);
create index channel_import_uploads_created_idx on channel_import_uploads (created_at);
