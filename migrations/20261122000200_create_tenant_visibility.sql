-- The second wall of tenancy. A transaction scoped to an agency sets
-- pratu.agency_id; tenant-owned tables then show it only its own rows.
-- Unscoped work (migrations, the worker, platform-wide reads) sets nothing.
create function pratu_agency_visible(row_agency uuid) returns boolean
language sql stable as $$
  select coalesce(nullif(current_setting('pratu.agency_id', true), ''), row_agency::text) = row_agency::text
$$;
