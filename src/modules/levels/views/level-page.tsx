import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import {
  Button,
  type Column,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  Table,
  Tag,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { AgencyLevel, AssessmentForm } from "../assess-level";
import { type Condition, onTimeShare } from "../level-rule";
import { levelMessages as m } from "../messages";
import type { AssessmentRecord } from "../repo";
import {
  beginnerCriteria,
  criteria,
  type Criterion,
  MAX_EVIDENCE,
  standardCriteria,
} from "../schema";

export const LEVEL_PATH = "/console/level";

const LEVEL_TONE = { none: "error", beginner: "warn", standard: "ok" } as const;

function conditionDetail(page: PageContext, level: AgencyLevel, condition: Condition): string {
  const { t, locale } = page;
  const facts = level.facts;
  switch (condition.id) {
    case "verified_email":
      return t(m.page.emailChannels, { count: facts.verifiedEmailChannels.toLocaleString(locale) });
    case "published_eservice":
      return t(m.page.services, { count: facts.publishedServices.toLocaleString(locale) });
    case "answers_on_time": {
      const share = onTimeShare(facts);
      if (share === null) return t(m.page.nothingDue);
      return t(m.page.onTime, {
        onTime: facts.answeredOnTime.toLocaleString(locale),
        total: (facts.answeredOnTime + facts.lateOrOverdue).toLocaleString(locale),
        percent: new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", {
          style: "percent",
          maximumFractionDigits: 0,
        }).format(share),
      });
    }
    default:
      return t(m.sources[condition.source]);
  }
}

function Conditions({ page, level }: { page: PageContext; level: AgencyLevel }) {
  const { t } = page;
  const columns: Column<Condition>[] = [
    { header: t(m.page.condition), cell: (condition) => t(m.conditions[condition.id]) },
    { header: t(m.page.tier), cell: (condition) => t(m.levels[condition.tier]) },
    { header: t(m.page.source), cell: (condition) => t(m.sources[condition.source]) },
    {
      header: t(m.page.result),
      cell: (condition) =>
        condition.isMet ? <Tag tone="ok">{t(m.met)}</Tag> : <Tag tone="error">{t(m.missing)}</Tag>,
    },
    { header: t(m.page.detail), cell: (condition) => conditionDetail(page, level, condition) },
  ];
  return <Table caption={t(m.page.conditionsCaption)} columns={columns} rows={level.conditions} />;
}

function CriterionField({
  page,
  id,
  answer,
  error,
  isReadOnly,
}: {
  page: PageContext;
  id: Criterion;
  answer: { isMet: boolean; evidence: string };
  error: string | undefined;
  isReadOnly: boolean;
}) {
  const { t } = page;
  const checkboxId = fieldId(`met-${id}`);
  const evidenceId = fieldId(`evidence-${id}`);
  const describedBy = [`${evidenceId}-hint`, error ? `${evidenceId}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={error ? "field field--error" : "field"}>
      <div class="choice">
        <input
          type="checkbox"
          id={checkboxId}
          name="met"
          value={id}
          checked={answer.isMet}
          disabled={isReadOnly}
        />
        <label for={checkboxId}>{t(m.criteria[id])}</label>
      </div>
      <label for={evidenceId}>{t(m.page.evidence)}</label>
      <span class="hint" id={`${evidenceId}-hint`}>
        {t(m.page.evidenceHint)}
      </span>
      {error ? (
        <span class="error-message" id={`${evidenceId}-error`}>
          {error}
        </span>
      ) : null}
      <textarea
        class="input textarea"
        id={evidenceId}
        name={`evidence-${id}`}
        rows={2}
        maxlength={MAX_EVIDENCE}
        readonly={isReadOnly}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {answer.evidence}
      </textarea>
    </div>
  );
}

function AssessmentFormSection({
  page,
  form,
  problems,
  canAssess,
}: {
  page: PageContext;
  form: AssessmentForm;
  problems: FieldProblem[];
  canAssess: boolean;
}) {
  const { t } = page;
  const group = (legend: string, ids: readonly Criterion[]) => (
    <fieldset class="group-row">
      <legend>{legend}</legend>
      {ids.map((id) => (
        <CriterionField
          page={page}
          id={id}
          answer={form[id]}
          error={problems.find((problem) => problem.field === `evidence-${id}`)?.message}
          isReadOnly={!canAssess}
        />
      ))}
    </fieldset>
  );
  return (
    <section aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">{t(m.page.assessmentHeading)}</h2>
      <p>{t(m.page.assessmentLead)}</p>
      {canAssess ? null : <p>{t(m.page.onlyAdmins)}</p>}
      <ErrorSummary t={t} problems={problems} />
      <form method="post" action={LEVEL_PATH} novalidate>
        <CsrfField token={page.csrfToken} />
        {group(t(m.page.beginnerLegend), beginnerCriteria)}
        {group(t(m.page.standardLegend), standardCriteria)}
        {canAssess ? <Button>{t(m.page.save)}</Button> : null}
      </form>
    </section>
  );
}

function History({ page, history }: { page: PageContext; history: AssessmentRecord[] }) {
  const { t, locale } = page;
  const columns: Column<AssessmentRecord>[] = [
    {
      header: t(m.page.assessedAt),
      cell: (record) => (
        <time datetime={isoInstant(record.assessedAt)}>
          {formatDate(record.assessedAt, locale, "dateTime")}
        </time>
      ),
    },
    {
      header: t(m.page.assessedBy),
      cell: (record) =>
        record.assessedBy
          ? locale === "th"
            ? record.assessedBy.nameTh
            : record.assessedBy.nameEn
          : t(m.page.system),
    },
    { header: t(m.page.selfLevel), cell: (record) => t(m.levels[record.selfLevel]) },
    {
      header: t(m.page.criteriaMet),
      cell: (record) =>
        `${criteria.filter((id) => record.answers[id]?.isMet).length.toLocaleString(locale)} / ${criteria.length.toLocaleString(locale)}`,
    },
  ];
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t(m.page.historyHeading)}</h2>
      {history.length === 0 ? (
        <p>{t(m.page.historyEmpty)}</p>
      ) : (
        <Table caption={t(m.page.historyCaption)} columns={columns} rows={history} />
      )}
    </section>
  );
}

/** An agency's own level: which conditions are met or missing, its self-assessment and its history. */
export function AgencyLevelPage({
  page,
  context,
  level,
  form,
  problems,
  canAssess,
  isJustSaved,
}: {
  page: PageContext;
  context: ConsoleContext;
  level: AgencyLevel;
  form: AssessmentForm;
  problems: FieldProblem[];
  canAssess: boolean;
  isJustSaved: boolean;
}) {
  const { t } = page;
  return (
    <ConsoleLayout page={page} context={context} current="level" title={t(m.page.title)}>
      {isJustSaved ? (
        <Notice tone="ok">
          <p>{t(m.page.saved)}</p>
        </Notice>
      ) : null}
      <p class="lead">{t(m.page.lead)}</p>
      <p>
        {t(m.page.current)}: <Tag tone={LEVEL_TONE[level.level]}>{t(m.levels[level.level])}</Tag>
      </p>
      <Conditions page={page} level={level} />
      <AssessmentFormSection page={page} form={form} problems={problems} canAssess={canAssess} />
      <History page={page} history={level.history} />
    </ConsoleLayout>
  );
}
