-- An import looks up thousands of channels by kind and value at once,
-- whatever their status; the unique index covers verified channels only.
create index agency_channels_kind_value_idx on agency_channels (kind, value);
