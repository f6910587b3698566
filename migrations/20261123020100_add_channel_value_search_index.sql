-- Public search finds verified channels by part of their value (a domain, a
-- LINE ID, a few digits of a phone number): a trigram index serves
-- `value ilike '%...%'` without reading every channel.
create index agency_channels_value_search_idx on agency_channels
  using gin (value gin_trgm_ops) where status = 'verified';
