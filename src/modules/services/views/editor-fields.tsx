import type { Child } from "hono/jsx";

import { fieldId } from "@/core/ui/components";

/** The problems of the draft, translated, by the id of the input or group they belong beside. */
export type ProblemsByAnchor = ReadonlyMap<string, readonly string[]>;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

function ErrorMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <span class="error-message" id={`${id}-error`}>
      {messages.join(" · ")}
    </span>
  );
}

export interface InputProps {
  /** The definition path the input fills; also its name, and the base of its id. */
  path: string;
  label: string;
  value: string;
  problems: ProblemsByAnchor;
  hint?: string | undefined;
  lang?: "th" | "en" | undefined;
  isMultiline?: boolean;
  isShort?: boolean;
  inputmode?: "numeric" | "decimal" | undefined;
}

/** A labelled text input or text area with its hint and the problems found in it. */
export function EditorInput(props: InputProps) {
  const id = fieldId(props.path);
  const errors = props.problems.get(props.path) ?? [];
  const hasError = errors.length > 0;
  const classes = ["input", hasError ? "input--error" : "", props.isShort ? "input--short" : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    class: classes,
    id,
    name: props.path,
    lang: props.lang,
    "aria-invalid": hasError ? "true" : undefined,
    "aria-describedby": describedBy(props.hint && `${id}-hint`, hasError && `${id}-error`),
  };
  return (
    <div class={hasError ? "field field--error" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <ErrorMessages id={id} messages={errors} />
      {props.isMultiline ? (
        <textarea {...common} rows={3}>
          {props.value}
        </textarea>
      ) : (
        <input {...common} type="text" value={props.value} inputmode={props.inputmode} />
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A labelled choice of one; a value not among the options shows as "choose one". */
export function EditorSelect({
  path,
  label,
  value,
  options,
  placeholder,
  problems,
  hint,
}: {
  path: string;
  label: string;
  value: string;
  options: readonly Option[];
  placeholder: string;
  problems: ProblemsByAnchor;
  hint?: string;
}) {
  const id = fieldId(path);
  const errors = problems.get(path) ?? [];
  const hasError = errors.length > 0;
  const isKnown = options.some((option) => option.value === value);
  return (
    <div class={hasError ? "field field--error" : "field"}>
      <label for={id}>{label}</label>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <ErrorMessages id={id} messages={errors} />
      <select
        class={hasError ? "input input--error" : "input"}
        id={id}
        name={path}
        aria-invalid={hasError ? "true" : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, hasError && `${id}-error`)}
      >
        {isKnown ? null : (
          <option value="" selected>
            {placeholder}
          </option>
        )}
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes under one legend, for a list of choices (who may apply, life events). */
export function EditorCheckboxes({
  path,
  legend,
  values,
  options,
  problems,
}: {
  path: string;
  legend: string;
  values: readonly string[];
  options: readonly Option[];
  problems: ProblemsByAnchor;
}) {
  const id = fieldId(path);
  const errors = problems.get(path) ?? [];
  return (
    <div class={errors.length > 0 ? "field field--error" : "field"}>
      <fieldset id={id} aria-describedby={errors.length > 0 ? `${id}-error` : undefined}>
        <legend>{legend}</legend>
        <ErrorMessages id={id} messages={errors} />
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div>
              <input
                type="checkbox"
                id={optionId}
                name={path}
                value={option.value}
                checked={values.includes(option.value)}
              />{" "}
              <label for={optionId}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** One part of the definition, a fieldset the problem summary can link to. */
export function EditorPart({
  path,
  legend,
  problems,
  children,
}: {
  path: string;
  legend: string;
  problems: ProblemsByAnchor;
  children: Child;
}) {
  const id = fieldId(path);
  const errors = problems.get(path) ?? [];
  return (
    <fieldset
      class="editor-part"
      id={id}
      tabindex={-1}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <ErrorMessages id={id} messages={errors} />
      {children}
    </fieldset>
  );
}

/** One row of a list (a step, a fee), with the button that takes it out. */
export function EditorRow({
  legend,
  removeLabel,
  removeAction,
  children,
}: {
  legend: string;
  removeLabel: string;
  removeAction: string;
  children: Child;
}) {
  return (
    <fieldset class="editor-row">
      <legend>{legend}</legend>
      {children}
      <button class="button button--secondary" type="submit" name="_action" value={removeAction}>
        {removeLabel}
      </button>
    </fieldset>
  );
}
