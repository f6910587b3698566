-- The built-in certificate authority of a self-hosted deployment: a root that
-- certifies each agency's document-signing certificate. Platform-wide, not
-- tenant-owned. The private key is sealed with the platform key; a retired
-- root stays so that certificates it issued can still be chained.
create table platform_certificate_authorities (
  id uuid primary key,
  role text not null check (role in ('root')),
  subject text not null,
  certificate_pem text not null,
  private_key_sealed text not null,
  fingerprint_sha256 text not null unique,
  not_before timestamptz not null,
  not_after timestamptz not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz
);
create unique index platform_certificate_authorities_one_active
  on platform_certificate_authorities (role) where retired_at is null;
