import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { pkiMessages } from "../messages";
import { CertificateDetails, type ShownCertificate } from "./certificate-details";

const m = pkiMessages.publish;

export interface PkiPageView {
  root: ShownCertificate;
  earlierRoots: ShownCertificate[];
  timeStamping: "off" | "built-in" | "external";
  /** The built-in authority's certificate, when it is in use. */
  timeStampingAuthority: ShownCertificate | null;
  /** Where others may ask the built-in authority for time-stamps, when it answers them. */
  tsaUrl: string | null;
  policy: string;
}

/**
 * What the deployment's root is, how to check it and how to make a PDF
 * reader trust it, so that a signed document shows as trusted.
 */
export function PkiPage({ page, view }: { page: PageContext; view: PkiPageView }) {
  const { t } = page;
  const steps = m.adobeSteps;
  return (
    <Layout page={page} title={t(m.title)}>
      <h1>{t(m.title)}</h1>
      <p class="lead">{t(m.lead)}</p>
      <p>{t(m.checkFirst)}</p>

      <h2>{t(m.rootHeading)}</h2>
      <CertificateDetails page={page} certificate={view.root} />
      <h3>{t(m.download)}</h3>
      <ul>
        <li>
          <a href="/pki/root.crt" download="pratu-root-ca.crt">
            {t(m.downloadDer)}
          </a>
        </li>
        <li>
          <a href="/pki/root.pem" download="pratu-root-ca.pem">
            {t(m.downloadPem)}
          </a>
        </li>
      </ul>
      <p>
        {t(m.checkCommand)}{" "}
        <code translate="no">openssl x509 -in pratu-root-ca.pem -noout -fingerprint -sha256</code>
      </p>

      <h2>{t(m.adobeHeading)}</h2>
      <ol>
        <li>{t(steps.download)}</li>
        <li>{t(steps.preferences)}</li>
        <li>{t(steps.import)}</li>
        <li>{t(steps.trust)}</li>
        <li>{t(steps.reopen)}</li>
      </ol>
      <h2>{t(m.nssHeading)}</h2>
      <p>{t(m.nssLead)}:</p>
      <p>
        <code translate="no">
          certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Pratu Platform Root CA" -i
          pratu-root-ca.crt
        </code>
      </p>

      <h2>{t(m.timeStampHeading)}</h2>
      {view.timeStamping === "off" ? <p>{t(m.timeStampOff)}</p> : null}
      {view.timeStamping === "external" ? <p>{t(m.timeStampExternal)}</p> : null}
      {view.timeStamping === "built-in" ? <p>{t(m.timeStampBuiltIn)}</p> : null}
      {view.timeStampingAuthority ? (
        <>
          <p>
            {t(m.tsaCertificate)}
            <a href="/pki/tsa.crt" download="pratu-tsa.crt">
              tsa.crt
            </a>
          </p>
          <CertificateDetails page={page} certificate={view.timeStampingAuthority} />
        </>
      ) : null}
      {view.tsaUrl ? (
        <p translate="no">{t(m.tsaService, { url: view.tsaUrl, policy: view.policy })}</p>
      ) : null}

      {view.earlierRoots.length > 0 ? (
        <>
          <h2>{t(m.earlierRoots)}</h2>
          <p>{t(m.earlierRootsLead)}</p>
          {view.earlierRoots.map((root) => (
            <CertificateDetails page={page} certificate={root} />
          ))}
        </>
      ) : null}

      <h2>{t(m.agenciesHeading)}</h2>
      <p>
        {t(m.agenciesLead)} <code translate="no">{"/agencies/<code>/certificates"}</code>.{" "}
        <a href="/agencies">{t(m.agenciesDirectory)}</a>
      </p>
    </Layout>
  );
}
