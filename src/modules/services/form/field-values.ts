import { z } from "@hono/zod-openapi";

import type { Message } from "@/core/i18n";
import {
  isValidThaiCitizenId,
  isValidThaiJuristicPersonId,
  normalizeThaiIdInput,
} from "@/core/identity/thai-id";

import { checkAddress } from "./address-values";
import { isAnswered } from "./conditions";
import { formatIsoDate, isRealIsoDate, resolveDateBound } from "./dates";
import { formMessages as m } from "./messages";
import {
  type AnswerProblem,
  answerProblem,
  bilingual,
  formatBytes,
  type ProblemParams,
} from "./problems";
import {
  type AnyField,
  type BilingualText,
  DEFAULT_MAX_FILES,
  defaultMaxLength,
  type Field,
  type FileField,
} from "./schema";

/** What the caller knows of an upload: which question it was made for, its type and size. */
export interface AttachmentInfo {
  fieldId: string;
  mediaType: string;
  size: number;
  filename?: string;
}

export type AttachmentLookup = (attachmentId: string) => AttachmentInfo | undefined;

export interface CheckContext {
  mode: "draft" | "submit";
  now: Date;
  attachments: AttachmentLookup;
}

/** A checked answer: its normalised value (undefined when unanswered or wrong) and its problems. */
export interface Checked {
  value: unknown;
  problems: AnswerProblem[];
}

const none: Checked = { value: undefined, problems: [] };
const THAI_DIGITS = /[๐-๙]/g;
const emailSchema = z.email();
const patterns = new Map<string, RegExp>();

export function asciiDigits(value: string): string {
  return value.replace(THAI_DIGITS, (digit) => String(digit.codePointAt(0)! - 0x0e50));
}

/** A Thai phone number as 0 followed by 8 or 9 digits, from what people type (+66, dashes, spaces). */
export function normalizePhone(value: string): string | undefined {
  let digits = asciiDigits(value).replace(/[\s\-().]/g, "");
  if (digits.startsWith("+66")) digits = digits.slice(3);
  else if (digits.startsWith("0066")) digits = digits.slice(4);
  if (!digits.startsWith("0")) digits = `0${digits}`;
  return /^0[1-9]\d{7,8}$/.test(digits) ? digits : undefined;
}

export function normalizePassport(value: string): string | undefined {
  const compact = value.replace(/[\s-]/g, "").toUpperCase();
  return /^[A-Z0-9]{6,12}$/.test(compact) ? compact : undefined;
}

function fullMatch(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(`^(?:${pattern})$`, "u");
    patterns.set(pattern, compiled);
  }
  return compiled;
}

function fail(path: string, code: string, message: Message, params: ProblemParams = {}): Checked {
  return { value: undefined, problems: [answerProblem(path, code, message, params)] };
}

