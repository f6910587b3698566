import type { Condition, Field, FormDefinition, FormPage } from "./schema";

export type Answers = Record<string, unknown>;

/** An answer's own property only: an answer named "constructor" must not read Object's. */
export function ownValue(record: unknown, key: string): unknown {
  return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a person has given an answer: empty text, no ticks and an empty address are no answer. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.values(value).some(isAnswered);
  return true;
}

export function evaluateCondition(
  condition: Condition,
  valueOf: (fieldId: string) => unknown,
): boolean {
  if ("all" in condition) return condition.all.every((part) => evaluateCondition(part, valueOf));
  if ("any" in condition) return condition.any.some((part) => evaluateCondition(part, valueOf));
  if ("not" in condition) return !evaluateCondition(condition.not, valueOf);
  const value = valueOf(condition.field);
  if (condition.answered !== undefined) return isAnswered(value) === condition.answered;
  if (condition.includes !== undefined)
    return Array.isArray(value) && value.includes(condition.includes);
  if (condition.in !== undefined) return condition.in.some((candidate) => candidate === value);
  if (condition.notEquals !== undefined) return value !== condition.notEquals;
  return condition.equals !== undefined && value === condition.equals;
}

/** The questions a condition looks at. */
export function conditionFieldIds(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(conditionFieldIds);
  if ("any" in condition) return condition.any.flatMap(conditionFieldIds);
  if ("not" in condition) return conditionFieldIds(condition.not);
  return [condition.field];
}

export interface ResolvedForm {
  pages: FormPage[];
  shown: ReadonlySet<string>;
  required: ReadonlySet<string>;
}

/**
 * Walks the form in order, deciding which pages are asked, which questions
 * are shown and which are required. `settle` gives the value a shown question
 * contributes to later conditions (the stored answer, or the checked one); a
 * question not shown counts as unanswered. Conditions look only at earlier
 * questions, so one pass decides everything.
 */
export function resolveForm(
  form: FormDefinition,
  settle: (field: Field, isRequired: boolean) => unknown,
): ResolvedForm {
  const values = new Map<string, unknown>();
  const valueOf = (fieldId: string) => values.get(fieldId);
  const pages: FormPage[] = [];
  const shown = new Set<string>();
  const required = new Set<string>();
  for (const page of form.pages) {
    if (page.skipUnless && !evaluateCondition(page.skipUnless, valueOf)) continue;
    pages.push(page);
    for (const field of page.fields) {
      const isShown =
        (!field.showIf || evaluateCondition(field.showIf, valueOf)) &&
        !(field.hideIf && evaluateCondition(field.hideIf, valueOf));
      if (!isShown) continue;
      shown.add(field.id);
      const isRequired =
        field.required === true ||
        field.type === "declaration" ||
        (field.requireIf !== undefined && evaluateCondition(field.requireIf, valueOf));
      if (isRequired) required.add(field.id);
      values.set(field.id, settle(field, isRequired));
    }
  }
  return { pages, shown, required };
}

/** The pages asked, given the answers so far. */
export function visiblePages(form: FormDefinition, answers: Answers): FormPage[] {
  return resolveForm(form, (field) => ownValue(answers, field.id)).pages;
}

/** Whether a question is asked, given the answers so far. */
export function isFieldShown(form: FormDefinition, answers: Answers, fieldId: string): boolean {
  return resolveForm(form, (field) => ownValue(answers, field.id)).shown.has(fieldId);
}

/**
 * One screen of the form: a page, or one question when the form asks one per
 * page. Its id is the page's id, or the question's id.
 */
export interface FormStepOutline {
  id: string;
  page: FormPage;
  fields: Field[];
}

/** The screens a person goes through, in order, given the answers so far. */
export function formSteps(form: FormDefinition, answers: Answers): FormStepOutline[] {
  const resolved = resolveForm(form, (field) => ownValue(answers, field.id));
  if (!form.onePerPage) {
    // A question whose condition looks at its own page is put on it either way:
    // the person may still change the answer it depends on there.
    return resolved.pages
      .map((page) => ({
        id: page.id,
        page,
        fields: page.fields.filter(
          (field) => resolved.shown.has(field.id) || dependsOnOwnPage(field, page),
        ),
      }))
      .filter((step) => step.fields.length > 0);
  }
  return resolved.pages.flatMap((page) =>
    page.fields
      .filter((field) => resolved.shown.has(field.id))
      .map((field) => ({ id: field.id, page, fields: [field] })),
  );
}

/** Whether a question's conditions look at another question on the same page. */
export function dependsOnOwnPage(field: Field, page: FormPage): boolean {
  const onPage = new Set(page.fields.map((each) => each.id));
  return [field.showIf, field.hideIf, field.requireIf].some(
    (condition) =>
      condition !== undefined && conditionFieldIds(condition).some((id) => onPage.has(id)),
  );
}

/** Every question of the form, groups' columns excluded, with the page it is on. */
export function allFields(form: FormDefinition): { page: FormPage; field: Field }[] {
  return form.pages.flatMap((page) => page.fields.map((field) => ({ page, field })));
}

/** The ids of the form's file questions: their answers name the uploads an application keeps. */
export function formFileFieldIds(form: FormDefinition): string[] {
  return allFields(form)
    .filter(({ field }) => field.type === "file")
    .map(({ field }) => field.id);
}

export function findField(form: FormDefinition, fieldId: string): Field | undefined {
  for (const page of form.pages) {
    const found = page.fields.find((field) => field.id === fieldId);
    if (found) return found;
  }
  return undefined;
}
