import { readCsvRecords, recordStartLine } from "@/core/csv/read-csv-records";

import type { DocumentType } from "../schema";
import { isTranscriptType, type TranscriptCourse } from "../transcripts";
import { batchItemProblems, normaliseItem } from "./item-problems";
import { csvMessages as m } from "./messages";
import { type BatchItemInput, MAX_BATCH_ITEMS } from "./schema";

export const MAX_CSV_BYTES = 30 * 1024 * 1024;
const MAX_CSV_ROWS = 400_000;

/** The columns of a transcript's course rows, after the student's own. */
export const courseColumns = [
  "academicYear",
  "semester",
  "courseCode",
  "courseNameTh",
  "courseNameEn",
  "credits",
  "grade",
] as const;
type CourseColumn = (typeof courseColumns)[number];

/** The course field each column fills, to place a course's problem on its column. */
const courseFieldColumns: Record<string, CourseColumn> = {
  academicYear: "academicYear",
  semester: "semester",
  code: "courseCode",
  nameTh: "courseNameTh",
  nameEn: "courseNameEn",
  credits: "credits",
  grade: "grade",
};

export interface CsvColumn {
  name: string;
  isRequired: boolean;
}

/** The columns a document type's CSV has, in the template's order. */
export function csvColumnsOf(documentType: Pick<DocumentType, "fields" | "kind">): CsvColumn[] {
  return [
    { name: "nationalId", isRequired: false },
    { name: "name", isRequired: true },
    ...documentType.fields.map((field) => ({ name: field.key, isRequired: field.required })),
    ...(isTranscriptType(documentType)
      ? courseColumns.map((name) => ({ name, isRequired: true }))
      : []),
  ];
}

/** A header row to fill in, UTF-8 with a byte-order mark so spreadsheet programs read Thai. */
export function csvTemplate(documentType: Pick<DocumentType, "fields" | "kind">): string {
  return `\uFEFF${csvColumnsOf(documentType)
    .map((column) => column.name)
    .join(",")}\r\n`;
}

export interface CsvProblem {
  /** The file line (the header is line 1); null for the file as a whole. */
  line: number | null;
  column: string | null;
  code: string;
  messages: { th: string; en: string };
}

export interface ReadBatchCsv {
  items: BatchItemInput[];
  problems: CsvProblem[];
}

interface Located {
  item: BatchItemInput;
  line: number;
  courseLines: number[];
}

const fail = (problem: CsvProblem): ReadBatchCsv => ({ items: [], problems: [problem] });

/**
 * Reads an uploaded CSV into the rows of a batch and every problem with its
 * line and column: the file's own (encoding, header) and each row's, judged
 * exactly as the API judges its items. A transcript CSV has one row per
 * course; rows with the same studentId (or an empty one, continuing the
 * student above) make one transcript.
 */
export function readBatchCsv(bytes: Uint8Array, documentType: DocumentType): ReadBatchCsv {
  if (bytes.byteLength > MAX_CSV_BYTES) {
    return fail({ line: null, column: null, code: "too_large", messages: m.tooLarge });
  }
  const reading = readCsvRecords(bytes);
  if (!reading.ok) {
    return reading.code === "not_utf8"
      ? fail({ line: null, column: null, code: "not_utf8", messages: m.notUtf8 })
      : fail({ line: reading.line, column: null, code: "bad_csv", messages: m.badCsv });
  }
  const { header, rows } = reading;
  if (!header || rows.length === 0) {
    return fail({ line: null, column: null, code: "empty", messages: m.empty });
  }
  if (rows.length > MAX_CSV_ROWS) {
    return fail({ line: null, column: null, code: "too_many_rows", messages: m.tooManyRows });
  }
  const columns = readHeader(header.record, documentType);
  if ("problems" in columns) return { items: [], problems: columns.problems };

  const problems: CsvProblem[] = [];
  const located: Located[] = [];
  const cellsOf = (record: string[]) => (name: string) =>
    (record[columns.positions.get(name) ?? -1] ?? "").trim();
  const isTranscript = isTranscriptType(documentType);
  for (const { record, info } of rows) {
    const line = recordStartLine({ record, info });
    const cell = cellsOf(record);
    if (!isTranscript) {
      located.push({ item: itemOf(cell, documentType, line), line, courseLines: [] });
      continue;
    }
    const studentId = cell("studentId");
    const current = located.at(-1);
    const isSameStudent =
      current !== undefined && (studentId === "" || studentId === current.item.data.studentId);
    if (!isSameStudent) {
      located.push({
        item: { ...itemOf(cell, documentType, line), courses: [] },
        line,
        courseLines: [],
      });
    } else {
      checkRepeatedCells(cell, current.item, line, documentType, problems);
    }
    const student = located.at(-1)!;
    const course = readCourse(cell, line, problems);
    if (course) {
      student.item.courses!.push(course);
      student.courseLines.push(line);
    }
  }
  if (located.length > MAX_BATCH_ITEMS) {
    return fail({ line: null, column: null, code: "too_many_items", messages: m.tooManyItems });
  }
  const items = located.map((entry) => entry.item);
  for (const found of batchItemProblems(documentType, items)) {
    const entry = located[found.item]!;
    const place = placeOf(found.field, entry);
    problems.push({
      ...place,
      code: found.code ?? "invalid",
      messages: found.messages ?? { th: found.message, en: found.message },
    });
  }
  problems.sort((left, right) => (left.line ?? 0) - (right.line ?? 0));
  return { items, problems };
}

