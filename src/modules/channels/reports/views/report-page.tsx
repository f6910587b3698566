import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import { Button, CsrfField, ErrorSummary, Notice, Tag, TextAreaField } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { channelMessages } from "../../messages";
import { scamReportMessages as m } from "../messages";
import type { ScamReport } from "../repo";
import { MAX_DECISION_NOTE, scamReportDecisions } from "../schema";
import { ChoiceGroup } from "./choice-group";
import { QUEUE_PATH } from "./queue-page";
import { STATUS_TONE } from "./standing-page";

const ITEM_TONE = { official: "ok", unknown: "warn", lookalike: "error" } as const;
const OVERALL_TONE = { safe: "ok", caution: "warn", danger: "error" } as const;

/** Text as it was sent, line by line, wrapping on a phone (a `pre` would scroll sideways). */
function TextAsSent({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <blockquote class="card" translate="no">
      {lines.map((line, index) => (
        <>
          {index > 0 ? <br /> : null}
          {line}
        </>
      ))}
    </blockquote>
  );
}

export interface DecisionForm {
  decision: string;
  note: string;
}

function CheckedItems({ page, report }: { page: PageContext; report: ScamReport }) {
  const { t, locale } = page;
  if (report.result.items.length === 0) return <p>{t(channelMessages.nothingFound)}</p>;
  return (
    <ul class="card-list">
      {report.result.items.map((item) => (
        <li class="card">
          <h3>
            <span translate="no">{item.input}</span>
          </h3>
          <p>
            {t(channelMessages.itemTypes[item.type])}:{" "}
            <Tag tone={item.hidesDestination ? "error" : ITEM_TONE[item.verdict]}>
              {t(channelMessages.verdicts[item.verdict])}
            </Tag>
          </p>
          <p>{item.explanation[locale]}</p>
        </li>
      ))}
    </ul>
  );
}

/** One scam report for the operator: the text, what was found in it, and the decision. */
export function ScamReportPage({
  page,
  context,
  report,
  form,
  problems,
  isJustDecided,
}: {
  page: PageContext;
  context: ConsoleContext;
  report: ScamReport;
  form: DecisionForm;
  problems: FieldProblem[];
  isJustDecided: boolean;
}) {
  const { t, locale } = page;
  const problemFor = (field: string) =>
    problems.find((problem) => problem.field === field)?.message;
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="scam-reports"
      title={t(m.report.title, { reference: report.reference })}
    >
      <p>
        <a href={QUEUE_PATH}>{t(m.report.back)}</a>
      </p>
      {isJustDecided ? (
        <Notice tone="ok">
          <p>{t(m.report.decided)}</p>
        </Notice>
      ) : null}
      <dl class="summary-list">
        <dt>{t(m.received.status)}</dt>
        <dd>
          <Tag tone={STATUS_TONE[report.status]}>{t(m.statuses[report.status])}</Tag>
        </dd>
        <dt>{t(m.queue.receivedAt)}</dt>
        <dd>
          <time datetime={isoInstant(report.receivedAt)}>
            {formatDate(report.receivedAt, locale, "dateTime")}
          </time>
        </dd>
        <dt>{t(m.report.receivedVia)}</dt>
        <dd>{report.receivedVia ? t(m.receivedVia[report.receivedVia]) : t(m.report.notGiven)}</dd>
        <dt>{t(m.report.expiresAt)}</dt>
        <dd>
          <time datetime={isoInstant(report.expiresAt)}>
            {formatDate(report.expiresAt, locale)}
          </time>
        </dd>
        {report.decidedBy && report.decidedAt ? (
          <>
            <dt>{t(m.report.decidedBy)}</dt>
            <dd>
              {locale === "th" ? report.decidedBy.nameTh : report.decidedBy.nameEn} ·{" "}
              <time datetime={isoInstant(report.decidedAt)}>
                {formatDate(report.decidedAt, locale, "dateTime")}
              </time>
            </dd>
            <dt>{t(m.report.decisionNote)}</dt>
            <dd>{report.decisionNote}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t(m.report.text)}</h2>
      <TextAsSent text={report.text} />
      {report.channelsSeen.length > 0 ? (
        <>
          <h2>{t(m.report.channelsSeen)}</h2>
          <ul translate="no">
            {report.channelsSeen.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
      {report.note ? (
        <>
          <h2>{t(m.report.note)}</h2>
          <p>{report.note}</p>
        </>
      ) : null}
      <h2>{t(m.report.result)}</h2>
      <p>
        <Tag tone={OVERALL_TONE[report.result.overall]}>{t(m.overall[report.result.overall])}</Tag>
      </p>
      <CheckedItems page={page} report={report} />
      <section aria-labelledby="decide-heading">
        <h2 id="decide-heading">{t(m.report.decideHeading)}</h2>
        <ErrorSummary t={t} problems={problems} />
        <form method="post" action={`${QUEUE_PATH}/${report.id}/decision`} novalidate>
          <CsrfField token={page.csrfToken} />
          <ChoiceGroup
            name="decision"
            legend={t(m.report.decisionLegend)}
            error={problemFor("decision")}
            value={form.decision}
            choices={scamReportDecisions.map((decision) => ({
              value: decision,
              label: t(m.statuses[decision]),
            }))}
          />
          <TextAreaField
            name="note"
            label={t(m.report.decisionNoteLabel)}
            hint={t(m.report.decisionNoteHint)}
            error={problemFor("note")}
            value={form.note}
            rows={3}
            maxLength={MAX_DECISION_NOTE}
          />
          <Button>{t(m.report.decide)}</Button>
        </form>
      </section>
    </ConsoleLayout>
  );
}
