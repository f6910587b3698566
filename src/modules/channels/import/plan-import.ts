import { newId } from "@/core/db/ids";
import type { Agency, NewAgency } from "@/modules/agencies";

import type { AgencyChannelInput, StoredChannel } from "../repo";
import type { AgencyCells, ImportColumn, ImportProblem, ImportRow } from "./csv-format";

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A channel to write, named by its agency's code: a new agency's id is known only once written. */
export type PlannedChannel = Omit<AgencyChannelInput, "agencyId"> & { agencyCode: string };

export interface ImportPlan {
  problems: ImportProblem[];
  /** Agencies to create or change, every parent before its children. */
  agencyWrites: NewAgency[];
  agencies: ChangeCounts;
  channelWrites: PlannedChannel[];
  channels: ChangeCounts;
  /** Ids of the agencies the file names that are already stored. */
  storedIds: Map<string, string>;
}

const AGENCY_FIELDS: [keyof AgencyCells, ImportColumn][] = [
  ["parentCode", "parent_code"],
  ["kind", "agency_kind"],
  ["nameTh", "name_th"],
  ["nameEn", "name_en"],
  ["shortNameTh", "short_name_th"],
  ["shortNameEn", "short_name_en"],
  ["provinceTh", "province_th"],
  ["website", "website"],
];

interface FileAgency {
  code: string;
  line: number;
  /** Whether a row of the agency has a problem already reported: nothing more is said of it. */
  hasProblems: boolean;
  cells: AgencyCells;
  /** The line that gave each cell first. */
  lines: Partial<Record<keyof AgencyCells, number>>;
}

/**
 * Compares the file with the register and decides what to write. An empty
 * cell keeps the stored value; a channel verified for another agency is a
 * conflict, never taken over. Pure: the register is passed in.
 */
export function planImport({
  rows,
  storedAgencies,
  storedChannels,
  now,
}: {
  rows: readonly ImportRow[];
  storedAgencies: readonly Agency[];
  storedChannels: readonly StoredChannel[];
  now: Date;
}): ImportPlan {
  const problems: ImportProblem[] = [];
  const stored = new Map(storedAgencies.map((agency) => [agency.code, agency]));
  const fileAgencies = mergeAgencyRows(rows, problems);

  const agencyWrites: NewAgency[] = [];
  const parents = new Map<string, string | null>();
  for (const agency of storedAgencies) parents.set(agency.code, agency.parentCode);
  const merged = new Map<string, NewAgency & { line: number }>();
  for (const file of fileAgencies.values()) {
    const before = stored.get(file.code);
    const value = <Key extends keyof AgencyCells>(key: Key) =>
      file.cells[key] ?? (before ? storedCell(before, key) : null);
    const kind = value("kind");
    const nameTh = value("nameTh");
    const nameEn = value("nameEn");
    if (!kind || !nameTh || !nameEn) {
      if (file.hasProblems) continue;
      problems.push({
        line: file.line,
        column: null,
        code: "new_agency_incomplete",
        params: { code: file.code },
      });
      continue;
    }
    if (before?.kind === "central_operator" && file.cells.kind !== null) {
      problems.push({
        line: file.lines.kind ?? file.line,
        column: "agency_kind",
        code: "operator_kind",
      });
      continue;
    }
    const parentCode = value("parentCode");
    parents.set(file.code, parentCode);
    merged.set(file.code, {
      line: file.line,
      id: before?.id ?? newId(),
      code: file.code,
      parentId: null,
      kind,
      nameTh,
      nameEn,
      shortNameTh: value("shortNameTh"),
      shortNameEn: value("shortNameEn"),
      provinceTh: value("provinceTh"),
      website: value("website"),
    });
  }

  checkParents(fileAgencies, parents, problems);
  const ids = new Map<string, string>(storedAgencies.map((agency) => [agency.code, agency.id]));
  for (const agency of merged.values()) ids.set(agency.code, agency.id);
  let unchangedAgencies = 0;
  let createdAgencies = 0;
  for (const agency of merged.values()) {
    const parentCode = parents.get(agency.code) ?? null;
    agency.parentId = parentCode ? (ids.get(parentCode) ?? null) : null;
    const before = stored.get(agency.code);
    if (!before) createdAgencies += 1;
    if (before && isSameAgency(before, agency, parentCode)) unchangedAgencies += 1;
    else agencyWrites.push(withoutLine(agency));
  }
  const depth = depthOf(parents);
  agencyWrites.sort((a, b) => depth(a.code) - depth(b.code));

  const channels = planChannels(rows, storedChannels, now, problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    agencyWrites,
    agencies: {
      created: createdAgencies,
      updated: agencyWrites.length - createdAgencies,
      unchanged: unchangedAgencies,
    },
    channelWrites: channels.writes,
    channels: channels.counts,
    storedIds: new Map(
      [...fileAgencies.keys()].flatMap((code) => {
        const id = stored.get(code)?.id;
        return id ? [[code, id] as const] : [];
      }),
    ),
  };
}

