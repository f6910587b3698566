import type { FieldProblem } from "@/core/errors";
import { Button, CsrfField, ErrorSummary, fieldId, Notice } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { serviceConsoleMessages as m } from "../console-messages";
import type { ManagedService } from "../console-repo";
import type { DefinitionProblem } from "../definition-problems";
import { editorAnchors } from "../editor-form";
import { problemMessages } from "../problem-messages";
import { draftName, DraftProblemSummary, serviceBasePath } from "./console-service-common";

function partName(t: PageContext["t"], part: string): string {
  const parts: Record<string, (typeof problemMessages.parts)[keyof typeof problemMessages.parts]> =
    problemMessages.parts;
  return parts[part] ? t(parts[part]) : part;
}

/**
 * The confirmation before publishing: the version the draft will become, the
 * parts that differ from the version published now, and what happens to
 * applications already under way. Refused drafts show what is missing.
 */
export function PublishServicePage({
  page,
  context,
  service,
  problems,
  changedParts,
  notice,
}: {
  page: PageContext;
  context: ConsoleContext;
  service: ManagedService;
  problems: readonly DefinitionProblem[];
  /** Null before the first publication. */
  changedParts: string[] | null;
  notice: string | null;
}) {
  const { t, locale } = page;
  const base = serviceBasePath(service.id);
  const current = service.publishedVersion;
  const next = (current ?? 0) + 1;
  const draft = (service.draft ?? {}) as Record<string, unknown>;
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="services"
      title={t(m.publish.title, { name: draftName(draft, locale, t) })}
    >
      {notice ? <Notice>{notice}</Notice> : null}
      <DraftProblemSummary
        t={t}
        problems={problems}
        anchors={editorAnchors(draft)}
        serviceId={service.id}
        isOnEditor={false}
      />
      <p class="lead">{t(m.publish.willBecome, { version: next })}</p>
      {service.status === "retired" ? <Notice>{t(m.publish.reinstate)}</Notice> : null}
      {current === null || changedParts === null ? (
        <p>{t(m.publish.first)}</p>
      ) : (
        <>
          <h2>{t(m.publish.changes, { version: current })}</h2>
          {changedParts.length === 0 ? (
            <p>{t(m.publish.noChanges)}</p>
          ) : (
            <ul>
              {changedParts.map((part) => (
                <li>{partName(t, part)}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>{t(m.publish.inFlight)}</p>
      {problems.length > 0 ? (
        <p>
          {t(m.publish.notReady)} <a href={`${base}/edit`}>{t(m.overview.edit)}</a>
        </p>
      ) : (
        <form method="post" action={`${base}/publish`}>
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="version" value={String(next)} />
          <Button>{t(m.publish.confirm, { version: next })}</Button>
        </form>
      )}
      <p>
        <a href={base}>{t(m.overview.backToService)}</a>
      </p>
    </ConsoleLayout>
  );
}

export interface RetireForm {
  th: string;
  en: string;
}

export function RetireServicePage({
  page,
  context,
  service,
  form,
  problems,
}: {
  page: PageContext;
  context: ConsoleContext;
  service: ManagedService;
  form: RetireForm;
  problems: readonly FieldProblem[];
}) {
  const { t, locale } = page;
  const base = serviceBasePath(service.id);
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="services"
      title={t(m.retire.title, { name: draftName(service.draft, locale, t) })}
    >
      <ErrorSummary t={t} problems={problems} />
      <p class="lead">{t(m.retire.lead)}</p>
      {service.status !== "published" ? (
        <Notice>{t(m.retire.notPublished)}</Notice>
      ) : (
        <form method="post" action={`${base}/retire`} novalidate>
          <CsrfField token={page.csrfToken} />
          <fieldset class="editor-part">
            <legend>{t(m.retire.reason)}</legend>
            <span class="hint" id="retire-reason-hint">
              {t(m.retire.reasonHint)}
            </span>
            {(["th", "en"] as const).map((language) => {
              const field = `reason.${language}`;
              const id = fieldId(field);
              const error = problems.find((problem) => problem.field === field)?.message;
              return (
                <div class={error ? "field field--error" : "field"}>
                  <label for={id}>
                    {t(m.retire.reason)} ({t(language === "th" ? m.editor.thai : m.editor.english)})
                  </label>
                  {error ? (
                    <span class="error-message" id={`${id}-error`}>
                      {error}
                    </span>
                  ) : null}
                  <textarea
                    class={error ? "input input--error" : "input"}
                    id={id}
                    name={field}
                    lang={language}
                    rows={3}
                    aria-invalid={error ? "true" : undefined}
                    aria-describedby={["retire-reason-hint", error ? `${id}-error` : ""]
                      .filter(Boolean)
                      .join(" ")}
                  >
                    {form[language]}
                  </textarea>
                </div>
              );
            })}
          </fieldset>
          <Button variant="warning">{t(m.retire.confirm)}</Button>
        </form>
      )}
      <p>
        <a href={base}>{t(m.overview.backToService)}</a>
      </p>
    </ConsoleLayout>
  );
}
