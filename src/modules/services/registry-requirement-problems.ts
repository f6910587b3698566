import type { Message } from "@/core/i18n";

import type { FieldType, FormDefinition } from "./form/schema";
import { problemMessages as p } from "./problem-messages";
import { SUBJECT_FILL } from "./registry-requirement";
import type { ServiceDefinition } from "./schema";

/**
 * Types of question a fetched value can answer. A file, a list of ticks, a
 * table or a declaration is the person's own act, never a registry's.
 */
export const fillableFieldTypes: readonly FieldType[] = [
  "text",
  "textarea",
  "number",
  "date",
  "radio",
  "select",
  "yes_no",
  "citizen_id",
  "juristic_id",
  "passport",
  "phone",
  "email",
  "thai_address",
];

/** Questions the subject's own ID can answer. */
const subjectFieldTypes: readonly FieldType[] = ["citizen_id", "juristic_id", "text"];
/** Questions that take text made of several fields. */
const textFieldTypes: readonly FieldType[] = ["text", "textarea"];

export interface RegistryProblem {
  path: (string | number)[];
  what: Message;
}

/**
 * What a schema of the definition's shape cannot say about its registry
 * requirements: each names questions of the form that a fetched value can
 * answer (the subject's ID an ID question, text made of fields a text
 * question), no question is filled by two registries, and the fallback is a
 * file question of the form.
 */
export function registryRequirementProblems(definition: ServiceDefinition): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const fields = questionsOf(definition.form);
  const filledBy = new Map<string, number>();
  definition.documents.forEach((document, index) => {
    const requirement = document.registry;
    if (!requirement) return;
    const at = ["documents", index, "registry"];
    if (document.source !== "registry") {
      problems.push({
        path: ["documents", index, "source"],
        what: p.registry.sourceMustBeRegistry,
      });
    }
    if (!definition.form) {
      problems.push({ path: at, what: p.registry.needsForm });
      return;
    }
    for (const [fieldId, source] of Object.entries(requirement.fill)) {
      const path = [...at, "fill", fieldId];
      const type = fields.get(fieldId);
      if (type === undefined) problems.push({ path, what: p.registry.noSuchQuestion });
      else if (!fillableFieldTypes.includes(type)) {
        problems.push({ path, what: p.registry.cannotFill });
      } else if (filledBy.has(fieldId) && filledBy.get(fieldId) !== index) {
        problems.push({ path, what: p.registry.filledTwice });
      } else if (source === SUBJECT_FILL && !subjectFieldTypes.includes(type)) {
        problems.push({ path, what: p.registry.subjectNeedsId });
      } else if (source.includes("{") && !textFieldTypes.includes(type)) {
        problems.push({ path, what: p.registry.textNeedsText });
      }
      filledBy.set(fieldId, index);
    }
    const fallback = requirement.fallbackField;
    if (fallback !== undefined) {
      const path = [...at, "fallbackField"];
      const type = fields.get(fallback);
      if (type === undefined) problems.push({ path, what: p.registry.noSuchQuestion });
      else if (type !== "file") problems.push({ path, what: p.registry.fallbackNotFile });
    }
  });
  return problems;
}

/** The form's top-level questions by id: only those can be filled (a table's cells cannot). */
function questionsOf(form: FormDefinition | undefined): Map<string, FieldType> {
  return new Map(
    (form?.pages ?? []).flatMap((page) =>
      page.fields.map((field) => [field.id, field.type] as const),
    ),
  );
}
