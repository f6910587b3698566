-- Fixed-window counters for rate limits, shared by every process.
create unlogged table rate_limit_buckets (
  key text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (key, window_start)
);
create index rate_limit_buckets_window_idx on rate_limit_buckets (window_start);
