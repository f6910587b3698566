import { readCsvRecords, recordStartLine } from "@/core/csv/read-csv-records";
import { isAppError } from "@/core/errors";
import { type AgencyKind, agencyKinds, agencyMessages } from "@/modules/agencies";

import { channelMessages } from "../messages";
import { normaliseChannel } from "../normalise-channel";
import { type ChannelKind, channelKinds, type ChannelStatus, channelStatuses } from "../schema";
import {
  type AgencyCells,
  type ChannelCells,
  type ImportColumn,
  importColumns,
  type ImportProblem,
  type ImportRow,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from "./csv-format";

const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

/** Kinds by their code or their Thai or English label, as an operator might type them. */
function labelLookup<Kind extends string>(
  kinds: readonly Kind[],
  labels: Record<Kind, { th: string; en: string }>,
): Map<string, Kind> {
  const lookup = new Map<string, Kind>();
  for (const kind of kinds) {
    lookup.set(kind, kind);
    lookup.set(labels[kind].th.toLowerCase(), kind);
    lookup.set(labels[kind].en.toLowerCase(), kind);
  }
  return lookup;
}

const agencyKindLookup = labelLookup(agencyKinds, agencyMessages.kinds);
const channelKindLookup = labelLookup(channelKinds, channelMessages.kinds);

export interface ReadImportFile {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Data rows read, valid or not. */
  rowCount: number;
}

/**
 * Reads an import file (UTF-8, with or without a byte-order mark) into rows,
 * listing every problem with its line and column. Nothing here looks at the
 * register: what depends on it (parents, conflicts) is checked later.
 */
export function readImportFile(bytes: Uint8Array, { now }: { now: Date }): ReadImportFile {
  const fail = (problem: ImportProblem): ReadImportFile => ({
    rows: [],
    problems: [problem],
    rowCount: 0,
  });
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail({ line: null, column: null, code: "too_large", params: { limit: "50 MB" } });
  }
  const reading = readCsvRecords(bytes);
  if (!reading.ok) {
    return reading.code === "not_utf8"
      ? fail({ line: null, column: null, code: "not_utf8" })
      : fail({
          line: reading.line,
          column: null,
          code: "bad_csv",
          params: { detail: reading.detail },
        });
  }
  const { header, rows: data } = reading;
  if (!header || data.length === 0) return fail({ line: null, column: null, code: "empty" });
  if (data.length > MAX_IMPORT_ROWS) {
    return fail({
      line: null,
      column: null,
      code: "too_many_rows",
      params: { limit: MAX_IMPORT_ROWS.toLocaleString("en") },
    });
  }

  const columns = readHeader(header.record);
  if ("problems" in columns) return { rows: [], problems: columns.problems, rowCount: data.length };

  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  for (const { record, info } of data) {
    const line = recordStartLine({ record, info });
    const row = readRow(record, { line, columns: columns.positions, now }, problems);
    if (row) rows.push(row);
  }
  return { rows, problems, rowCount: data.length };
}

function readHeader(
  cells: string[],
): { positions: Map<ImportColumn, number> } | { problems: ImportProblem[] } {
  const known = new Set<string>(importColumns.map((column) => column.name));
  const positions = new Map<ImportColumn, number>();
  const problems: ImportProblem[] = [];
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (name === "") return;
    if (!known.has(name)) {
      problems.push({
        line: 1,
        column: null,
        code: "unknown_column",
        params: { name: cell.trim(), known: [...known].join(", ") },
      });
    } else if (positions.has(name as ImportColumn)) {
      problems.push({ line: 1, column: null, code: "duplicate_column", params: { name } });
    } else {
      positions.set(name as ImportColumn, index);
    }
  });
  for (const column of importColumns) {
    if (column.isRequired && !positions.has(column.name)) {
      problems.push({
        line: 1,
        column: null,
        code: "missing_column",
        params: { name: column.name },
      });
    }
  }
  return problems.length > 0 ? { problems } : { positions };
}

interface RowContext {
  line: number;
  columns: Map<ImportColumn, number>;
  now: Date;
}

