import { formatDate, isoInstant } from "@/core/i18n";
import { Tag } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import { formatFingerprint } from "../format-fingerprint";
import { pkiMessages } from "../messages";

const m = pkiMessages.certificate;

/** The common name of a subject as `describeName` writes it, or the whole subject without one. */
export function commonNameOf(subject: string): string {
  return /(?:^|, )CN=(.+?)(?:, [A-Za-z0-9.]+=|$)/.exec(subject)?.[1] ?? subject;
}

export interface ShownCertificate {
  subject: string;
  issuer: string;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
  retiredAt: Date | null;
  source?: "platform_ca" | "imported" | "external";
}

export function When({ page, at }: { page: PageContext; at: Date }) {
  return <time datetime={isoInstant(at)}>{formatDate(at, page.locale, "date")}</time>;
}

/** Current, retired or expired: expiry shows first, since it is what a verifier meets. */
export function CertificateStatus({
  page,
  certificate,
  now,
}: {
  page: PageContext;
  certificate: Pick<ShownCertificate, "retiredAt" | "notAfter">;
  now: Date;
}) {
  if (certificate.notAfter < now) return <Tag tone="error">{page.t(m.statuses.expired)}</Tag>;
  if (certificate.retiredAt) return <Tag>{page.t(m.statuses.retired)}</Tag>;
  return <Tag tone="ok">{page.t(m.statuses.current)}</Tag>;
}

export function Fingerprint({ hex }: { hex: string }) {
  return <code translate="no">{formatFingerprint(hex)}</code>;
}

/** One certificate's particulars, as a list that wraps on a phone. */
export function CertificateDetails({
  page,
  certificate,
}: {
  page: PageContext;
  certificate: ShownCertificate;
}) {
  const { t } = page;
  return (
    <dl class="summary-list">
      <dt>{t(m.subject)}</dt>
      <dd translate="no">{certificate.subject}</dd>
      <dt>{t(m.issuer)}</dt>
      <dd translate="no">{certificate.issuer}</dd>
      {certificate.source ? (
        <>
          <dt>{t(m.source)}</dt>
          <dd>{t(m.sources[certificate.source])}</dd>
        </>
      ) : null}
      <dt>{t(m.validity)}</dt>
      <dd>
        <When page={page} at={certificate.notBefore} /> –{" "}
        <When page={page} at={certificate.notAfter} />
      </dd>
      <dt>{t(m.serialNumber)}</dt>
      <dd>
        <code translate="no">{certificate.serialNumber}</code>
      </dd>
      <dt>{t(m.fingerprint)}</dt>
      <dd>
        <Fingerprint hex={certificate.fingerprintSha256} />
      </dd>
    </dl>
  );
}

/** A certificate's PEM in a region that scrolls by itself, so the page never does. */
export function PemBlock({ page, pem }: { page: PageContext; pem: string }) {
  const label = page.t(m.pem);
  return (
    <details>
      <summary>{label}</summary>
      <div class="table-scroll" role="region" aria-label={label} tabindex={0}>
        <pre translate="no">{pem}</pre>
      </div>
    </details>
  );
}
