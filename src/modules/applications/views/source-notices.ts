import type { Locale } from "@/core/i18n";
import { sourceNotice, toDataSource, verifiedBadge } from "@/modules/exchange/once-only";
import type { FormStepOutline } from "@/modules/services";

import type { SourcedForm } from "../draft-data-sources";

/**
 * What a step says about the registries: the badge of each verified answer,
 * and, above the step, what the registry's answer (or its silence, or the
 * person's refusal) means for the questions on it.
 */
export function stepSourceView(
  sourced: SourcedForm,
  step: Pick<FormStepOutline, "fields">,
  locale: Locale,
  now = new Date(),
): { locked: Map<string, string>; notices: { text: string; isVerified: boolean }[] } {
  const locked = new Map(
    [...sourced.locked].map(([fieldId, { source }]) => [
      fieldId,
      verifiedBadge(source, locale, now),
    ]),
  );
  const onStep = new Set(step.fields.map((field) => field.id));
  const notices = sourced.requirements.flatMap(({ index, requirement }) => {
    const source = sourced.sources.get(index);
    if (!source) return [];
    const asked = [...Object.keys(requirement.fill), requirement.fallbackField ?? ""];
    if (!asked.some((fieldId) => onStep.has(fieldId))) return [];
    return [
      {
        text: sourceNotice(toDataSource(source), locale),
        isVerified: source.status === "verified",
      },
    ];
  });
  return { locked, notices };
}
