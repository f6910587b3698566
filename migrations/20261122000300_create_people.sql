-- Citizens come from an identity provider; the national ID is kept only as a
-- keyed hash plus the last digits a page may show.
create table citizens (
  id uuid primary key,
  issuer text not null,
  subject text not null,
  national_id_hash text,
  national_id_last4 text check (national_id_last4 ~ '^[0-9]{4}$'),
  name_th text,
  name_en text,
  email text,
  preferred_locale text not null default 'th' check (preferred_locale in ('th', 'en')),
  created_at timestamptz not null default now(),
  last_sign_in_at timestamptz,
  unique (issuer, subject)
);
create index citizens_national_id_idx on citizens (national_id_hash);

create table officers (
  id uuid primary key,
  email text not null unique check (email = lower(email)),
  name_th text not null,
  name_en text not null,
  password_hash text not null,
  totp_secret_sealed text,
  totp_confirmed_at timestamptz,
  totp_last_step bigint,
  failed_sign_ins integer not null default 0,
  locked_until timestamptz,
  preferred_locale text not null default 'th' check (preferred_locale in ('th', 'en')),
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);

create table officer_memberships (
  agency_id uuid not null references agencies (id),
  officer_id uuid not null references officers (id),
  role text not null check (role in ('admin', 'officer', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (agency_id, officer_id)
);
create index officer_memberships_officer_idx on officer_memberships (officer_id);

alter table officer_memberships enable row level security;
alter table officer_memberships force row level security;
create policy officer_memberships_tenant on officer_memberships
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