function readHeader(
  cells: string[],
  documentType: DocumentType,
): { positions: Map<string, number> } | { problems: CsvProblem[] } {
  const expected = csvColumnsOf(documentType);
  const byLowerName = new Map(expected.map((column) => [column.name.toLowerCase(), column.name]));
  const positions = new Map<string, number>();
  const problems: CsvProblem[] = [];
  cells.forEach((cell, index) => {
    const raw = cell.trim();
    if (raw === "") return;
    const name = byLowerName.get(raw.toLowerCase());
    if (!name) {
      problems.push({
        line: 1,
        column: raw,
        code: "unknown_column",
        messages: translated(m.unknownColumn, { name: raw }),
      });
    } else if (positions.has(name)) {
      problems.push({
        line: 1,
        column: name,
        code: "duplicate_column",
        messages: translated(m.duplicateColumn, { name }),
      });
    } else {
      positions.set(name, index);
    }
  });
  for (const column of expected) {
    if (column.isRequired && !positions.has(column.name)) {
      problems.push({
        line: 1,
        column: column.name,
        code: "missing_column",
        messages: translated(m.missingColumn, { name: column.name }),
      });
    }
  }
  return problems.length > 0 ? { problems } : { positions };
}

function translated(message: { th: string; en: string }, params: Record<string, string>) {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
  return { th: fill(message.th), en: fill(message.en) };
}

type Cell = (name: string) => string;

function itemOf(cell: Cell, documentType: DocumentType, line: number): BatchItemInput {
  const data: Record<string, string> = {};
  for (const field of documentType.fields) data[field.key] = cell(field.key);
  return normaliseItem({
    holder: { nationalId: cell("nationalId"), name: cell("name") },
    data,
    sourceLine: line,
  });
}

/** A student's columns on their later course rows: empty, or what the first row said. */
function checkRepeatedCells(
  cell: Cell,
  item: BatchItemInput,
  line: number,
  documentType: DocumentType,
  problems: CsvProblem[],
): void {
  const firstValues: [string, string][] = [
    ["nationalId", item.holder.nationalId ?? ""],
    ["name", item.holder.name],
    ...documentType.fields.map((field): [string, string] => [
      field.key,
      item.data[field.key] ?? "",
    ]),
  ];
  for (const [column, first] of firstValues) {
    const value = cell(column);
    if (value !== "" && value !== first) {
      problems.push({
        line,
        column,
        code: "student_mismatch",
        messages: translated(m.studentMismatch, { line: String(item.sourceLine ?? "") }),
      });
    }
  }
}

function readCourse(cell: Cell, line: number, problems: CsvProblem[]): TranscriptCourse | null {
  const number = (column: CourseColumn, pattern: RegExp): number | null => {
    const value = cell(column);
    if (pattern.test(value)) return Number(value);
    problems.push({ line, column, code: "invalid_number", messages: m.notANumber });
    return null;
  };
  const academicYear = number("academicYear", /^\d{4}$/);
  const semester = number("semester", /^\d$/);
  const credits = number("credits", /^\d{1,2}(\.\d)?$/);
  if (academicYear === null || semester === null || credits === null) return null;
  return {
    academicYear,
    semester,
    code: cell("courseCode"),
    nameTh: cell("courseNameTh"),
    nameEn: cell("courseNameEn"),
    credits,
    grade: cell("grade"),
  };
}

/** Where a row's problem sits in the file: `data.gpa` → gpa, `courses.3.grade` → that course's line. */
function placeOf(field: string, entry: Located): { line: number; column: string | null } {
  const [head, second, third] = field.split(".");
  if (head === "holder") return { line: entry.line, column: second ?? null };
  if (head === "data") return { line: entry.line, column: second ?? null };
  if (head === "courses" && second !== undefined && third !== undefined) {
    return {
      line: entry.courseLines[Number(second)] ?? entry.line,
      column: courseFieldColumns[third] ?? null,
    };
  }
  return { line: entry.line, column: null };
}
