import { readFileSync } from "node:fs";

import { registerAsset } from "@/core/ui/assets";
import { Button, CsrfField, SelectField } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { DocumentType } from "../../schema";
import { isTranscriptType } from "../../transcripts";
import { BATCHES_PATH } from "../console-section";
import { batchMessages as m } from "../messages";
import type { CsvProblem } from "../read-batch-csv";

/** Problems listed on the page; a file with more is fixed in rounds. */
const PROBLEMS_SHOWN = 200;

const samplePath = registerAsset(
  "transcripts-sample.csv",
  readFileSync(new URL("../../../../../docs/examples/transcripts-sample.csv", import.meta.url)),
  "text/csv; charset=utf-8",
);

export function templatePath(documentType: Pick<DocumentType, "code">): string {
  return `${BATCHES_PATH}/templates/${documentType.code}`;
}

function describeProblem(page: PageContext, problem: CsvProblem): string {
  const { t, locale } = page;
  const place =
    problem.line === null
      ? t(m.problemFile)
      : problem.column === null
        ? t(m.problemAt, { line: problem.line })
        : `${t(m.problemAt, { line: problem.line })}, ${t(m.problemColumn, { column: problem.column })}`;
  return `${place}: ${problem.messages[locale]}`;
}

export function NewBatchPage({
  page,
  context,
  documentTypes,
  chosenType,
  problems,
  formError,
}: {
  page: PageContext;
  context: ConsoleContext;
  documentTypes: DocumentType[];
  chosenType: string;
  problems: CsvProblem[];
  /** A problem with the form itself: no file, no type. */
  formError: string | null;
}) {
  const { t, locale } = page;
  const hasTranscripts = documentTypes.some(isTranscriptType);
  return (
    <ConsoleLayout page={page} context={context} current="document-batches" title={t(m.newTitle)}>
      <p class="lead">{t(m.newLead)}</p>
      {formError ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{formError}</p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t(m.problemsHeading, { count: problems.length })}</h2>
          <ul>
            {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
              <li>{describeProblem(page, problem)}</li>
            ))}
          </ul>
          {problems.length > PROBLEMS_SHOWN ? (
            <p>{t(m.moreProblems, { count: problems.length - PROBLEMS_SHOWN })}</p>
          ) : null}
        </div>
      ) : null}
      {documentTypes.length === 0 ? (
        <p>{t(m.noTypes)}</p>
      ) : (
        <form method="post" action={BATCHES_PATH} enctype="multipart/form-data" novalidate>
          <CsrfField token={page.csrfToken} />
          <SelectField
            name="documentType"
            label={t(m.documentTypeLabel)}
            value={chosenType}
            options={documentTypes.map((type) => ({ value: type.code, label: type.title[locale] }))}
          />
          <div class="field">
            <label for="field-file">{t(m.fileLabel)}</label>
            <span class="hint" id="field-file-hint">
              {t(m.fileHint)}
            </span>
            <input
              class="input"
              id="field-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="field-file-hint"
            />
          </div>
          <Button>{t(m.uploadButton)}</Button>
        </form>
      )}
      <h2>{t(m.formatHeading)}</h2>
      <p>{t(m.formatLead)}</p>
      {hasTranscripts ? <p>{t(m.transcriptFormat)}</p> : null}
      <ul>
        {documentTypes.map((type) => (
          <li>
            <a href={templatePath(type)} download={`${type.code}-template.csv`}>
              {t(m.templateLink, { title: type.title[locale] })}
            </a>
          </li>
        ))}
        {hasTranscripts ? (
          <li>
            <a href={samplePath} download="transcripts-sample.csv">
              {t(m.sampleLink)}
            </a>
          </li>
        ) : null}
      </ul>
    </ConsoleLayout>
  );
}
