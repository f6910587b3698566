-- A published service can be retired: it leaves the catalogue, refuses new
-- applications and its page says why, in both languages ({"th": …, "en": …}).
-- Publishing again reinstates it and clears both columns.
alter table services add column retired_at timestamptz;
alter table services add column retirement_reason jsonb;
