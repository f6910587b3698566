import type { FieldProblem } from "@/core/errors";
import { isValidThaiCitizenId } from "@/core/identity/thai-id";

import type { DocumentFieldDefinition } from "./schema";

const MAX_VALUE_LENGTH = 2000;

function problem(field: string, code: string, th: string, en: string): FieldProblem {
  return { field, code, message: en, messages: { th, en } };
}

/** A calendar date as the data carries it: YYYY-MM-DD (Gregorian), a real day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * What is wrong with a document's data, field by field, in Thai and English:
 * a required field missing, a date that is not a date, a number that is not
 * a number, a field the document type does not have.
 */
export function documentDataProblems(
  fields: readonly DocumentFieldDefinition[],
  data: Readonly<Record<string, string>>,
  holder: { name: string; nationalId?: string | null },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = holder.name.trim();
  if (name.length === 0 || name.length > 300) {
    problems.push(
      problem(
        "holder.name",
        "required",
        "กรุณาระบุชื่อผู้ถือเอกสาร (ไม่เกิน 300 ตัวอักษร)",
        "Give the holder's name (at most 300 characters).",
      ),
    );
  }
  if (holder.nationalId != null && !isValidThaiCitizenId(holder.nationalId)) {
    problems.push(
      problem(
        "holder.nationalId",
        "invalid_check_digit",
        "เลขประจำตัวประชาชนไม่ถูกต้อง ตรวจตัวเลข 13 หลักอีกครั้ง",
        "The national ID is not valid; check its 13 digits.",
      ),
    );
  }
  const known = new Set(fields.map((field) => field.key));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) {
      problems.push(
        problem(
          `data.${key}`,
          "unknown_field",
          `เอกสารประเภทนี้ไม่มีช่อง "${key}"`,
          `This document type has no field "${key}".`,
        ),
      );
    }
  }
  for (const field of fields) {
    const value = data[field.key]?.trim() ?? "";
    const path = `data.${field.key}`;
    if (value === "") {
      if (field.required) {
        problems.push(
          problem(
            path,
            "required",
            `กรุณาระบุ${field.label.th}`,
            `Give the ${field.label.en.toLowerCase()}.`,
          ),
        );
      }
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      problems.push(
        problem(
          path,
          "too_long",
          `${field.label.th}ยาวเกิน ${MAX_VALUE_LENGTH} ตัวอักษร`,
          `${field.label.en} is longer than ${MAX_VALUE_LENGTH} characters.`,
        ),
      );
    } else if (field.type === "date" && !isCalendarDate(value)) {
      problems.push(
        problem(
          path,
          "invalid_date",
          `${field.label.th}ต้องเป็นวันที่แบบ ค.ศ. ปปปป-ดด-วว เช่น 2026-11-22`,
          `${field.label.en} must be a date as YYYY-MM-DD, e.g. 2026-11-22.`,
        ),
      );
    } else if (field.type === "number" && !/^-?\d+(\.\d+)?$/.test(value)) {
      problems.push(
        problem(
          path,
          "invalid_number",
          `${field.label.th}ต้องเป็นตัวเลข เช่น 3.25`,
          `${field.label.en} must be a number, e.g. 3.25.`,
        ),
      );
    }
  }
  return problems;
}
