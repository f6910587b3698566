-- An amendment is prepared like a first application: as a draft, started
-- from the application's answers, that is sent back to the same application.
alter table application_drafts add column amends_application_id uuid;
create unique index application_drafts_amendment_idx
  on application_drafts (agency_id, amends_application_id) where amends_application_id is not null;
