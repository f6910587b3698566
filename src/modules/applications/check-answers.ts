import { AppError } from "@/core/errors";
import type { Locale } from "@/core/i18n";
import { type FormDefinition, formFileFieldIds, validateAnswers } from "@/modules/services";

import type { AttachmentRecord } from "./draft-repo";

/**
 * Checks submitted answers against the form, every field at once, and names
 * the uploads they use. A refusal lists each problem by field, in the
 * person's language and in both for programs.
 */
export function checkAnswers(options: {
  form: FormDefinition;
  answers: unknown;
  uploads: readonly AttachmentRecord[];
  locale: Locale;
}): { answers: Record<string, unknown>; attachments: AttachmentRecord[] } {
  const byId = new Map(options.uploads.map((upload) => [upload.id, upload]));
  const result = validateAnswers({
    form: options.form,
    answers: options.answers,
    attachments: (id) => byId.get(id),
    mode: "submit",
  });
  if (!result.ok) {
    throw new AppError("validation_failed", "Some answers need correcting.", {
      fields: result.problems.map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: problem.message[options.locale],
        messages: problem.message,
      })),
    });
  }
  const used = new Set<string>();
  for (const fieldId of formFileFieldIds(options.form)) {
    const value = result.answers[fieldId];
    if (Array.isArray(value)) for (const id of value) if (typeof id === "string") used.add(id);
  }
  return {
    answers: result.answers,
    attachments: options.uploads.filter((upload) => used.has(upload.id)),
  };
}
