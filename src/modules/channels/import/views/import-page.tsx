import { readFileSync } from "node:fs";

import type { FieldProblem } from "@/core/errors";
import { registerAsset } from "@/core/ui/assets";
import { Button, CsrfField, ErrorSummary, Notice } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { IMPORT_PATH } from "../console-section";
import { importColumns } from "../csv-format";
import type { ImportReport } from "../import-agencies";
import { describeCounts, describeOutcome, describeProblem } from "../import-report";
import { consoleImportMessages as m } from "../messages";

/** Problems listed on the page; the command line lists every one. */
const PROBLEMS_SHOWN = 200;

const samplePath = registerAsset(
  "agencies-import-sample.csv",
  readFileSync(new URL("../../../../../docs/examples/agencies-import-sample.csv", import.meta.url)),
  "text/csv; charset=utf-8",
);

export function ImportPage({
  page,
  context,
  report,
  uploadId,
  problems,
}: {
  page: PageContext;
  context: ConsoleContext;
  /** The dry run (with `uploadId`) or the import just done. */
  report: ImportReport | null;
  uploadId: string | null;
  problems: FieldProblem[];
}) {
  const { t, locale } = page;
  const fileError = problems.find((problem) => problem.field === "file")?.message;
  return (
    <ConsoleLayout page={page} context={context} current="operator-import" title={t(m.title)}>
      <p class="lead">{t(m.lead)}</p>
      <ErrorSummary t={t} problems={problems} />
      {report ? (
        <section aria-labelledby="import-report-heading">
          <h2 id="import-report-heading">
            {t(report.isDryRun ? m.reportHeading : m.doneHeading, { file: report.fileName })}
          </h2>
          <div
            class={report.problems.length > 0 ? "error-summary" : "notice notice--ok"}
            role={report.problems.length > 0 ? "alert" : "status"}
          >
            <p>{describeOutcome(report, locale)}</p>
          </div>
          {report.problems.length > 0 ? (
            <>
              <h3>{t(m.problemsHeading, { count: report.problems.length })}</h3>
              <ul>
                {report.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                  <li>{describeProblem(problem, locale)}</li>
                ))}
              </ul>
              {report.problems.length > PROBLEMS_SHOWN ? (
                <p>{t(m.moreProblems, { count: report.problems.length - PROBLEMS_SHOWN })}</p>
              ) : null}
            </>
          ) : (
            <ul>
              <li>{describeCounts(report, "agencies", report.agencies, locale)}</li>
              <li>{describeCounts(report, "channels", report.channels, locale)}</li>
            </ul>
          )}
          {uploadId ? (
            <form method="post" action={`${IMPORT_PATH}/${uploadId}`}>
              <CsrfField token={page.csrfToken} />
              <Notice>{t(m.confirmHint)}</Notice>
              <Button>{t(m.importButton)}</Button>
            </form>
          ) : null}
        </section>
      ) : null}
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={fileError ? "field field--error" : "field"}>
          <label for="field-file">{t(m.fileLabel)}</label>
          <span class="hint" id="field-file-hint">
            {t(m.fileHint)}
          </span>
          {fileError ? (
            <span class="error-message" id="field-file-error">
              {fileError}
            </span>
          ) : null}
          <input
            class="input"
            id="field-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? "field-file-hint field-file-error" : "field-file-hint"}
          />
        </div>
        <Button variant={report ? "secondary" : undefined}>{t(m.checkButton)}</Button>
      </form>
      <h2>{t(m.formatHeading)}</h2>
      <p>{t(m.formatLead)}</p>
      <p>
        <a href={samplePath} download="agencies-import-sample.csv">
          {t(m.sample)}
        </a>
      </p>
      <div class="table-scroll" role="region" aria-label={t(m.formatHeading)} tabindex={0}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t(m.column)}</th>
              <th scope="col">{t(m.meaning)}</th>
            </tr>
          </thead>
          <tbody>
            {importColumns.map((column) => (
              <tr>
                <td>
                  <code>{column.name}</code>
                  {column.isRequired ? ` (${t(m.required)})` : ""}
                </td>
                <td>{column.description[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ConsoleLayout>
  );
}
