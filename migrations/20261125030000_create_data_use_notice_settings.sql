-- A person's choice to hear by e-mail each time an agency uses their data
-- through the exchange. No row: no notices (PDPA notices are opt-in here;
-- the data-use page shows every use either way).
create table exchange_notice_settings (
  citizen_id uuid primary key references citizens (id) on delete cascade,
  notify_by_email boolean not null default false,
  updated_at timestamptz not null default now()
);
