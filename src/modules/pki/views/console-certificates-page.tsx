import type { AgencyDocumentCertificate } from "@/core/crypto/x509";
import type { FieldProblem } from "@/core/errors";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  Table,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { CERTIFICATES_PATH } from "../console-section";
import { pkiMessages } from "../messages";
import { CertificateStatus, commonNameOf, Fingerprint, When } from "./certificate-details";

const m = pkiMessages.console;
const c = pkiMessages.certificate;

export const certificatePageNotices = ["rotated", "imported"] as const;
export type CertificatePageNotice = (typeof certificatePageNotices)[number];

export interface ConsoleCertificatesView {
  certificates: AgencyDocumentCertificate[];
  canManage: boolean;
  notice: CertificatePageNotice | null;
  problems: readonly FieldProblem[];
  maxFileKilobytes: number;
  now: Date;
}

function FileField({
  page,
  error,
  maxFileKilobytes,
}: {
  page: PageContext;
  error: string | undefined;
  maxFileKilobytes: number;
}) {
  const id = fieldId("file");
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{page.t(m.fileLabel)}</label>
      <span class="hint" id={`${id}-hint`}>
        {page.t(m.fileHint, { size: maxFileKilobytes })}
      </span>
      {error ? (
        <span class="error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <input
        class={error ? "input input--error" : "input"}
        id={id}
        name="file"
        type="file"
        accept=".p12,.pfx,application/x-pkcs12"
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}

function RotateForm({
  page,
  error,
  isImported,
}: {
  page: PageContext;
  error: string | undefined;
  isImported: boolean;
}) {
  const { t } = page;
  const id = fieldId("confirm");
  return (
    <section aria-labelledby="rotate-heading">
      <h2 id="rotate-heading">{t(m.rotateHeading)}</h2>
      <p>{t(m.rotateLead)}</p>
      {isImported ? <p>{t(m.rotateReplacesImported)}</p> : null}
      <form method="post" action={`${CERTIFICATES_PATH}/rotate`} novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={error ? "field field--error" : "field"}>
          {error ? (
            <span class="error-message" id={`${id}-error`}>
              {error}
            </span>
          ) : null}
          <div class="choice">
            <input
              type="checkbox"
              id={id}
              name="confirm"
              value="yes"
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <label for={id}>{t(m.rotateConfirm)}</label>
          </div>
        </div>
        <Button variant="warning">{t(m.rotateButton)}</Button>
      </form>
    </section>
  );
}

/** The agency's document-signing certificates, with rotation and import for its administrators. */
export function ConsoleCertificatesPage({
  page,
  context,
  view,
}: {
  page: PageContext;
  context: ConsoleContext;
  view: ConsoleCertificatesView;
}) {
  const { t } = page;
  const errorOf = (field: string) =>
    view.problems.find((problem) => problem.field === field)?.message;
  const current = view.certificates.find((certificate) => certificate.retiredAt === null);
  return (
    <ConsoleLayout page={page} context={context} current="document-certificates" title={t(m.title)}>
      <ErrorSummary t={t} problems={view.problems} />
      {view.notice ? <Notice tone="ok">{t(m.done[view.notice])}</Notice> : null}
      <p class="lead">{t(m.lead)}</p>
      {view.certificates.length === 0 ? (
        <p>{t(m.none)}</p>
      ) : (
        <Table
          caption={t(m.caption)}
          rows={view.certificates}
          columns={[
            {
              header: t(c.status),
              cell: (certificate) => (
                <CertificateStatus page={page} certificate={certificate} now={view.now} />
              ),
            },
            {
              header: t(c.subject),
              cell: (certificate) => (
                <span translate="no">{commonNameOf(certificate.subject)}</span>
              ),
            },
            { header: t(c.source), cell: (certificate) => t(c.sources[certificate.source]) },
            {
              header: t(c.validity),
              cell: (certificate) => (
                <>
                  <When page={page} at={certificate.notBefore} /> –{" "}
                  <When page={page} at={certificate.notAfter} />
                </>
              ),
            },
            {
              header: t(c.fingerprint),
              cell: (certificate) => <Fingerprint hex={certificate.fingerprintSha256} />,
            },
          ]}
        />
      )}
      <p>
        <a href={`/agencies/${context.agency.code}/certificates`}>{t(m.publicPage)}</a>
      </p>
      {view.canManage ? (
        <>
          <RotateForm
            page={page}
            error={errorOf("confirm")}
            isImported={current?.source === "imported"}
          />
          <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t(m.importHeading)}</h2>
            <p>{t(m.importLead)}</p>
            <form
              method="post"
              action={`${CERTIFICATES_PATH}/import`}
              enctype="multipart/form-data"
              novalidate
            >
              <CsrfField token={page.csrfToken} />
              <FileField
                page={page}
                error={errorOf("file")}
                maxFileKilobytes={view.maxFileKilobytes}
              />
              <TextField
                name="password"
                type="password"
                label={t(m.passwordLabel)}
                error={errorOf("password")}
                autocomplete="off"
                isRequired
              />
              <Button>{t(m.importButton)}</Button>
            </form>
          </section>
        </>
      ) : null}
    </ConsoleLayout>
  );
}
