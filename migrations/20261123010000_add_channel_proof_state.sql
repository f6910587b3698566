-- How a channel proved control, when it was last checked, and whether the
-- last check failed: a flagged channel stays listed but is shown as such
-- to its agency and the operator until it proves control again or is
-- suspended when the grace period runs out.
alter table agency_channels add column proof_method text check (proof_method in (
  'dns_txt', 'well_known', 'email_link', 'manual_review', 'operator'
));
alter table agency_channels add column last_checked_at timestamptz;
alter table agency_channels add column flagged_at timestamptz;
-- The re-verification round looks for verified channels due a check.
create index agency_channels_due_check_idx
  on agency_channels (coalesce(last_checked_at, last_verified_at, created_at))
  where status = 'verified';
