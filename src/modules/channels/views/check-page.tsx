import type { FieldProblem } from "@/core/errors";
import {
  Button,
  CsrfField,
  ErrorSummary,
  PageHeading,
  Tag,
  TextAreaField,
} from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import type { CheckedItem, CheckResult, OverallVerdict, Verdict } from "../check/check";
import { channelMessages as m } from "../messages";
import { scamReportMessages } from "../reports/messages";
import { type ReportFormState, ScamReportForm } from "../reports/views/report-form";

const OVERALL_TONE: Record<OverallVerdict, "ok" | "warn" | "error"> = {
  safe: "ok",
  caution: "warn",
  danger: "error",
};

const ITEM_TONE: Record<Verdict, "ok" | "warn" | "error"> = {
  official: "ok",
  unknown: "warn",
  lookalike: "error",
};

export function CheckPage({
  page,
  text,
  problems,
  result,
  report = null,
  reportedTimes = new Map(),
}: {
  page: PageContext;
  text: string;
  problems: FieldProblem[];
  result: CheckResult | null;
  /** The choice to report the message as a scam, offered once something was checked. */
  report?: ReportFormState | null;
  /** How many confirmed scam reports name an item, for the items that have any. */
  reportedTimes?: ReadonlyMap<CheckedItem, number>;
}) {
  const { t } = page;
  const error = problems.find((problem) => problem.field === "text")?.message;
  return (
    <Layout page={page} title={t(m.checkTitle)}>
      <PageHeading>{t(m.checkTitle)}</PageHeading>
      <p class="lead">{t(m.checkLead)}</p>
      <ErrorSummary t={t} problems={problems} />
      {result ? (
        <CheckResultSection page={page} result={result} reportedTimes={reportedTimes} />
      ) : null}
      {report ? <ScamReportForm page={page} form={report} /> : null}
      <form method="post" action="/check" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name="text"
          label={t(m.textLabel)}
          hint={t(m.textHint)}
          error={error}
          value={text}
          rows={6}
          isCode
        />
        <Button>{t(m.checkButton)}</Button>
      </form>
    </Layout>
  );
}

function CheckResultSection({
  page,
  result,
  reportedTimes,
}: {
  page: PageContext;
  result: CheckResult;
  reportedTimes: ReadonlyMap<CheckedItem, number>;
}) {
  const { t } = page;
  return (
    <section aria-labelledby="result-heading" class="check-result">
      <h2 id="result-heading">{t(m.resultHeading)}</h2>
      <div
        class={result.overall === "safe" ? "notice notice--ok" : "error-summary"}
        role={result.overall === "danger" ? "alert" : "status"}
      >
        <p>
          <Tag tone={OVERALL_TONE[result.overall]}>{t(m.overall[result.overall])}</Tag>
        </p>
      </div>
      {result.items.length === 0 ? (
        <p>{t(m.nothingFound)}</p>
      ) : (
        <ul class="card-list">
          {result.items.map((item) => (
            <CheckedItemCard page={page} item={item} reportedTimes={reportedTimes.get(item)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckedItemCard({
  page,
  item,
  reportedTimes,
}: {
  page: PageContext;
  item: CheckedItem;
  reportedTimes: number | undefined;
}) {
  const { t, locale } = page;
  return (
    <li class="card">
      <h3>
        <span lang="en" translate="no">
          {item.input}
        </span>
      </h3>
      <p>
        {t(m.itemTypes[item.type])}:{" "}
        <Tag tone={item.hidesDestination ? "error" : ITEM_TONE[item.verdict]}>
          {t(m.verdicts[item.verdict])}
        </Tag>
      </p>
      <p>{item.explanation[locale]}</p>
      {reportedTimes ? (
        <p>
          <strong>
            {t(scamReportMessages.reportedTimes, { count: reportedTimes.toLocaleString(locale) })}
          </strong>
        </p>
      ) : null}
      {item.channel && item.agency ? (
        <dl class="summary-list">
          {item.verdict === "lookalike" ? (
            <>
              <dt>{t(m.realChannel)}</dt>
              <dd>
                <span translate="no">{item.channel.displayValue}</span>
              </dd>
            </>
          ) : null}
          <dt>{t(m.agency)}</dt>
          <dd>
            <a href={`/agencies/${item.agency.code}/channels`}>
              {locale === "th" ? item.agency.nameTh : item.agency.nameEn}
            </a>
          </dd>
        </dl>
      ) : null}
    </li>
  );
}
