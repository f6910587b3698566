/**
 * The values a browser would send for a form of a page, read from its markup:
 * text inputs and hidden fields, text areas, the selected option of each
 * select, and checked boxes and radios. Submit buttons are left out; a test
 * adds the one it presses.
 */

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) {
    const [, name, value] = match;
    if (name) found[name.toLowerCase()] = decode(value ?? "");
  }
  return found;
}

/** The markup inside the first form posting to `action`, or an error. */
export function formMarkup(html: string, action: string): string {
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    if (attributes(match[1] ?? "").action === action) return match[2] ?? "";
  }
  throw new Error(`No form posts to ${action}.`);
}

export function formValues(html: string, action: string): [string, string][] {
  const form = formMarkup(html, action);
  const values: [string, string][] = [];
  const controls =
    /<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g;
  for (const match of form.matchAll(controls)) {
    const [whole, textareaAttributes, textareaBody, selectAttributes, selectBody] = match;
    if (textareaAttributes !== undefined) {
      const name = attributes(textareaAttributes).name;
      if (name) values.push([name, decode(textareaBody ?? "")]);
    } else if (selectAttributes !== undefined) {
      const name = attributes(selectAttributes).name;
      const options = [...(selectBody ?? "").matchAll(/<option\b([^>]*)>/g)].map((option) =>
        attributes(option[1] ?? ""),
      );
      const chosen = options.find((option) => "selected" in option) ?? options[0];
      if (name && chosen) values.push([name, chosen.value ?? ""]);
    } else {
      const input = attributes(whole);
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
