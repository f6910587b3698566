import type { FieldProblem } from "@/core/errors";
import { Button, CsrfField, ErrorSummary, fieldId, Notice } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { serviceConsoleMessages as m } from "../console-messages";
import type { DefinitionProblem } from "../definition-problems";
import { editorAnchors } from "../editor-form";
import { draftName, DraftProblemSummary, serviceBasePath } from "./console-service-common";

/**
 * The whole definition as JSON, for what the structured editor does not
 * show (the application form) and for those who would rather type JSON;
 * with import of a definition file into the draft and export of the draft
 * or the published version.
 */
export function ServiceJsonPage({
  page,
  context,
  serviceId,
  draft,
  text,
  problems,
  refusals,
  publishedVersion,
  notice,
}: {
  page: PageContext;
  context: ConsoleContext;
  serviceId: string;
  draft: Record<string, unknown>;
  /** The JSON in the text area: the stored draft, or what was sent and refused. */
  text: string;
  /** What publication would still refuse in the stored draft. */
  problems: readonly DefinitionProblem[];
  /** Why what was just sent was not saved, already in the reader's language. */
  refusals: readonly FieldProblem[];
  publishedVersion: number | null;
  notice: string | null;
}) {
  const { t, locale } = page;
  const base = serviceBasePath(serviceId);
  const definitionError = refusals.find((refusal) => refusal.field === "definition")?.message;
  const fileError = refusals.find((refusal) => refusal.field === "file")?.message;
  const definitionId = fieldId("definition");
  const fileId = fieldId("file");
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="services"
      title={t(m.json.title, { name: draftName(draft, locale, t) })}
    >
      <ErrorSummary t={t} problems={refusals} />
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      <DraftProblemSummary
        t={t}
        problems={problems}
        anchors={editorAnchors(draft)}
        serviceId={serviceId}
        isOnEditor={false}
      />
      <p class="lead">
        {t(m.json.lead)} <a href="/api/v1/services/schema.json">/api/v1/services/schema.json</a>
      </p>
      <p>
        <a href={`${base}/edit`}>{t(m.overview.edit)}</a> ·{" "}
        <a href={base}>{t(m.overview.backToService)}</a>
      </p>

      <form method="post" action={`${base}/json`} novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={definitionError ? "field field--error" : "field"}>
          <label for={definitionId}>{t(m.json.definition)}</label>
          <span class="hint" id={`${definitionId}-hint`}>
            {t(m.json.definitionHint)}
          </span>
          {definitionError ? (
            <span class="error-message" id={`${definitionId}-error`}>
              {definitionError}
            </span>
          ) : null}
          <textarea
            class={definitionError ? "input code-input input--error" : "input code-input"}
            id={definitionId}
            name="definition"
            rows={30}
            spellcheck={false}
            aria-invalid={definitionError ? "true" : undefined}
            aria-describedby={[
              `${definitionId}-hint`,
              definitionError ? `${definitionId}-error` : "",
            ]
              .filter(Boolean)
              .join(" ")}
          >
            {text}
          </textarea>
        </div>
        <Button>{t(m.json.save)}</Button>
      </form>

      <h2>{t(m.json.importTitle)}</h2>
      <form method="post" action={`${base}/import`} enctype="multipart/form-data" novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={fileError ? "field field--error" : "field"}>
          <label for={fileId}>{t(m.json.file)}</label>
          <span class="hint" id={`${fileId}-hint`}>
            {t(m.json.fileHint)}
          </span>
          {fileError ? (
            <span class="error-message" id={`${fileId}-error`}>
              {fileError}
            </span>
          ) : null}
          <input
            class="input"
            type="file"
            id={fileId}
            name="file"
            accept="application/json,.json"
            aria-invalid={fileError ? "true" : undefined}
            aria-describedby={[`${fileId}-hint`, fileError ? `${fileId}-error` : ""]
              .filter(Boolean)
              .join(" ")}
          />
        </div>
        <Button variant="secondary">{t(m.json.import)}</Button>
      </form>

      <h2>{t(m.json.exportTitle)}</h2>
      <ul>
        <li>
          <a href={`${base}/export?of=draft`} download={`${serviceId}-draft.json`}>
            {t(m.json.exportDraft)}
          </a>
        </li>
        {publishedVersion === null ? null : (
          <li>
            <a
              href={`${base}/export?of=published`}
              download={`${serviceId}-v${publishedVersion}.json`}
            >
              {t(m.json.exportPublished, { version: publishedVersion })}
            </a>
          </li>
        )}
      </ul>
    </ConsoleLayout>
  );
}
