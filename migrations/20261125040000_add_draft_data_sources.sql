-- Once-only: what the registries answered for a draft's registry
-- requirements, by requirement (the document's index in the definition):
-- verified with the fetched values and the exchange-log row, or why not.
alter table application_drafts add column data_sources jsonb not null default '{}';
