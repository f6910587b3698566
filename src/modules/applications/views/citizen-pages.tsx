import type { Child } from "hono/jsx";

import { formatDate, isoInstant } from "@/core/i18n";
import { Button, CsrfField, Notice, PageHeading, Table, Tag, Timeline } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { citizenMessages as m } from "../citizen-messages";
import type { DraftRecord } from "../draft-repo";
import { eventMessages } from "../messages";
import type { ApplicationListItem, OwnApplication } from "../track";
import { StatusTag } from "./status-tag";

export function MyApplicationsPage({
  page,
  applications,
  drafts,
}: {
  page: PageContext;
  applications: ApplicationListItem[];
  drafts: (DraftRecord & { serviceName: { th: string; en: string } })[];
}) {
  const { t, locale } = page;
  return (
    <Layout page={page} title={t(m.list.title)}>
      <PageHeading>{t(m.list.title)}</PageHeading>
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{t(m.list.draftsCaption)}</h2>
          <ul class="link-list">
            {drafts.map((draft) => (
              <li>
                <a href={`/services/${draft.serviceId}/apply/${draft.id}`}>
                  {draft.serviceName[locale]}
                </a>
                <span class="caption">
                  {" — "}
                  {t(m.apply.continueDraft, {
                    date: formatDate(draft.updatedAt, locale, "dateTime"),
                  })}
                  {" · "}
                  {t(m.apply.draftExpires, { date: formatDate(draft.expiresAt, locale) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {applications.length === 0 ? (
        <p>
          {t(m.list.empty)} <a href="/services">{t(m.list.findServices)}</a>
        </p>
      ) : (
        <Table
          caption={t(m.list.caption)}
          rows={applications}
          columns={[
            {
              header: t(m.list.reference),
              cell: (row) => <a href={`/me/applications/${row.id}`}>{row.reference}</a>,
            },
            { header: t(m.list.service), cell: (row) => row.service.definition.name[locale] },
            { header: t(m.list.status), cell: (row) => <StatusTag t={t} status={row.status} /> },
            {
              header: t(m.list.submittedAt),
              cell: (row) => (
                <time datetime={isoInstant(row.submittedAt)}>
                  {formatDate(row.submittedAt, locale)}
                </time>
              ),
            },
            {
              header: t(m.list.dueAt),
              cell: (row) =>
                row.status === "approved" || row.status === "rejected"
                  ? "—"
                  : formatDate(row.dueAt, locale),
            },
          ]}
        />
      )}
    </Layout>
  );
}

export function ApplicationPage({
  page,
  own,
  answers,
  notice,
}: {
  page: PageContext;
  own: OwnApplication;
  answers: Child;
  notice: string | null;
}) {
  const { t, locale } = page;
  const { view, record } = own;
  const agencyName = view.agency.name[locale];
  return (
    <Layout page={page} title={`${view.reference} — ${view.service.name[locale]}`}>
      <PageHeading caption={view.service.name[locale]}>
        {view.reference} <StatusTag t={t} status={view.status} />
      </PageHeading>
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      {view.infoRequest && record.status === "info_requested" ? (
        <div class="notice" role="region" aria-labelledby="info-request-heading">
          <h2 id="info-request-heading">{t(m.detail.infoRequestedTitle)}</h2>
          <p class="pre-line">{view.infoRequest.message}</p>
          <form method="post" action={`/me/applications/${view.id}/amend`}>
            <CsrfField token={page.csrfToken} />
            <Button>{t(m.detail.amend)}</Button>
          </form>
        </div>
      ) : null}
      {view.decision ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t(m.detail.decisionTitle)}</h2>
          <p>
            <StatusTag t={t} status={view.decision.outcome} />{" "}
            <time datetime={view.decision.decidedAt}>
              {formatDate(view.decision.decidedAt, locale, "dateTime")}
            </time>
          </p>
          {view.decision.reason ? (
            <p class="pre-line">
              <strong>{t(m.detail.reason)}:</strong> {view.decision.reason}
            </p>
          ) : null}
        </section>
      ) : null}
      <dl class="summary-list">
        <dt>{t(m.detail.agency)}</dt>
        <dd>{agencyName}</dd>
        <dt>{t(m.detail.receivedAt)}</dt>
        <dd>
          <time datetime={view.submittedAt}>
            {formatDate(view.submittedAt, locale, "dateTime")}
          </time>
        </dd>
        {view.decision ? null : (
          <>
            <dt>{t(m.detail.dueAt)}</dt>
            <dd>
              {formatDate(view.dueAt, locale)}
              {view.isClockPaused ? (
                <>
                  {" "}
                  <Tag tone="warn">{t(m.detail.paused)}</Tag>
                </>
              ) : null}
            </dd>
          </>
        )}
      </dl>
      {view.decision ? <RatingSection page={page} own={own} /> : null}
      <h2>{t(m.detail.timeline)}</h2>
      <Timeline
        locale={locale}
        entries={view.timeline.map((event) => ({
          title: t(
            eventMessages[event.kind as keyof typeof eventMessages] ?? eventMessages.submitted,
          ),
          at: new Date(event.occurredAt),
        }))}
      />
      {view.decision ? null : (
        <>
          <h2>{t(m.detail.expected)}</h2>
          <ol class="steps">
            {view.expectedSteps.map((step) => (
              <li>
                {step.title[locale]}{" "}
                <span class="caption">
                  {t(m.detail.expectedBy, { date: formatDate(step.expectedBy, locale) })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>{t(m.detail.receipts)}</h2>
      <ul class="link-list">
        {own.receipts.map((receipt) => (
          <li>
            <a href={`/me/applications/${view.id}/receipt?sequence=${receipt.sequence}`}>
              {t(m.detail.receiptLink, { sequence: receipt.sequence })}
            </a>{" "}
            <span class="caption">{formatDate(receipt.issuedAt, locale, "dateTime")}</span>
          </li>
        ))}
      </ul>
      <h2>{t(m.detail.answers)}</h2>
      {answers}
      <p>
        <a href="/me/applications">{t(m.detail.backToList)}</a>
      </p>
    </Layout>
  );
}

function RatingSection({ page, own }: { page: PageContext; own: OwnApplication }) {
  const { t } = page;
  const rating = own.view.rating;
  return (
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">{t(m.rating.title)}</h2>
      {rating ? (
        <p>{t(m.rating.given, { score: rating.score })}</p>
      ) : (
        <form method="post" action={`/me/applications/${own.view.id}/rating`}>
          <CsrfField token={page.csrfToken} />
          <fieldset class="fieldset">
            <legend>{t(m.rating.legend)}</legend>
            <div class="radios radios--inline">
              {[1, 2, 3, 4, 5].map((score) => (
                <div class="radio">
                  <input type="radio" id={`score-${score}`} name="score" value={String(score)} />
                  <label for={`score-${score}`}>{score}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="field">
            <label for="rating-comment">{t(m.rating.comment)}</label>
            <textarea
              class="input textarea"
              id="rating-comment"
              name="comment"
              rows={3}
              maxlength={2000}
            />
          </div>
          <Button variant="secondary">{t(m.rating.send)}</Button>
        </form>
      )}
    </section>
  );
}
