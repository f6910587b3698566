import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import {
  Button,
  CsrfField,
  ErrorSummary,
  PageHeading,
  Tag,
  TextAreaField,
  TextField,
  Timeline,
} from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { citizenMessages as m } from "../citizen-messages";
import { eventMessages, statusMessages } from "../messages";
import type { ReceiptVerification } from "../receipts";
import type { PublicStatus } from "../track";
import { StatusTag } from "./status-tag";

export function TrackPage({
  page,
  form,
  problems,
  status,
}: {
  page: PageContext;
  form: { reference: string; statusCode: string };
  problems: FieldProblem[];
  status: PublicStatus | null;
}) {
  const { t, locale } = page;
  const problemOf = (field: string) => problems.find((problem) => problem.field === field)?.message;
  return (
    <Layout page={page} title={t(m.track.title)}>
      <PageHeading>{t(m.track.title)}</PageHeading>
      <p class="lead">{t(m.track.lead)}</p>
      <ErrorSummary t={t} problems={problems} />
      <form method="post" action="/track" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          name="reference"
          label={t(m.track.reference)}
          hint={t(m.track.referenceHint)}
          value={form.reference}
          error={problemOf("reference")}
          autocomplete="off"
          isRequired
        />
        <TextField
          name="statusCode"
          label={t(m.track.statusCode)}
          hint={t(m.track.statusCodeHint)}
          value={form.statusCode}
          error={problemOf("statusCode")}
          autocomplete="off"
          isShort
          isRequired
        />
        <Button>{t(m.track.check)}</Button>
      </form>
      {status ? (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">
            {status.reference} <StatusTag t={t} status={status.status} />
          </h2>
          <dl class="summary-list">
            <dt>{t(m.receipt.service)}</dt>
            <dd>{status.service.definition.name[locale]}</dd>
            <dt>{t(m.receipt.agency)}</dt>
            <dd>{locale === "th" ? status.service.agency.nameTh : status.service.agency.nameEn}</dd>
            <dt>{t(m.detail.receivedAt)}</dt>
            <dd>
              <time datetime={isoInstant(status.submittedAt)}>
                {formatDate(status.submittedAt, locale, "dateTime")}
              </time>
            </dd>
            <dt>{t(m.detail.dueAt)}</dt>
            <dd>
              {formatDate(status.dueAt, locale)}
              {status.isClockPaused ? (
                <>
                  {" "}
                  <Tag tone="warn">{t(m.detail.paused)}</Tag>
                </>
              ) : null}
            </dd>
          </dl>
          <h3>{t(m.detail.timeline)}</h3>
          <Timeline
            locale={locale}
            entries={status.timeline.map((event) => ({
              title: t(
                eventMessages[event.kind as keyof typeof eventMessages] ?? statusMessages.submitted,
              ),
              at: event.occurredAt,
            }))}
          />
        </section>
      ) : null}
    </Layout>
  );
}

export function VerifyReceiptPage({
  page,
  receipt,
  problems,
  result,
}: {
  page: PageContext;
  receipt: string;
  problems: FieldProblem[];
  result: ReceiptVerification | null;
}) {
  const { t, locale } = page;
  const error = problems.find((problem) => problem.field === "receipt")?.message;
  return (
    <Layout page={page} title={t(m.verify.title)}>
      <PageHeading>{t(m.verify.title)}</PageHeading>
      <p class="lead">{t(m.verify.lead)}</p>
      <ErrorSummary t={t} problems={problems} />
      {result ? (
        result.isValid ? (
          <div class="notice notice--ok" role="status">
            <p>
              <strong>{t(m.verify.valid, { agency: result.payload.agency.name[locale] })}</strong>
            </p>
            <dl class="summary-list">
              <dt>{t(m.receipt.reference)}</dt>
              <dd>{result.payload.reference}</dd>
              <dt>{t(m.receipt.receivedAt)}</dt>
              <dd>{formatDate(result.payload.receivedAt, locale, "dateTime")}</dd>
              <dt>{t(m.receipt.service)}</dt>
              <dd>
                {result.payload.service.name[locale]} (
                {t(m.receipt.version, { version: result.payload.service.version })})
              </dd>
            </dl>
          </div>
        ) : (
          <div class="error-summary" role="alert">
            <h2>{t(m.verify.invalid)}</h2>
            <p>{t(m.verify.reasons[result.reason])}</p>
          </div>
        )
      ) : null}
      <form method="post" action="/verify/receipt" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name="receipt"
          label={t(m.verify.receipt)}
          error={error}
          value={receipt}
          rows={6}
          isCode
        />
        <Button>{t(m.verify.check)}</Button>
      </form>
    </Layout>
  );
}
