import type { FieldProblem } from "@/core/errors";

import { documentDataProblems } from "../document-data";
import type { DocumentType } from "../schema";
import { isTranscriptType, type TranscriptCourse, transcriptCourseProblems } from "../transcripts";
import type { BatchItemInput } from "./schema";

function problem(field: string, code: string, th: string, en: string): FieldProblem {
  return { field, code, message: en, messages: { th, en } };
}

/**
 * A row as the document will carry it: values as trimmed text, empty values
 * left out (an optional field the CSV left blank), an empty national ID as none.
 */
export function normaliseItem(raw: {
  holder: { nationalId?: string | null | undefined; name: string };
  data: Readonly<Record<string, string | number>>;
  courses?: TranscriptCourse[] | undefined;
  idempotencyKey?: string | undefined;
  sourceLine?: number | undefined;
}): BatchItemInput {
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw.data)) {
    const text = String(value).trim();
    if (text !== "") data[key] = text;
  }
  const nationalId = raw.holder.nationalId?.trim() ?? "";
  return {
    holder: { nationalId: nationalId === "" ? null : nationalId, name: raw.holder.name.trim() },
    data,
    ...(raw.courses ? { courses: raw.courses } : {}),
    ...(raw.idempotencyKey ? { idempotencyKey: raw.idempotencyKey } : {}),
    ...(raw.sourceLine ? { sourceLine: raw.sourceLine } : {}),
  };
}

/** What is wrong with one row, field paths relative to the row (`data.gpa`, `courses.2.grade`). */
export function itemProblems(documentType: DocumentType, item: BatchItemInput): FieldProblem[] {
  const problems = documentDataProblems(documentType.fields, item.data, item.holder);
  if (isTranscriptType(documentType)) {
    problems.push(...transcriptCourseProblems(item.courses, item.data.gpa));
  } else if (item.courses !== undefined) {
    problems.push(
      problem(
        "courses",
        "not_allowed",
        "เอกสารประเภทนี้ไม่มีรายวิชา (มีเฉพาะใบแสดงผลการศึกษา)",
        "Only a transcript lists courses.",
      ),
    );
  }
  return problems;
}

export interface ItemProblem extends FieldProblem {
  /** The row's index in the request (from 0). */
  item: number;
}

/**
 * Every problem of every row, so the whole request is judged before anything
 * is queued; a client key used by two rows is a problem of the second.
 */
export function batchItemProblems(
  documentType: DocumentType,
  items: readonly BatchItemInput[],
): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const keys = new Map<string, number>();
  items.forEach((item, index) => {
    for (const found of itemProblems(documentType, item)) problems.push({ ...found, item: index });
    if (item.idempotencyKey === undefined) return;
    const first = keys.get(item.idempotencyKey);
    if (first !== undefined) {
      problems.push({
        ...problem(
          "idempotencyKey",
          "duplicate_key",
          `รายการนี้ใช้คีย์เดียวกับรายการที่ ${first}`,
          `This row has the same idempotency key as row ${first}.`,
        ),
        item: index,
      });
    } else {
      keys.set(item.idempotencyKey, index);
    }
  });
  return problems;
}

/** The document a client key names: its own namespace, apart from approvals and batch rows. */
export function clientDocumentKey(key: string): string {
  return `client:${key}`;
}

/** The key of a row without a client key: a re-run of its job finds what the first run issued. */
export function batchRowKey(batchId: string, position: number): string {
  return `batch:${batchId}:${position}`;
}
