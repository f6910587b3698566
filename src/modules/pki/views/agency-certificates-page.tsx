import type { AgencyDocumentCertificate } from "@/core/crypto/x509";
import { derToPem } from "@/core/crypto/x509";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import type { Agency } from "@/modules/agencies";

import { pkiMessages } from "../messages";
import {
  CertificateDetails,
  CertificateStatus,
  commonNameOf,
  PemBlock,
} from "./certificate-details";

const m = pkiMessages.agency;

/** An agency's document-signing certificates, public so that anyone can check what it signed. */
export function AgencyCertificatesPage({
  page,
  agency,
  certificates,
  now,
}: {
  page: PageContext;
  agency: Agency;
  certificates: AgencyDocumentCertificate[];
  now: Date;
}) {
  const { t, locale } = page;
  const name = locale === "th" ? agency.nameTh : agency.nameEn;
  return (
    <Layout page={page} title={t(m.title, { agency: name })}>
      <p class="caption">
        <a href={`/agencies/${agency.code}`}>{name}</a>
      </p>
      <h1>{t(m.title, { agency: name })}</h1>
      <p class="lead">{t(m.lead, { agency: name })}</p>
      {certificates.length === 0 ? <p>{t(m.none)}</p> : null}
      {certificates.map((certificate) => (
        <section class="card" aria-labelledby={`certificate-${certificate.id}`}>
          <h2 id={`certificate-${certificate.id}`} translate="no">
            {commonNameOf(certificate.subject)}
          </h2>
          <p>
            <CertificateStatus page={page} certificate={certificate} now={now} />
          </p>
          <CertificateDetails page={page} certificate={certificate} />
          <PemBlock page={page} pem={derToPem(certificate.certificateDer, "CERTIFICATE")} />
        </section>
      ))}
      <p>
        <a href="/pki">{t(m.rootLink)}</a>
      </p>
    </Layout>
  );
}
