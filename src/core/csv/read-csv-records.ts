import { parse } from "csv-parse/sync";

/** One non-empty record of a CSV file, with the line it ends on. */
export interface CsvRecord {
  record: string[];
  info: { lines: number };
}

export type CsvReading =
  | { ok: true; header: CsvRecord | undefined; rows: CsvRecord[] }
  | { ok: false; code: "not_utf8" }
  | { ok: false; code: "bad_csv"; line: number | null; detail: string };

/**
 * Reads an uploaded CSV as people save them from a spreadsheet: UTF-8 with
 * or without a byte-order mark, rows of any length, blank rows skipped.
 * Bytes that are not UTF-8 or quoting that does not close are answers, not
 * exceptions, so each importer can say what is wrong in its own words.
 */
export function readCsvRecords(bytes: Uint8Array): CsvReading {
  let text: string;
  try {
    // The decoder drops a leading byte-order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: "not_utf8" };
  }
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return {
      ok: false,
      code: "bad_csv",
      line: typeof line === "number" ? line : null,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  const [header, ...rows] = records.filter((entry) => entry.record.some((cell) => cell.trim()));
  return { ok: true, header, rows };
}

/** The line a record starts on (csv-parse counts where it ends; a quoted cell may span lines). */
export function recordStartLine({ record, info }: CsvRecord): number {
  let breaks = 0;
  for (const cell of record) breaks += cell.split("\n").length - 1;
  return info.lines - breaks;
}
