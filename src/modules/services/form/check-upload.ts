import { fileTypeFromBuffer } from "file-type";

import type { Message } from "@/core/i18n";

import { findField } from "./conditions";
import { mediaTypeNames } from "./field-values";
import { formMessages as m } from "./messages";
import { type AnswerProblem, answerProblem, formatBytes, type ProblemParams } from "./problems";
import type { AcceptedMediaType, FileField, FormDefinition } from "./schema";

export type UploadCheck =
  | { ok: true; mediaType: AcceptedMediaType; filename: string }
  | { ok: false; problem: AnswerProblem };

type UploadTarget = { field: FileField } | { form: FormDefinition; fieldId: string };

/**
 * Checks an uploaded file for a file question: its type is read from its
 * content (never from its name or what the browser claims) and must be one
 * the question accepts, and its size must be within the question's limit.
 * A refusal gives the reason and the limit in Thai and English.
 */
export async function checkUpload(
  options: UploadTarget & { bytes: Uint8Array; filename: string },
): Promise<UploadCheck> {
  const filename = cleanFilename(options.filename);
  const field = "field" in options ? options.field : findField(options.form, options.fieldId);
  if (field?.type !== "file") {
    const fieldId = "field" in options ? options.field.id : options.fieldId;
    return {
      ok: false,
      problem: answerProblem(fieldId, "not_a_file_question", m.problems.notAFileQuestion),
    };
  }
  const label = field.label;
  const fail = (code: string, message: Message, params: ProblemParams = {}) => ({
    ok: false as const,
    problem: answerProblem(field.id, code, message, { label, filename, ...params }),
  });
  if (options.bytes.byteLength === 0) return fail("file_empty", m.problems.fileEmpty);
  if (options.bytes.byteLength > field.maxBytes) {
    return fail("file_too_large", m.problems.fileTooLarge, { limit: formatBytes(field.maxBytes) });
  }
  const detected = await fileTypeFromBuffer(options.bytes);
  const mediaType = field.accept.find((accepted) => accepted === detected?.mime);
  if (!mediaType) {
    return fail("file_type_not_allowed", m.problems.fileTypeNotAllowed, {
      types: mediaTypeNames(field),
    });
  }
  return { ok: true, mediaType, filename };
}

/** A name fit to show back and to send in a header: no path, no control characters, not too long. */
export function cleanFilename(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";

  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned === "" ? "file" : cleaned;
}
