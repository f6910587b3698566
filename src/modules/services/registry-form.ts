import type { Field, FormDefinition } from "./form/schema";
import type { IndexedRegistryRequirement } from "./registry-requirement";

/**
 * Where a requirement stands for one applicant: verified from the registry,
 * not (the person declined, the registry was down or had no record), or not
 * yet fetched (the form was not used: an API client, say).
 */
export type RequirementState = "verified" | "copy" | "pending";

/**
 * The form as one applicant meets it once the registries have answered (or
 * not). A requirement that was verified needs no copy: its fallback file
 * question is left out. One that was not asks for the copy: its fallback
 * question is shown and required whatever its own conditions say. One not
 * yet fetched leaves the question as its definition has it, as before the
 * form could fetch (the agency checks the registry itself). A page left
 * with no question is left out.
 */
export function formForRequirements(
  form: FormDefinition,
  requirements: readonly IndexedRegistryRequirement[],
  stateOf: (index: number) => RequirementState,
): FormDefinition {
  const asked = new Set<string>();
  const skipped = new Set<string>();
  for (const { index, requirement } of requirements) {
    if (!requirement.fallbackField) continue;
    const state = stateOf(index);
    if (state === "verified") skipped.add(requirement.fallbackField);
    if (state === "copy") asked.add(requirement.fallbackField);
  }
  // A question shared by two requirements is asked when either needs the copy.
  for (const fieldId of asked) skipped.delete(fieldId);
  if (asked.size === 0 && skipped.size === 0) return form;
  const pages = form.pages
    .map((page) => ({
      ...page,
      fields: page.fields.flatMap((field): Field[] => {
        if (asked.has(field.id)) return [askedFallback(field)];
        return skipped.has(field.id) ? [] : [field];
      }),
    }))
    .filter((page) => page.fields.length > 0);
  return { ...form, pages };
}

function askedFallback(field: Field): Field {
  const { showIf: _showIf, hideIf: _hideIf, requireIf: _requireIf, ...rest } = field;
  return { ...rest, required: true };
}
