import type { Child } from "hono/jsx";

import { formatDate } from "@/core/i18n";
import { maskThaiCitizenId } from "@/core/identity/thai-id";
import { PageHeading, Table } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { citizenMessages as m } from "../citizen-messages";
import type { ReceiptPayload } from "../receipts";

/** The receipt as a page to keep: everything it says, its status code and its signature. */
export function ReceiptPage({
  page,
  applicationId,
  payload,
  jws,
  statusCode,
  answers,
  isEmailSent,
}: {
  page: PageContext;
  applicationId: string;
  payload: ReceiptPayload;
  jws: string;
  statusCode: string;
  answers: Child;
  isEmailSent: boolean;
}) {
  const { t, locale } = page;
  const jwsHref = `/me/applications/${applicationId}/receipt.jws?sequence=${payload.sequence}`;
  return (
    <Layout page={page} title={`${t(m.receipt.title)} ${payload.reference}`}>
      <article class="receipt">
        <PageHeading caption={payload.agency.name[locale]}>{t(m.receipt.title)}</PageHeading>
        <p class="lead">
          {payload.kind === "amendment" ? t(m.receipt.amendmentLead) : t(m.receipt.lead)}
        </p>
        {isEmailSent ? <p class="caption">{t(m.receipt.emailSent)}</p> : null}
        <dl class="summary-list">
          <dt>{t(m.receipt.reference)}</dt>
          <dd>
            <strong class="receipt__reference">{payload.reference}</strong>
          </dd>
          <dt>{t(m.receipt.receivedAt)}</dt>
          <dd>
            <time datetime={payload.receivedAt}>
              {formatDate(payload.receivedAt, locale, "dateTime")}
            </time>
          </dd>
          <dt>{t(m.receipt.agency)}</dt>
          <dd>{payload.agency.name[locale]}</dd>
          <dt>{t(m.receipt.service)}</dt>
          <dd>
            {payload.service.name[locale]} (
            {t(m.receipt.version, { version: payload.service.version })})
          </dd>
          <dt>{t(m.receipt.applicant)}</dt>
          <dd>
            {payload.applicant.name ?? ""}
            {payload.applicant.nationalIdLast4
              ? ` (${maskThaiCitizenId(payload.applicant.nationalIdLast4)})`
              : ""}
          </dd>
          <dt>{t(m.receipt.statusCode)}</dt>
          <dd>
            <strong class="receipt__code">{statusCode}</strong>
            <br />
            <span class="caption">{t(m.receipt.statusCodeHint, { url: "/track" })}</span>
          </dd>
        </dl>
        {answers}
        {payload.attachments.length > 0 ? (
          <Table
            caption={t(m.receipt.attachments)}
            rows={payload.attachments}
            columns={[
              { header: "", cell: (row) => row.filename },
              { header: "SHA-256", cell: (row) => <code class="hash">{row.sha256}</code> },
            ]}
          />
        ) : null}
        <details class="receipt__signature">
          <summary>{t(m.receipt.signature)}</summary>
          <pre class="hash">{jws}</pre>
        </details>
      </article>
      <ul class="link-list no-print">
        <li>
          <a href={jwsHref} download={`${payload.reference}-${payload.sequence}.jws`}>
            {t(m.receipt.download)}
          </a>
        </li>
        <li>
          <a href="/verify/receipt">{t(m.receipt.verify)}</a>
        </li>
        <li>{t(m.receipt.print)}</li>
      </ul>
    </Layout>
  );
}
