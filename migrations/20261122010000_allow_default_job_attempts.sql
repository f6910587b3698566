-- A job enqueued without its own limit takes the worker's configured one
-- (JOBS_MAX_ATTEMPTS) when it runs, so raising the setting reaches jobs
-- already waiting.
alter table jobs alter column max_attempts drop not null;
