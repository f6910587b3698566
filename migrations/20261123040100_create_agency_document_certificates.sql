-- Each agency's document-signing certificates: issued by the platform root,
-- imported from a real CA (PKCS#12), or held by an HSM/KMS that signs in the
-- platform's stead (then no private key is stored here, only a reference the
-- registered key provider understands). Retired certificates are kept with
-- their validity, so documents signed long ago can still be checked.
create table agency_document_certificates (
  agency_id uuid not null references agencies (id),
  id uuid not null,
  source text not null check (source in ('platform_ca', 'imported', 'external')),
  certificate_pem text not null,
  -- The issuers of the certificate, nearest first, as concatenated PEM.
  chain_pem text not null default '',
  private_key_sealed text,
  key_provider text not null default 'local' check (length(key_provider) between 1 and 100),
  key_reference text,
  subject text not null,
  issuer text not null,
  serial_number text not null,
  fingerprint_sha256 text not null,
  not_before timestamptz not null,
  not_after timestamptz not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz,
  primary key (agency_id, id),
  unique (agency_id, fingerprint_sha256),
  check ((key_provider = 'local') = (private_key_sealed is not null)),
  check (key_provider = 'local' or key_reference is not null)
);
create unique index agency_document_certificates_one_active
  on agency_document_certificates (agency_id) where retired_at is null;
-- Verification starts from the certificate inside a signature, whichever agency holds it.
create index agency_document_certificates_fingerprint_idx
  on agency_document_certificates (fingerprint_sha256);

alter table agency_document_certificates enable row level security;
alter table agency_document_certificates force row level security;
create policy agency_document_certificates_tenant on agency_document_certificates
  using (pratu_agency_visible(agency_id)) with check (pratu_agency_visible(agency_id));
