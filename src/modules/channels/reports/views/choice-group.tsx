import { fieldId } from "@/core/ui/components";

/** Radio buttons under one legend, with a hint and an error described for assistive technology. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  choices: { value: string; label: string }[];
  value: string;
}) {
  const id = fieldId(props.name);
  const describedBy =
    [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <fieldset id={id} aria-describedby={describedBy}>
        <legend>{props.legend}</legend>
        {props.hint ? (
          <span class="hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        ) : null}
        {props.error ? (
          <span class="error-message" id={`${id}-error`}>
            {props.error}
          </span>
        ) : null}
        {props.choices.map((choice) => {
          const choiceId = `${id}-${choice.value || "none"}`;
          return (
            <div class="choice">
              <input
                type="radio"
                id={choiceId}
                name={props.name}
                value={choice.value}
                checked={props.value === choice.value}
              />
              <label for={choiceId}>{choice.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
