import type { FieldProblem } from "@/core/errors";
import { fieldId } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import type { CatalogueEntry } from "../../grants/catalogue-repo";
import { local } from "./exchange-parts";

/** Problems in the page's language, for the error summary and beside each field. */
export function localProblems(
  page: PageContext,
  problems: readonly FieldProblem[],
): FieldProblem[] {
  return problems.map((problem) => ({
    ...problem,
    message: problem.messages ? problem.messages[page.locale] : problem.message,
  }));
}

export function errorFor(problems: readonly FieldProblem[], name: string): string | undefined {
  return problems.find((problem) => problem.field === name)?.message;
}

function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  return (
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
  );
}

function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}

/** A choice from a short list, with its error beside it. */
export function ChoiceSelect({
  name,
  label,
  value,
  options,
  placeholder,
  error,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  placeholder: string;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      <HintAndError id={id} error={error} />
      <select
        class={error ? "input input--error" : "input"}
        id={id}
        name={name}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A calendar date (the browser's own picker; typed as YYYY-MM-DD without one). */
export function DateInput({
  name,
  label,
  hint,
  value,
  error,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        class={error ? "input input--short input--error" : "input input--short"}
        id={id}
        name={name}
        type="date"
        value={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

/** Check boxes for the fields of a data service; `offered` limits them (to those asked for). */
export function FieldChoices({
  page,
  legend,
  hint,
  service,
  offered,
  checked,
  error,
}: {
  page: PageContext;
  legend: string;
  hint?: string | undefined;
  service: CatalogueEntry;
  offered: readonly string[];
  checked: readonly string[];
  error?: string | undefined;
}) {
  const id = fieldId("fields");
  return (
    <div class={error ? "field field--error" : "field"}>
      <fieldset id={id} aria-describedby={describedBy(id, hint, error)}>
        <legend>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {service.fields
          .filter((field) => offered.includes(field.key))
          .map((field) => {
            const boxId = `${id}-${field.key}`;
            return (
              <div class="choice">
                <input
                  type="checkbox"
                  id={boxId}
                  name="fields"
                  value={field.key}
                  checked={checked.includes(field.key)}
                />
                <label for={boxId}>
                  {local(page, field.label)} <code>{field.key}</code>
                </label>
              </div>
            );
          })}
      </fieldset>
    </div>
  );
}
