-- The built-in RFC 3161 time-stamping authority of a self-hosted deployment:
-- its certificate, issued by the platform root, and its key sealed with the
-- platform key. Platform-wide, not tenant-owned. A retired certificate stays
-- so that the tokens it signed can still be matched to it.
create table time_stamping_authorities (
  id uuid primary key,
  subject text not null,
  certificate_pem text not null,
  -- The issuers of the certificate, nearest first, as concatenated PEM.
  chain_pem text not null,
  private_key_sealed text not null,
  fingerprint_sha256 text not null unique,
  not_before timestamptz not null,
  not_after timestamptz not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz
);
create unique index time_stamping_authorities_one_active
  on time_stamping_authorities ((retired_at is null)) where retired_at is null;
