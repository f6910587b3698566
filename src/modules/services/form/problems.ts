import type { FieldProblem } from "@/core/errors";
import { type Locale, type Message, translate } from "@/core/i18n";

import { formMessages as m } from "./messages";
import type { BilingualText } from "./schema";

/**
 * A problem with one answer: the path of the question (`address.postcode`,
 * `household.1.name`), a stable code for programs and a message in both
 * languages for people.
 */
export interface AnswerProblem {
  field: string;
  code: string;
  message: BilingualText;
}

export type ProblemParams = Readonly<Record<string, string | number | BilingualText>>;

/** A message in both languages; a parameter may itself differ by language (a label). */
export function bilingual(message: Message, params: ProblemParams = {}): BilingualText {
  const inLocale = (locale: Locale) =>
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === "object" ? value[locale] : value,
      ]),
    );
  return {
    th: translate("th", message, inLocale("th")),
    en: translate("en", message, inLocale("en")),
  };
}

export function answerProblem(
  field: string,
  code: string,
  message: Message,
  params?: ProblemParams,
): AnswerProblem {
  return { field, code, message: bilingual(message, params) };
}

/** The problems as the kernel's error summary and API problem documents carry them. */
export function toFieldProblems(
  problems: readonly AnswerProblem[],
  locale: Locale,
): FieldProblem[] {
  return problems.map((problem) => ({ field: problem.field, message: problem.message[locale] }));
}

/** A size as people read it: "5 MB", "300 KB". Limits are binary megabytes, as file managers show them. */
export function formatBytes(bytes: number): BilingualText {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    const size = Number.isInteger(megabytes) ? megabytes : Number(megabytes.toFixed(1));
    return bilingual(m.sizes.megabytes, { size });
  }
  return bilingual(m.sizes.kilobytes, { size: Math.max(1, Math.round(bytes / 1024)) });
}
