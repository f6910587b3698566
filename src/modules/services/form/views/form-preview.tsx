import type { Locale } from "@/core/i18n";

import { formMessages as m } from "../messages";
import type { FormDefinition } from "../schema";
import { describeCondition } from "./condition-text";
import { FieldControl } from "./field-control";
import { controlContext, isRequiredWhenShown } from "./form-step";
import { say } from "./simple-controls";

/**
 * Every page of a form as applicants will see it, one after another, from a
 * definition alone: for the administrator's live preview. Nothing here posts;
 * conditions are written out beside the questions they govern.
 */
export function FormPreview({
  definition,
  locale,
}: {
  definition: { form?: FormDefinition | undefined };
  locale: Locale;
}) {
  const { form } = definition;
  if (!form) return <p class="notice">{say(locale, m.preview.noForm)}</p>;
  const context = controlContext([], locale);
  return (
    <div class="form-preview" aria-label={say(locale, m.preview.caption)} role="region">
      <p class="notice">{say(locale, m.preview.notice)}</p>
      {form.pages.map((page, index) => (
        <section class="form-preview__page">
          <p class="caption">
            {say(locale, m.preview.pageNumber, { number: index + 1, total: form.pages.length })}
          </p>
          <h2>{page.title[locale]}</h2>
          {page.skipUnless ? (
            <p class="hint">
              {say(locale, m.controls.onlyIf, {
                condition: describeCondition(form, page.skipUnless, locale),
              })}
            </p>
          ) : null}
          {page.intro ? <p>{page.intro[locale]}</p> : null}
          {page.fields.map((field) => {
            const shownWhen = [
              ...(field.showIf ? [field.showIf] : []),
              ...(field.hideIf ? [{ not: field.hideIf }] : []),
            ];
            return (
              <FieldControl
                props={{
                  field,
                  path: `preview-${field.id}`,
                  name: `preview-${field.id}`,
                  value: undefined,
                  isOptional: !field.required && !field.requireIf && field.type !== "declaration",
                  conditionHint:
                    shownWhen.length > 0
                      ? say(locale, m.controls.onlyIf, {
                          condition: describeCondition(
                            form,
                            shownWhen.length === 1 ? shownWhen[0]! : { all: shownWhen },
                            locale,
                          ),
                        })
                      : undefined,
                  requiredHint:
                    field.requireIf && !isRequiredWhenShown(field)
                      ? say(locale, m.controls.requiredIf, {
                          condition: describeCondition(form, field.requireIf, locale),
                        })
                      : undefined,
                  context,
                }}
              />
            );
          })}
        </section>
      ))}
    </div>
  );
}
