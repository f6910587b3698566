import { readCsvRecords, recordStartLine } from "@/core/csv/read-csv-records";
import { type Message, translate } from "@/core/i18n";

import type { RegistryField, SubjectKind } from "../schema";
import { registryMessages as m } from "./messages";
import { checkRecordData, type RecordData, valueFromCell } from "./record-schema";
import { normaliseSubjectId } from "./write-records";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_IMPORT_ROWS = 100_000;
export const SUBJECT_COLUMN = "subject_id";

/** A problem of an import file: the line (the header is line 1) and column, when it has them. */
export interface CsvProblem {
  line: number | null;
  column: string | null;
  code: string;
  messages: { th: string; en: string };
}

export interface CsvRecordRow {
  line: number;
  subjectId: string;
  data: RecordData;
}

const both = (message: Message, params: Record<string, string | number> = {}) => ({
  th: translate("th", message, params),
  en: translate("en", message, params),
});

const fileProblem = (code: string, message: Message): CsvProblem => ({
  line: null,
  column: null,
  code,
  messages: both(message),
});

/** Puts the line and column in front of a problem, in each language. */
function placed(
  line: number,
  column: string | null,
  code: string,
  problem: { th: string; en: string },
): CsvProblem {
  const locate = (locale: "th" | "en") =>
    column === null
      ? translate(locale, m.csv.atLine, { line, problem: problem[locale] })
      : translate(locale, m.csv.at, { line, column, problem: problem[locale] });
  return { line, column, code, messages: { th: locate("th"), en: locate("en") } };
}

/**
 * Reads a registry's records from CSV: a header row of `subject_id` and the
 * record schema's keys (any order, any subset), then one subject per row.
 * Every cell is judged as the API judges a record, and every problem is
 * returned with its line and column, so the provider fixes the whole file
 * in one pass.
 */
export function readRecordsCsv(
  bytes: Uint8Array,
  registry: { recordSchema: readonly RegistryField[]; subjectKind: SubjectKind },
): { rows: CsvRecordRow[]; problems: CsvProblem[] } {
  const fail = (problem: CsvProblem) => ({ rows: [], problems: [problem] });
  if (bytes.byteLength > MAX_IMPORT_BYTES) return fail(fileProblem("too_large", m.csv.tooLarge));
  const reading = readCsvRecords(bytes);
  if (!reading.ok) {
    return reading.code === "not_utf8"
      ? fail(fileProblem("not_utf8", m.csv.notUtf8))
      : fail({ ...fileProblem("bad_csv", m.csv.badCsv), line: reading.line });
  }
  const { header, rows } = reading;
  if (!header || rows.length === 0) return fail(fileProblem("empty", m.csv.empty));
  if (rows.length > MAX_IMPORT_ROWS) return fail(fileProblem("too_many_rows", m.csv.tooManyRows));

  const columns = readHeader(header.record, registry.recordSchema);
  if ("problems" in columns) return { rows: [], problems: columns.problems };

  const types = new Map(registry.recordSchema.map((field) => [field.key, field.type]));
  const problems: CsvProblem[] = [];
  const read: CsvRecordRow[] = [];
  const lineOfSubject = new Map<string, number>();
  for (const row of rows) {
    const line = recordStartLine(row);
    const cell = (index: number) => row.record[index] ?? "";
    const subjectCell = cell(columns.subject);
    const subjectId = normaliseSubjectId(registry.subjectKind, subjectCell);
    if (!subjectId) {
      problems.push(
        placed(line, SUBJECT_COLUMN, "invalid_subject_id", both(m.subject[registry.subjectKind])),
      );
    } else if (lineOfSubject.has(subjectId)) {
      problems.push(
        placed(
          line,
          SUBJECT_COLUMN,
          "duplicate_subject",
          both(m.csv.duplicateSubject, {
            line: lineOfSubject.get(subjectId)!,
          }),
        ),
      );
    } else {
      lineOfSubject.set(subjectId, line);
    }
    const raw: Record<string, unknown> = {};
    for (const [key, index] of columns.fields) {
      const value = valueFromCell(types.get(key)!, cell(index));
      if (value !== undefined) raw[key] = value;
    }
    const checked = checkRecordData(registry.recordSchema, raw);
    if (!checked.ok) {
      for (const found of checked.problems) {
        const column = types.has(found.key) ? found.key : null;
        problems.push(placed(line, column, found.code, found.messages));
      }
      continue;
    }
    if (subjectId) read.push({ line, subjectId, data: checked.data });
  }
  return { rows: problems.length > 0 ? [] : read, problems };
}

function readHeader(
  cells: readonly string[],
  recordSchema: readonly RegistryField[],
): { subject: number; fields: Map<string, number> } | { problems: CsvProblem[] } {
  const byLowerName = new Map<string, string>([[SUBJECT_COLUMN, SUBJECT_COLUMN]]);
  for (const field of recordSchema) byLowerName.set(field.key.toLowerCase(), field.key);
  const positions = new Map<string, number>();
  const problems: CsvProblem[] = [];
  cells.forEach((cell, index) => {
    const raw = cell.trim();
    if (raw === "") return;
    const name = byLowerName.get(raw.toLowerCase());
    if (!name) {
      problems.push(placed(1, raw, "unknown_column", both(m.csv.unknownColumn, { name: raw })));
    } else if (positions.has(name)) {
      problems.push(placed(1, name, "duplicate_column", both(m.csv.duplicateColumn, { name })));
    } else {
      positions.set(name, index);
    }
  });
  const subject = positions.get(SUBJECT_COLUMN);
  if (subject === undefined) {
    problems.push(placed(1, null, "missing_column", both(m.csv.missingSubjectColumn)));
  }
  if (problems.length > 0 || subject === undefined) return { problems };
  positions.delete(SUBJECT_COLUMN);
  return { subject, fields: positions };
}
