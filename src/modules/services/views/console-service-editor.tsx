import { readFileSync } from "node:fs";

import { registerAsset } from "@/core/ui/assets";
import { CsrfField, Notice } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { serviceConsoleMessages as m } from "../console-messages";
import type { DefinitionProblem } from "../definition-problems";
import { editorAnchors } from "../editor-form";
import {
  draftName,
  DraftProblemSummary,
  groupProblems,
  serviceBasePath,
} from "./console-service-common";
import { EditorParts } from "./editor-parts";
import { ServicePreview } from "./service-preview";

const editorScriptPath = registerAsset(
  "service-editor.js",
  readFileSync(new URL("../assets/service-editor.js", import.meta.url)),
  "text/javascript; charset=utf-8",
);

export const PREVIEW_TARGET_ID = "service-preview-content";

/**
 * The structured editor of a draft: the problems publication would refuse,
 * the form (every row added or removed by a submit button, so it works with
 * no script), and the live preview of the citizen's manual.
 */
export function ServiceEditorPage({
  page,
  context,
  serviceId,
  draft,
  problems,
  notice,
}: {
  page: PageContext;
  context: ConsoleContext;
  serviceId: string;
  draft: Record<string, unknown>;
  problems: readonly DefinitionProblem[];
  notice: string | null;
}) {
  const { t, locale } = page;
  const base = serviceBasePath(serviceId);
  const anchors = editorAnchors(draft);
  const grouped = groupProblems(t, problems, anchors);
  const name = draftName(draft, locale, t);
  const saveButton = (
    <button class="button" type="submit" name="_action" value="save">
      {t(m.editor.save)}
    </button>
  );
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="services"
      title={t(m.editor.title, { name })}
    >
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      <DraftProblemSummary
        t={t}
        problems={problems}
        anchors={anchors}
        serviceId={serviceId}
        isOnEditor
      />
      {problems.length === 0 ? <Notice tone="ok">{t(m.editor.ready)}</Notice> : null}
      <p class="lead">{t(m.editor.lead)}</p>
      <ul>
        <li>
          <a href={base}>{t(m.overview.backToService)}</a>
        </li>
        <li>
          <a href={`${base}/json`}>{t(m.overview.json)}</a>
        </li>
        <li>
          <a href={`${base}/publish`}>{t(m.overview.publish)}</a>
        </li>
      </ul>

      <form
        method="post"
        action={`${base}/edit`}
        novalidate
        id="service-editor"
        data-preview-url={`${base}/preview`}
        data-preview-target={PREVIEW_TARGET_ID}
      >
        <CsrfField token={page.csrfToken} />
        {/* The first submit button is the one Enter presses: saving, never removing a row. */}
        <div class="button-group">{saveButton}</div>
        <EditorParts t={t} draft={draft} problems={grouped} />
        <div class="button-group">{saveButton}</div>
      </form>

      <section class="preview" aria-labelledby="service-preview-title">
        <h2 id="service-preview-title">{t(m.preview.title)}</h2>
        <p class="hint">{t(m.preview.updating)}</p>
        <div id={PREVIEW_TARGET_ID}>
          <ServicePreview t={t} locale={locale} draft={draft} agency={context.agency} />
        </div>
      </section>
      <script src={editorScriptPath} defer />
    </ConsoleLayout>
  );
}