/** Checks and normalises one answer for its type; whether it is required is decided by the caller. */
export function checkFieldValue(
  field: Exclude<AnyField, { type: "group" }>,
  raw: unknown,
  path: string,
  label: BilingualText,
  context: CheckContext,
): Checked {
  if (field.type === "thai_address") return checkAddress(field, raw, path, label, context);
  if (raw === undefined || raw === null) return none;
  const invalidType = () => fail(path, "invalid_type", m.problems.invalidType, { label });
  switch (field.type) {
    case "text":
    case "textarea": {
      if (typeof raw !== "string") return invalidType();
      const value = field.type === "textarea" ? raw.replace(/\r\n?/g, "\n").trim() : raw.trim();
      if (value === "") return none;
      const max = field.maxLength ?? defaultMaxLength[field.type];
      if (value.length > max) return fail(path, "too_long", m.problems.tooLong, { label, max });
      if (
        field.type === "text" &&
        field.pattern !== undefined &&
        !fullMatch(field.pattern).test(value)
      ) {
        return field.patternMessage
          ? {
              value: undefined,
              problems: [{ field: path, code: "pattern", message: field.patternMessage }],
            }
          : fail(path, "pattern", m.problems.pattern, { label });
      }
      return { value, problems: [] };
    }
    case "number": {
      if (typeof raw !== "number" || !Number.isFinite(raw)) {
        return raw === "" ? none : fail(path, "not_a_number", m.problems.notANumber, { label });
      }
      if (field.integer && !Number.isInteger(raw))
        return fail(path, "not_an_integer", m.problems.notAnInteger, { label });
      if (field.min !== undefined && raw < field.min)
        return fail(path, "too_small", m.problems.tooSmall, { label, min: field.min });
      if (field.max !== undefined && raw > field.max)
        return fail(path, "too_large", m.problems.tooLarge, { label, max: field.max });
      return { value: raw, problems: [] };
    }
    case "date": {
      if (raw === "") return none;
      if (typeof raw !== "string" && (typeof raw !== "object" || Array.isArray(raw)))
        return invalidType();
      if (typeof raw !== "string" || !isRealIsoDate(raw))
        return fail(path, "invalid_date", m.problems.invalidDate, { label });
      const min = resolveDateBound(field.min, context.now);
      const max = resolveDateBound(field.max, context.now);
      if (min !== undefined && raw < min) {
        return fail(path, "date_too_early", m.problems.dateTooEarly, { label, min: dateText(min) });
      }
      if (max !== undefined && raw > max) {
        return fail(path, "date_too_late", m.problems.dateTooLate, { label, max: dateText(max) });
      }
      return { value: raw, problems: [] };
    }
    case "radio":
    case "select": {
      if (typeof raw !== "string") return invalidType();
      if (raw === "") return none;
      return field.options.some((option) => option.value === raw)
        ? { value: raw, problems: [] }
        : fail(path, "invalid_option", m.problems.invalidOption, { label });
    }
    case "checkboxes": {
      if (!Array.isArray(raw) || raw.length > field.options.length * 2) return invalidType();
      if (
        !raw.every(
          (value) =>
            typeof value === "string" && field.options.some((option) => option.value === value),
        )
      ) {
        return fail(path, "invalid_option", m.problems.invalidOption, { label });
      }
      const value = field.options
        .map((option) => option.value)
        .filter((option) => raw.includes(option));
      if (value.length === 0) return none;
      if (field.minSelections !== undefined && value.length < field.minSelections) {
        return fail(path, "too_few_selected", m.problems.tooFewSelected, {
          label,
          min: field.minSelections,
        });
      }
      if (field.maxSelections !== undefined && value.length > field.maxSelections) {
        return fail(path, "too_many_selected", m.problems.tooManySelected, {
          label,
          max: field.maxSelections,
        });
      }
      return { value, problems: [] };
    }
    case "yes_no":
    case "declaration":
      return typeof raw === "boolean" ? { value: raw, problems: [] } : invalidType();
    case "citizen_id":
    case "juristic_id": {
      if (typeof raw !== "string") return invalidType();
      if (raw.trim() === "") return none;
      const digits = normalizeThaiIdInput(raw.trim());
      const isValid =
        field.type === "citizen_id"
          ? isValidThaiCitizenId(digits)
          : isValidThaiJuristicPersonId(digits);
      if (isValid) return { value: digits, problems: [] };
      return field.type === "citizen_id"
        ? fail(path, "invalid_citizen_id", m.problems.invalidCitizenId, { label })
        : fail(path, "invalid_juristic_id", m.problems.invalidJuristicId, { label });
    }
    case "passport":
    case "phone":
    case "email": {
      if (typeof raw !== "string") return invalidType();
      const trimmed = raw.trim();
      if (trimmed === "") return none;
      if (field.type === "passport") {
        const value = normalizePassport(trimmed);
        return value
          ? { value, problems: [] }
          : fail(path, "invalid_passport", m.problems.invalidPassport, { label });
      }
      if (field.type === "phone") {
        const value = trimmed.length <= 30 ? normalizePhone(trimmed) : undefined;
        return value
          ? { value, problems: [] }
          : fail(path, "invalid_phone", m.problems.invalidPhone, { label });
      }
      return trimmed.length <= 254 && emailSchema.safeParse(trimmed).success
        ? { value: trimmed, problems: [] }
        : fail(path, "invalid_email", m.problems.invalidEmail, { label });
    }
    case "file":
      return checkFiles(field, raw, path, label, context);
  }
}

function checkFiles(
  field: FileField,
  raw: unknown,
  path: string,
  label: BilingualText,
  context: CheckContext,
): Checked {
  if (!Array.isArray(raw) || !raw.every((id) => typeof id === "string" && id.length <= 100)) {
    return fail(path, "invalid_type", m.problems.invalidType, { label });
  }
  const ids = [...new Set(raw as string[])];
  if (ids.length === 0) return none;
  const maxFiles = field.multiple ? (field.maxFiles ?? DEFAULT_MAX_FILES) : 1;
  if (ids.length > maxFiles)
    return fail(path, "too_many_files", m.problems.tooManyFiles, { label, max: maxFiles });
  for (const id of ids) {
    const attachment = context.attachments(id);
    if (!attachment || attachment.fieldId !== field.id) {
      return fail(path, "unknown_attachment", m.problems.unknownAttachment, { label });
    }
    if (!(field.accept as readonly string[]).includes(attachment.mediaType)) {
      return fail(path, "file_type_not_allowed", m.problems.storedFileTypeNotAllowed, {
        label,
        types: mediaTypeNames(field),
      });
    }
    if (attachment.size > field.maxBytes) {
      return fail(path, "file_too_large", m.problems.storedFileTooLarge, {
        label,
        limit: formatBytes(field.maxBytes),
      });
    }
  }
  return { value: ids, problems: [] };
}

/** The accepted types as people know them: JPEG, PNG, PDF. */
export function mediaTypeNames(field: Pick<FileField, "accept">): string {
  const names = { "image/jpeg": "JPEG", "image/png": "PNG", "application/pdf": "PDF" } as const;
  return field.accept.map((type) => names[type]).join(", ");
}

function dateText(iso: string): BilingualText {
  return { th: formatIsoDate(iso, "th"), en: formatIsoDate(iso, "en") };
}

/** The problem for a required question left unanswered, worded for how it is answered. */
export function requiredProblem(
  field: AnyField,
  path: string,
  label: BilingualText,
): AnswerProblem {
  if (field.type === "declaration")
    return answerProblem(path, "declaration_required", m.problems.declarationRequired);
  const message =
    field.type === "file"
      ? m.problems.requiredAttach
      : ["radio", "select", "checkboxes", "yes_no"].includes(field.type)
        ? m.problems.requiredChoose
        : m.problems.requiredEnter;
  return { field: path, code: "required", message: bilingual(message, { label }) };
}

/** Whether a checked value still leaves a required question unanswered. */
export function leavesRequiredUnanswered(field: Field | AnyField, value: unknown): boolean {
  return field.type === "declaration" ? value !== true : !isAnswered(value);
}
