import type { Child } from "hono/jsx";

import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant, type Locale, type Translate } from "@/core/i18n";
import { coreMessages as m } from "@/core/i18n/core-messages";

export function PageHeading({
  caption,
  children,
}: {
  caption?: string | undefined;
  children: Child;
}) {
  return (
    <>
      {caption ? <p class="caption">{caption}</p> : null}
      <h1>{children}</h1>
    </>
  );
}

/** The list of problems at the top of a form; each links to its field. */
export function ErrorSummary({ t, problems }: { t: Translate; problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t(m.form.errorSummaryTitle)}</h2>
      <ul>
        {problems.map((problem) => (
          <li>
            <a href={`#${fieldId(problem.field)}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

export interface TextFieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | undefined;
  type?: "text" | "email" | "password" | "tel" | "number" | "search";
  autocomplete?: string;
  inputmode?: "numeric" | "text" | "email" | "tel";
  isRequired?: boolean;
  isShort?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const classes = ["input", props.error ? "input--error" : "", props.isShort ? "input--short" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="error-message" id={errorId}>
          {props.error}
        </span>
      ) : null}
      <input
        class={classes}
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        required={props.isRequired}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** A text area with its label, hint and error, described for assistive technology like TextField. */
/** A labelled choice among options, e.g. a filter; `anyLabel` adds a first "any" option with no value. */
export function SelectField({
  name,
  label,
  value,
  options,
  id = fieldId(name),
  anyLabel,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  id?: string;
  anyLabel?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select class="input" id={id} name={name}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextAreaField(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | undefined;
  rows?: number;
  maxLength?: number;
  isCode?: boolean;
}) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="error-message" id={errorId}>
          {props.error}
        </span>
      ) : null}
      <textarea
        class="input textarea"
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxLength}
        spellcheck={props.isCode ? false : undefined}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {props.value ?? ""}
      </textarea>
    </div>
  );
}

/** A hidden field with the session's CSRF token; every form that changes something carries it. */
export function CsrfField({ token }: { token: string | null }) {
  return <input type="hidden" name="_csrf" value={token ?? ""} />;
}

export function Button({
  children,
  variant,
  name,
  value,
}: {
  children: Child;
  variant?: "secondary" | "warning";
  name?: string;
  value?: string;
}) {
  return (
    <button
      class={variant ? `button button--${variant}` : "button"}
      type="submit"
      name={name}
      value={value}
    >
      {children}
    </button>
  );
}

export function Tag({ tone, children }: { tone?: "ok" | "warn" | "error"; children: Child }) {
  return <strong class={tone ? `tag tag--${tone}` : "tag"}>{children}</strong>;
}

export function Notice({ tone, children }: { tone?: "ok"; children: Child }) {
  return (
    <div class={tone ? `notice notice--${tone}` : "notice"} role="status">
      {children}
    </div>
  );
}

export interface Column<Row> {
  header: string;
  cell: (row: Row) => Child;
}

export function Table<Row>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
}) {
  // A table wider than a phone scrolls sideways; keyboard users can only
  // scroll a region that takes focus, and a named region says what it holds.
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((column) => (
                <td>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface TimelineEntry {
  title: string;
  at: Date | null;
  detail?: string;
}

/** Steps of a process in order; an entry without a time is still to come. */
export function Timeline({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  return (
    <ol class="timeline">
      {entries.map((entry) => (
        <li class={entry.at ? "timeline__done" : undefined}>
          <strong>{entry.title}</strong>
          {entry.at ? (
            <time datetime={isoInstant(entry.at)}>{formatDate(entry.at, locale, "dateTime")}</time>
          ) : null}
          {entry.detail ? <p>{entry.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}
