import type { Locale } from "@/core/i18n";

import { findField } from "../conditions";
import { formatIsoDate } from "../dates";
import { formMessages as m } from "../messages";
import { bilingual } from "../problems";
import type { Condition, Field, FormDefinition } from "../schema";

/**
 * A condition in words, for the hint beside a question whose condition looks
 * at an answer on the same page: without JavaScript the question is always
 * there, so the person reads when it applies.
 */
export function describeCondition(
  form: FormDefinition,
  condition: Condition,
  locale: Locale,
): string {
  if ("all" in condition || "any" in condition) {
    const parts = "all" in condition ? condition.all : condition.any;
    const joiner = bilingual("all" in condition ? m.conditions.and : m.conditions.or)[locale];
    return parts.map((part) => describeCondition(form, part, locale)).join(joiner);
  }
  if ("not" in condition) {
    return bilingual(m.conditions.not, {
      condition: describeCondition(form, condition.not, locale),
    })[locale];
  }
  const field = findField(form, condition.field);
  const label = field?.label ?? { th: condition.field, en: condition.field };
  const say = (message: Parameters<typeof bilingual>[0], params: Record<string, string>) =>
    bilingual(message, { label, ...params })[locale];
  if (condition.answered !== undefined) {
    return say(condition.answered ? m.conditions.answered : m.conditions.notAnswered, {});
  }
  if (condition.includes !== undefined) {
    return say(m.conditions.includes, { value: valueText(field, condition.includes, locale) });
  }
  if (condition.in !== undefined) {
    const joiner = bilingual(m.conditions.or)[locale];
    return say(m.conditions.in, {
      values: condition.in.map((value) => `“${valueText(field, value, locale)}”`).join(joiner),
    });
  }
  if (condition.notEquals !== undefined) {
    return say(m.conditions.notEquals, { value: valueText(field, condition.notEquals, locale) });
  }
  return say(m.conditions.equals, { value: valueText(field, condition.equals ?? "", locale) });
}

/** A value as the person chose it: the option's label, yes or no, a date in the locale's era. */
function valueText(
  field: Field | undefined,
  value: string | number | boolean,
  locale: Locale,
): string {
  if (typeof value === "boolean") {
    return bilingual(value ? m.controls.yes : m.controls.no)[locale];
  }
  if (field && "options" in field) {
    const option = field.options.find((each) => each.value === value);
    if (option) return option.label[locale];
  }
  if (field?.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatIsoDate(value, locale);
  }
  return String(value);
}
