import type { Locale, Translate } from "@/core/i18n";
import { fieldId, Tag } from "@/core/ui/components";

import { serviceConsoleMessages as m } from "../console-messages";
import type { ManagedService } from "../console-repo";
import type { DefinitionProblem } from "../definition-problems";
import { anchorFor } from "../editor-form";
import type { ProblemsByAnchor } from "./editor-fields";

export function serviceBasePath(serviceId: string): string {
  return `/console/services/${serviceId}`;
}

/** The service's name in the reader's language, from its draft, or a placeholder. */
export function draftName(draft: unknown, locale: Locale, t: Translate): string {
  const name = (draft as { name?: Record<string, unknown> } | null)?.name;
  const text = name?.[locale] ?? name?.th ?? name?.en;
  return typeof text === "string" && text.trim() ? text : t(m.list.untitled);
}

export function StatusTag({ t, service }: { t: Translate; service: ManagedService }) {
  const version = service.publishedVersion ?? 0;
  if (service.status === "published") {
    return <Tag tone="ok">{t(m.status.published, { version })}</Tag>;
  }
  if (service.status === "retired") {
    return <Tag tone="error">{t(m.status.retired, { version })}</Tag>;
  }
  return <Tag tone="warn">{t(m.status.draft)}</Tag>;
}

/** Each problem's translated sentence, grouped by the input or group it is shown beside. */
export function groupProblems(
  t: Translate,
  problems: readonly DefinitionProblem[],
  anchors: Set<string>,
): ProblemsByAnchor {
  const grouped = new Map<string, string[]>();
  for (const problem of problems) {
    const anchor = anchorFor(problem.field, anchors);
    if (anchor === null) continue;
    grouped.set(anchor, [...(grouped.get(anchor) ?? []), t(problem.messages)]);
  }
  return grouped;
}

/**
 * What publication would still refuse, at the top of the page, each linking
 * to its field; a part the structured form does not show links to the JSON
 * view. Not an alert: it is there on every visit while the draft is being
 * written, and reading it out each time would only get in the way.
 */
export function DraftProblemSummary({
  t,
  problems,
  anchors,
  serviceId,
  isOnEditor,
}: {
  t: Translate;
  problems: readonly DefinitionProblem[];
  anchors: Set<string>;
  serviceId: string;
  isOnEditor: boolean;
}) {
  if (problems.length === 0) return null;
  const base = serviceBasePath(serviceId);
  return (
    <div class="error-summary" aria-labelledby="draft-problems-title" tabindex={-1}>
      <h2 id="draft-problems-title">
        {problems.length === 1
          ? t(m.editor.problemsTitleOne)
          : t(m.editor.problemsTitle, { count: problems.length })}
      </h2>
      <ul>
        {problems.map((problem) => {
          const anchor = anchorFor(problem.field, anchors);
          const href =
            anchor === null
              ? `${base}/json`
              : `${isOnEditor ? "" : `${base}/edit`}#${fieldId(anchor)}`;
          return (
            <li>
              <a href={href}>
                {t(problem.messages)}
                {anchor === null ? ` ${t(m.editor.inJsonView)}` : null}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
