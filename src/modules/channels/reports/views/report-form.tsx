import type { FieldProblem } from "@/core/errors";
import { Button, CsrfField, ErrorSummary, TextAreaField } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import { MAX_CHECK_TEXT } from "../../schema";
import { scamReportMessages as m } from "../messages";
import { MAX_REPORT_NOTE, receivedVias } from "../schema";
import { ChoiceGroup } from "./choice-group";

export const REPORT_PATH = "/check/report";

/** What the report form shows: the text carried over from the check, or as the person sent it back. */
export interface ReportFormState {
  text: string;
  receivedVia: string;
  note: string;
  problems: FieldProblem[];
  retentionDays: number;
}

/**
 * The choice to report a checked message, under the result. It says first
 * what is kept, for how long and who sees it; nothing is kept unless the
 * person sends this form.
 */
export function ScamReportForm({ page, form }: { page: PageContext; form: ReportFormState }) {
  const { t } = page;
  const problemFor = (field: string) =>
    form.problems.find((problem) => problem.field === field)?.message;
  return (
    <section aria-labelledby="report-heading" class="scam-report">
      <h2 id="report-heading">{t(m.form.heading)}</h2>
      <ErrorSummary t={t} problems={form.problems} />
      <p>{t(m.form.intro)}</p>
      <h3>{t(m.form.whatIsKeptHeading)}</h3>
      <ul>
        <li>{t(m.form.whatIsKept)}</li>
        <li>{t(m.form.whatIsNotKept)}</li>
        <li>{t(m.form.howLong, { days: form.retentionDays })}</li>
        <li>{t(m.form.whoSees)}</li>
      </ul>
      <form method="post" action={REPORT_PATH} novalidate>
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name="reportText"
          label={t(m.form.textLabel)}
          hint={t(m.form.textHint)}
          error={problemFor("reportText")}
          value={form.text.slice(0, MAX_CHECK_TEXT)}
          rows={5}
          isCode
        />
        <ChoiceGroup
          name="receivedVia"
          legend={t(m.form.receivedViaLegend)}
          error={problemFor("receivedVia")}
          value={form.receivedVia}
          choices={receivedVias.map((via) => ({ value: via, label: t(m.receivedVia[via]) }))}
        />
        <TextAreaField
          name="note"
          label={t(m.form.noteLabel)}
          hint={t(m.form.noteHint)}
          error={problemFor("note")}
          value={form.note}
          rows={3}
          maxLength={MAX_REPORT_NOTE}
        />
        <Button variant="warning">{t(m.form.submit)}</Button>
      </form>
    </section>
  );
}
