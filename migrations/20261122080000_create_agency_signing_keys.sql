-- Each agency's signing keys (receipts today, documents later). The private
-- key is sealed with the platform key; the public key is published so that
-- anyone can check what the agency signed, long after a key is retired.
create table agency_signing_keys (
  agency_id uuid not null references agencies (id),
  kid text not null unique,
  algorithm text not null check (algorithm in ('ES256')),
  public_jwk jsonb not null,
  private_key_sealed text not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz,
  primary key (agency_id, kid)
);
create unique index agency_signing_keys_one_active on agency_signing_keys (agency_id)
  where retired_at is null;

alter table agency_signing_keys enable row level security;
alter table agency_signing_keys force row level security;
create policy agency_signing_keys_tenant on agency_signing_keys
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
