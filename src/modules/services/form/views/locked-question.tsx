import type { Locale } from "@/core/i18n";
import { fieldId } from "@/core/ui/components";

import type { Field } from "../schema";
import { answerText } from "./answers-summary";

/**
 * A question the registry answered: its label, the verified answer and where
 * it came from, with no input. Nothing of it is posted; the server keeps the
 * fetched answer whatever a form sends.
 */
export function LockedQuestion({
  field,
  value,
  badge,
  locale,
  errorMessage,
}: {
  field: Field;
  value: unknown;
  /** "Verified from … at 10:42", in the page's language. */
  badge: string;
  locale: Locale;
  /** A problem with the verified answer (the registry says something the form does not accept). */
  errorMessage?: string | undefined;
}) {
  const id = fieldId(field.id);
  return (
    <div
      class={errorMessage ? "field field--error" : "field"}
      id={id}
      tabindex={-1}
      data-locked={field.id}
    >
      <p class="locked-label" id={`${id}-label`}>
        <strong>{field.label[locale]}</strong>
      </p>
      {errorMessage ? (
        <span class="error-message" id={`${id}-error`}>
          {errorMessage}
        </span>
      ) : null}
      <p class="locked-value" aria-labelledby={`${id}-label`}>
        {answerText(field, value, locale)}
      </p>
      <p class="hint verified-badge">
        <span class="tag tag--ok" aria-hidden="true">
          ✓
        </span>{" "}
        {badge}
      </p>
    </div>
  );
}
