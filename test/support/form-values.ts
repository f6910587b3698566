import { attributesOf, decodeEntities, findForm } from "./browser-session";

/**
 * The values a browser would send for a form of a page, read from its markup:
 * text inputs and hidden fields, text areas, the selected option of each
 * select, and checked boxes and radios. Submit buttons are left out; a test
 * adds the one it presses.
 */

/** The markup inside the first form posting to `action`, or an error. */
export function formMarkup(html: string, action: string): string {
  const form = findForm(html, action);
  if (form === null) throw new Error(`No form posts to ${action}.`);
  return form;
}

export function formValues(html: string, action: string): [string, string][] {
  const form = formMarkup(html, action);
  const values: [string, string][] = [];
  const controls =
    /<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g;
  for (const match of form.matchAll(controls)) {
    const [whole, textareaAttributes, textareaBody, selectAttributes, selectBody] = match;
    if (textareaAttributes !== undefined) {
      const name = attributesOf(textareaAttributes).name;
      if (name) values.push([name, decodeEntities(textareaBody ?? "")]);
    } else if (selectAttributes !== undefined) {
      const name = attributesOf(selectAttributes).name;
      const options = [...(selectBody ?? "").matchAll(/<option\b([^>]*)>/g)].map((option) =>
        attributesOf(option[1] ?? ""),
      );
      const chosen = options.find((option) => "selected" in option) ?? options[0];
      if (name && chosen) values.push([name, chosen.value ?? ""]);
    } else {
      const input = attributesOf(whole);
      const type = input.type ?? "text";
      if (!input.name || type === "submit" || type === "file") continue;
      if ((type === "checkbox" || type === "radio") && !("checked" in input)) continue;
      values.push([input.name, input.value ?? (type === "checkbox" ? "on" : "")]);
    }
  }
  return values;
}

/** Sets (replaces) one field's value in a list of form values. */
export function withValue(
  values: [string, string][],
  name: string,
  value: string,
): [string, string][] {
  return [...values.filter(([key]) => key !== name), [name, value]];
}

export function asBody(values: [string, string][]): string {
  const body = new URLSearchParams();
  for (const [name, value] of values) body.append(name, value);
  return body.toString();
}