function withoutLine({ line: _line, ...agency }: NewAgency & { line: number }): NewAgency {
  return agency;
}

function storedCell<Key extends keyof AgencyCells>(agency: Agency, key: Key): AgencyCells[Key] {
  return agency[key];
}

/** One agency per code; a later row may repeat a cell or leave it empty, not change it. */
function mergeAgencyRows(
  rows: readonly ImportRow[],
  problems: ImportProblem[],
): Map<string, FileAgency> {
  const agencies = new Map<string, FileAgency>();
  for (const row of rows) {
    let agency = agencies.get(row.code);
    if (!agency) {
      agency = {
        code: row.code,
        line: row.line,
        hasProblems: row.hasProblems,
        cells: { ...row.agency },
        lines: {},
      };
      for (const [key] of AGENCY_FIELDS) if (row.agency[key] !== null) agency.lines[key] = row.line;
      agencies.set(row.code, agency);
      continue;
    }
    agency.hasProblems ||= row.hasProblems;
    for (const [key, column] of AGENCY_FIELDS) {
      const value = row.agency[key];
      if (value === null) continue;
      const first = agency.cells[key];
      if (first === null) {
        (agency.cells as Record<keyof AgencyCells, string | null>)[key] = value;
        agency.lines[key] = row.line;
      } else if (first !== value) {
        problems.push({
          line: row.line,
          column,
          code: "conflicting_value",
          params: { code: row.code, column, first: agency.lines[key] ?? 0, firstValue: first },
        });
      }
    }
  }
  return agencies;
}

function checkParents(
  fileAgencies: Map<string, FileAgency>,
  parents: Map<string, string | null>,
  problems: ImportProblem[],
): void {
  const reported = new Set<string>();
  for (const agency of fileAgencies.values()) {
    const parentCode = agency.cells.parentCode;
    if (parentCode === null) continue;
    const line = agency.lines.parentCode ?? agency.line;
    if (!parents.has(parentCode)) {
      problems.push({
        line,
        column: "parent_code",
        code: "unknown_parent",
        params: { value: parentCode },
      });
      continue;
    }
    const path = [agency.code];
    const visited = new Set(path);
    let current: string | null = parentCode;
    while (current !== null && !visited.has(current)) {
      visited.add(current);
      path.push(current);
      current = parents.get(current) ?? null;
    }
    // A parent naming the agency itself was reported as the file was read.
    if (current !== agency.code || path.length < 2) continue;
    path.push(current);
    const cycle = [...new Set(path)].sort().join(",");
    if (reported.has(cycle)) continue;
    reported.add(cycle);
    problems.push({
      line,
      column: "parent_code",
      code: "parent_cycle",
      params: { path: path.join(" → ") },
    });
  }
}