function readRow(
  record: string[],
  { line, columns, now }: RowContext,
  problems: ImportProblem[],
): ImportRow | null {
  const before = problems.length;
  const problem = (column: ImportColumn | null, code: ImportProblem["code"], params = {}) =>
    problems.push({ line, column, code, params });
  const cell = (column: ImportColumn): string | null => {
    const index = columns.get(column);
    const value = index === undefined ? "" : (record[index] ?? "").trim();
    return value === "" ? null : value;
  };
  const lastUsed = Math.max(...columns.values());
  if (record.slice(lastUsed + 1).some((extra) => extra.trim() !== "")) {
    problem(null, "extra_cells", { cells: record.length, columns: lastUsed + 1 });
  }

  const code = cell("agency_code")?.toUpperCase() ?? null;
  if (code === null) problem("agency_code", "required");
  else if (!AGENCY_CODE.test(code)) problem("agency_code", "invalid_code", { value: code });

  const parentCode = cell("parent_code")?.toUpperCase() ?? null;
  if (parentCode !== null && !AGENCY_CODE.test(parentCode)) {
    problem("parent_code", "invalid_code", { value: parentCode });
  } else if (parentCode !== null && parentCode === code) {
    problem("parent_code", "parent_cycle", { path: `${code} → ${code}` });
  }

  const kind = readAgencyKind(cell("agency_kind"), problem);
  const text = (column: ImportColumn, limit: number): string | null => {
    const value = cell(column);
    if (value !== null && [...value].length > limit) {
      problem(column, "too_long", { limit });
      return null;
    }
    return value;
  };
  const agency: AgencyCells = {
    parentCode,
    kind,
    nameTh: text("name_th", 300),
    nameEn: text("name_en", 300),
    shortNameTh: text("short_name_th", 100),
    shortNameEn: text("short_name_en", 100),
    provinceTh: text("province_th", 100),
    website: readWebsite(text("website", 300), problem),
  };
  const channel = readChannel(cell, text, now, problem);
  if (code === null || !AGENCY_CODE.test(code)) return null;
  return { line, code, agency, channel, hasProblems: problems.length > before };
}

type Problem = (
  column: ImportColumn | null,
  code: ImportProblem["code"],
  params?: Record<string, string | number>,
) => void;

function readAgencyKind(raw: string | null, problem: Problem): AgencyKind | null {
  if (raw === null) return null;
  const kind = agencyKindLookup.get(raw.toLowerCase());
  if (!kind) {
    problem("agency_kind", "invalid_agency_kind", { value: raw, allowed: agencyKinds.join(", ") });
    return null;
  }
  if (kind === "central_operator") {
    problem("agency_kind", "operator_kind");
    return null;
  }
  return kind;
}

function readWebsite(raw: string | null, problem: Problem): string | null {
  if (raw === null) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
    problem("website", "invalid_website", { value: raw });
    return null;
  }
  return raw;
}

function readChannel(
  cell: (column: ImportColumn) => string | null,
  text: (column: ImportColumn, limit: number) => string | null,
  now: Date,
  problem: Problem,
): ChannelCells | null {
  const rawKind = cell("channel_kind");
  const rawValue = cell("channel_value");
  if (rawKind === null && rawValue === null) return null;
  if (rawKind === null || rawValue === null) {
    problem(rawKind === null ? "channel_kind" : "channel_value", "channel_incomplete");
    return null;
  }
  if ([...rawValue].length > 500) {
    problem("channel_value", "too_long", { limit: 500 });
    return null;
  }
  const kind: ChannelKind | undefined = channelKindLookup.get(rawKind.toLowerCase());
  if (!kind) {
    problem("channel_kind", "invalid_channel_kind", {
      value: rawKind,
      allowed: channelKinds.join(", "),
    });
    return null;
  }
  let normalised: ReturnType<typeof normaliseChannel> | null = null;
  try {
    normalised = normaliseChannel(kind, rawValue);
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem("channel_value", "invalid_channel_value", { value: rawValue, kind });
  }
  const rawStatus = cell("channel_status")?.toLowerCase() ?? "verified";
  const status = (channelStatuses as readonly string[]).includes(rawStatus)
    ? (rawStatus as ChannelStatus)
    : null;
  if (!status) {
    problem("channel_status", "invalid_status", {
      value: rawStatus,
      allowed: channelStatuses.join(", "),
    });
  }
  const owner = text("channel_owner", 200);
  const lastVerifiedAt = readDate(cell("last_verified"), now, problem);
  if (!normalised || !status || lastVerifiedAt === undefined) return null;
  return { ...normalised, status, owner, lastVerifiedAt };
}

/** A calendar date, as midnight in Bangkok; undefined when it is not one. */
function readDate(raw: string | null, now: Date, problem: Problem): Date | null | undefined {
  if (raw === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = match ? new Date(`${raw}T00:00:00+07:00`) : null;
  const isReal =
    date !== null &&
    !Number.isNaN(date.getTime()) &&
    new Date(date.getTime() + 7 * 3_600_000).toISOString().startsWith(raw);
  if (!isReal) {
    problem("last_verified", "invalid_date", { value: raw });
    return undefined;
  }
  if (date.getTime() > now.getTime()) {
    problem("last_verified", "future_date");
    return undefined;
  }
  return date;
}
