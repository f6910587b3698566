import type { Child } from "hono/jsx";

import { type Locale, type Message, type Params, translate } from "@/core/i18n";
import { fieldId } from "@/core/ui/components";

import { isRecord } from "../conditions";
import { partsFromIso } from "../dates";
import { formMessages as m } from "../messages";
import type { AnyField } from "../schema";

/** What a file answer shows of each upload: the caller looks its uploads up. */
export interface AttachmentDisplay {
  filename: string;
  size: number;
}

export interface ControlContext {
  locale: Locale;
  /** The message of the first problem at exactly this path, in the page's language. */
  errorFor: (path: string) => string | undefined;
  attachmentOf?: ((attachmentId: string) => AttachmentDisplay | undefined) | undefined;
}

export interface ControlProps {
  field: AnyField;
  /** The answer's path (`household.0.name`): the element ids and the problems follow it. */
  path: string;
  /** The name the value is posted under (`household[0][name]`). */
  name: string;
  value: unknown;
  isOptional: boolean;
  /** "Answer only if …": hidden by the script, which shows and hides the question itself. */
  conditionHint?: string | undefined;
  /** "Required if …": stays, since the script does not mark questions required. */
  requiredHint?: string | undefined;
  context: ControlContext;
}

export function say(locale: Locale, message: Message, params?: Params): string {
  return translate(locale, message, params);
}

export function ids(path: string, hasHint: boolean, error: string | undefined) {
  const id = fieldId(path);
  const hintId = hasHint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    id,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
}

export function LabelText({ props }: { props: ControlProps }) {
  const { field, isOptional, context } = props;
  return (
    <>
      {field.label[context.locale]}
      {isOptional ? ` ${say(context.locale, m.controls.optional)}` : ""}
    </>
  );
}

export function Hints({
  props,
  hintId,
  extra,
}: {
  props: ControlProps;
  hintId: string | undefined;
  extra?: Child;
}) {
  if (!hintId) return null;
  const { field, context } = props;
  return (
    <span class="hint" id={hintId}>
      {field.hint ? <span>{field.hint[context.locale]} </span> : null}
      {props.requiredHint ? <span>{props.requiredHint} </span> : null}
      {props.conditionHint ? <span data-condition-hint>{props.conditionHint} </span> : null}
      {extra}
    </span>
  );
}

export function hasHints(props: ControlProps, extra = false): boolean {
  return Boolean(props.field.hint || props.requiredHint || props.conditionHint || extra);
}

export function ErrorText({ id, error }: { id: string | undefined; error: string | undefined }) {
  return error ? (
    <span class="error-message" id={id}>
      {error}
    </span>
  ) : null;
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

interface InputKind {
  type: "text" | "tel" | "email";
  inputmode?: "decimal" | "numeric" | "tel" | "email";
  autocomplete?: string;
  width?: string;
}

const inputKinds: Partial<Record<AnyField["type"], InputKind>> = {
  text: { type: "text" },
  number: { type: "text", inputmode: "decimal", width: "input--short" },
  citizen_id: { type: "text", inputmode: "numeric", autocomplete: "off", width: "input--short" },
  juristic_id: { type: "text", inputmode: "numeric", autocomplete: "off", width: "input--short" },
  passport: { type: "text", autocomplete: "off", width: "input--short" },
  phone: { type: "tel", inputmode: "tel", autocomplete: "tel", width: "input--short" },
  email: { type: "email", inputmode: "email", autocomplete: "email" },
};

/** A question answered in one box: text, number, IDs, phone, e-mail, or a longer text. */
export function InputControl({ props }: { props: ControlProps }) {
  const { field, context } = props;
  const error = context.errorFor(props.path);
  const { id, hintId, errorId, describedBy } = ids(props.path, hasHints(props), error);
  const kind = inputKinds[field.type] ?? { type: "text" };
  const classes = ["input", kind.width ?? "", error ? "input--error" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>
        <LabelText props={props} />
      </label>
      <Hints props={props} hintId={hintId} />
      <ErrorText id={errorId} error={error} />
      {field.type === "textarea" ? (
        <textarea
          class={classes}
          id={id}
          name={props.name}
          rows={5}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy}
        >
          {text(props.value)}
        </textarea>
      ) : (
        <>
          <input
            class={classes}
            id={id}
            name={props.name}
            type={kind.type}
            value={text(props.value)}
            inputmode={kind.inputmode}
            autocomplete={kind.autocomplete}
            spellcheck={field.type === "email" || field.type === "passport" ? false : undefined}
            data-kind={field.type === "number" ? "number" : undefined}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={describedBy}
          />
          {field.type === "number" && field.unit ? (
            <span class="input-unit">{field.unit[context.locale]}</span>
          ) : null}
        </>
      )}
    </div>
  );
}