/** How far below the top an agency sits, so parents are written before children. */
function depthOf(parents: Map<string, string | null>): (code: string) => number {
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (code: string): number => {
    const known = depths.get(code);
    if (known !== undefined) return known;
    const parent = parents.get(code);
    // A circle is reported as a problem; it only has to end here.
    if (!parent || visiting.has(code)) return 0;
    visiting.add(code);
    const value = depth(parent) + 1;
    visiting.delete(code);
    depths.set(code, value);
    return value;
  };
  return depth;
}

function isSameAgency(before: Agency, after: NewAgency, parentCode: string | null): boolean {
  return (
    before.parentCode === parentCode &&
    before.kind === after.kind &&
    before.nameTh === after.nameTh &&
    before.nameEn === after.nameEn &&
    before.shortNameTh === (after.shortNameTh ?? null) &&
    before.shortNameEn === (after.shortNameEn ?? null) &&
    before.provinceTh === (after.provinceTh ?? null) &&
    before.website === (after.website ?? null)
  );
}

function planChannels(
  rows: readonly ImportRow[],
  storedChannels: readonly StoredChannel[],
  now: Date,
  problems: ImportProblem[],
): { writes: PlannedChannel[]; counts: ChangeCounts } {
  const own = new Map<string, StoredChannel>();
  const verified = new Map<string, StoredChannel>();
  for (const channel of storedChannels) {
    own.set(`${channel.agencyCode}|${channel.kind}|${channel.value}`, channel);
    if (channel.status === "verified") verified.set(`${channel.kind}|${channel.value}`, channel);
  }
  const seen = new Map<string, number>();
  const verifiedInFile = new Map<string, { code: string; line: number }>();
  const writes: PlannedChannel[] = [];
  const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const { line, code, channel } of rows) {
    if (!channel) continue;
    const valueKey = `${channel.kind}|${channel.value}`;
    const key = `${code}|${valueKey}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        column: "channel_value",
        code: "duplicate_channel",
        params: { first },
      });
      continue;
    }
    seen.set(key, line);
    if (channel.status === "verified") {
      const other = verifiedInFile.get(valueKey);
      if (other) {
        problems.push({
          line,
          column: "channel_value",
          code: "duplicate_verified",
          params: { value: channel.displayValue, other: other.code, first: other.line },
        });
        continue;
      }
      verifiedInFile.set(valueKey, { code, line });
      const holder = verified.get(valueKey);
      if (holder && holder.agencyCode !== code) {
        problems.push({
          line,
          column: "channel_value",
          code: "verified_elsewhere",
          params: { value: channel.displayValue, other: holder.agencyCode },
        });
        continue;
      }
    }
    const before = own.get(key);
    // A suspension is lifted only through the operator's review, never by
    // a file that still lists the channel as verified: it stays suspended.
    const status =
      before?.status === "suspended" && channel.status === "verified"
        ? "suspended"
        : channel.status;
    const keptVerifiedAt =
      before?.status === "verified" && before.lastVerifiedAt
        ? new Date(before.lastVerifiedAt)
        : null;
    const lastVerifiedAt =
      channel.lastVerifiedAt ??
      (status === "verified"
        ? (keptVerifiedAt ?? now)
        : before?.lastVerifiedAt
          ? new Date(before.lastVerifiedAt)
          : null);
    const planned: PlannedChannel = {
      agencyCode: code,
      id: before?.id ?? newId(),
      kind: channel.kind,
      value: channel.value,
      displayValue: channel.displayValue,
      status,
      lastVerifiedAt,
      owner: channel.owner ?? before?.owner ?? null,
    };
    if (!before) {
      counts.created += 1;
      writes.push(planned);
    } else if (
      before.displayValue !== planned.displayValue ||
      before.status !== planned.status ||
      before.owner !== planned.owner ||
      (before.lastVerifiedAt ? new Date(before.lastVerifiedAt).getTime() : null) !==
        (lastVerifiedAt?.getTime() ?? null)
    ) {
      counts.updated += 1;
      writes.push(planned);
    } else {
      counts.unchanged += 1;
    }
  }
  return { writes, counts };
}