/** A question answered by choosing: radios, a select, checkboxes or yes / no. */
export function ChoiceControl({ props }: { props: ControlProps }) {
  const { field, context } = props;
  const { locale } = context;
  const error = context.errorFor(props.path);
  const { id, hintId, errorId, describedBy } = ids(props.path, hasHints(props), error);
  if (field.type === "select") {
    return (
      <div class={error ? "field field--error" : "field"}>
        <label for={id}>
          <LabelText props={props} />
        </label>
        <Hints props={props} hintId={hintId} />
        <ErrorText id={errorId} error={error} />
        <select
          class={error ? "input input--error" : "input"}
          id={id}
          name={props.name}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy}
        >
          <option value="">{say(locale, m.controls.choose)}</option>
          {field.options.map((option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label[locale]}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const options =
    field.type === "yes_no"
      ? [
          { value: "yes", label: say(locale, m.controls.yes), checked: props.value === true },
          { value: "no", label: say(locale, m.controls.no), checked: props.value === false },
        ]
      : "options" in field
        ? field.options.map((option) => ({
            value: option.value,
            label: option.label[locale],
            checked: Array.isArray(props.value)
              ? props.value.includes(option.value)
              : props.value === option.value,
          }))
        : [];
  const type = field.type === "checkboxes" ? "checkbox" : "radio";
  return (
    <fieldset class={error ? "field field--error" : "field"} aria-describedby={describedBy}>
      <legend>
        <LabelText props={props} />
      </legend>
      <Hints props={props} hintId={hintId} />
      <ErrorText id={errorId} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div class="choice">
            <input
              id={optionId}
              type={type}
              name={props.name}
              value={option.value}
              checked={option.checked}
              data-kind={field.type === "yes_no" ? "yes_no" : undefined}
            />
            <label for={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A declaration: one statement the person must tick. */
export function DeclarationControl({ props }: { props: ControlProps }) {
  const { field, context } = props;
  const error = context.errorFor(props.path);
  const { id, hintId, errorId, describedBy } = ids(props.path, hasHints(props), error);
  return (
    <div class={error ? "field field--error" : "field"}>
      <Hints props={props} hintId={hintId} />
      <ErrorText id={errorId} error={error} />
      <div class="choice">
        <input
          id={id}
          type="checkbox"
          name={props.name}
          value="yes"
          checked={props.value === true}
          data-kind="declaration"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy}
        />
        <label for={id}>{field.label[context.locale]}</label>
      </div>
    </div>
  );
}

const monthNames = {
  th: Array.from({ length: 12 }, (_, index) =>
    new Intl.DateTimeFormat("th-TH", { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2000, index, 1)),
    ),
  ),
  en: Array.from({ length: 12 }, (_, index) =>
    new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2000, index, 1)),
    ),
  ),
};

/** A date typed as day, month (chosen by name) and year: Buddhist Era in Thai. */
export function DateControl({ props }: { props: ControlProps }) {
  const { context } = props;
  const { locale } = context;
  const error = context.errorFor(props.path);
  const { id, hintId, errorId, describedBy } = ids(props.path, true, error);
  const parts =
    typeof props.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(props.value)
      ? partsFromIso(props.value, locale)
      : isRecord(props.value)
        ? { day: props.value.day, month: props.value.month, year: props.value.year }
        : { day: "", month: "", year: "" };
  const inputClass = (width: string) =>
    ["input", width, error ? "input--error" : ""].filter(Boolean).join(" ");
  return (
    <fieldset
      class={error ? "field field--error" : "field"}
      role="group"
      aria-describedby={describedBy}
    >
      <legend>
        <LabelText props={props} />
      </legend>
      <Hints props={props} hintId={hintId} extra={say(locale, m.controls.dateHint)} />
      <ErrorText id={errorId} error={error} />
      <div class="date-input">
        <div>
          <label for={id}>{say(locale, m.controls.day)}</label>
          <input
            class={inputClass("input--width-2")}
            id={id}
            name={`${props.name}[day]`}
            value={text(parts.day)}
            inputmode="numeric"
          />
        </div>
        <div>
          <label for={`${id}-month`}>{say(locale, m.controls.month)}</label>
          <select class={inputClass("")} id={`${id}-month`} name={`${props.name}[month]`}>
            <option value="">{say(locale, m.controls.choose)}</option>
            {monthNames[locale].map((monthName, index) => (
              <option value={String(index + 1)} selected={Number(parts.month) === index + 1}>
                {monthName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-year`}>{say(locale, m.controls.year)}</label>
          <input
            class={inputClass("input--width-4")}
            id={`${id}-year`}
            name={`${props.name}[year]`}
            value={text(parts.year)}
            inputmode="numeric"
          />
        </div>
      </div>
    </fieldset>
  );
}
