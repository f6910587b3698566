import { type AuditEntry, recordAudit } from "@/core/audit/record-audit";
import { sha256Hex } from "@/core/crypto/tokens";
import { type Database, transaction } from "@/core/db/database";
import { selectAllAgencies, upsertAgencies } from "@/modules/agencies";

import { selectChannelsByValues, upsertChannels } from "../repo";
import type { ImportProblem } from "./csv-format";
import { type ChangeCounts, planImport } from "./plan-import";
import { readImportFile } from "./read-import-file";

export type ImportPhase = "read" | "check" | "write";

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportReport {
  fileName: string;
  sha256: string;
  /** Data rows in the file. */
  rowCount: number;
  isDryRun: boolean;
  /** Whether anything was saved: false on a dry run, with problems, or when nothing changed. */
  isWritten: boolean;
  agencies: ChangeCounts;
  channels: ChangeCounts;
  /** Every problem found; when there is one, nothing is written. */
  problems: ImportProblem[];
}

/** Rows per statement: large enough to be quick, small enough to report progress. */
const AGENCY_BATCH = 1_000;
const CHANNEL_BATCH = 2_000;

const noCounts = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Imports agencies and their official channels from a CSV file (the format
 * is in docs/channel-register-import.md). The whole file is checked first and
 * every problem reported; if there is any, nothing is written. Otherwise the
 * changes are written in one transaction with one audit record, each changed
 * channel's history noting the import. Running the same file again changes
 * nothing. A dry run reports what would change and writes nothing.
 */
export async function importAgencies({
  db,
  file,
  fileName,
  actor,
  isDryRun = false,
  requestId,
  now = new Date(),
  onProgress = () => undefined,
}: {
  db: Database;
  file: Uint8Array;
  fileName: string;
  actor: AuditEntry["actor"];
  isDryRun?: boolean;
  requestId?: string;
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}): Promise<ImportReport> {
  const sha256 = sha256Hex(file);
  onProgress({ phase: "read", done: 0, total: 1 });
  const read = readImportFile(file, { now });
  onProgress({ phase: "read", done: 1, total: 1 });
  const report: ImportReport = {
    fileName,
    sha256,
    rowCount: read.rowCount,
    isDryRun,
    isWritten: false,
    agencies: noCounts(),
    channels: noCounts(),
    problems: read.problems,
  };
  if (read.rows.length === 0 && read.problems.length > 0) return report;

  return transaction(db, async (tx) => {
    // Statements are prepared once per connection; a plan made generic after
    // a few runs cannot know that each batch holds thousands of rows, and may
    // rescan an array once per stored channel. Plan each batch for its size.
    await tx.query("set local plan_cache_mode = force_custom_plan");
    onProgress({ phase: "check", done: 0, total: 2 });
    const storedAgencies = await selectAllAgencies(tx);
    const pairs = read.rows.flatMap((row) => (row.channel ? [row.channel] : []));
    const storedChannels = await selectChannelsByValues(tx, pairs);
    onProgress({ phase: "check", done: 1, total: 2 });
    const plan = planImport({ rows: read.rows, storedAgencies, storedChannels, now });
    onProgress({ phase: "check", done: 2, total: 2 });
    report.problems = [...read.problems, ...plan.problems].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0),
    );
    report.agencies = plan.agencies;
    report.channels = plan.channels;
    const total = plan.agencyWrites.length + plan.channelWrites.length;
    if (report.problems.length > 0 || isDryRun || total === 0) return report;

    let done = 0;
    onProgress({ phase: "write", done, total });
    const ids = new Map(plan.storedIds);
    let agencies = { created: 0, updated: 0 };
    for (let start = 0; start < plan.agencyWrites.length; start += AGENCY_BATCH) {
      const batch = plan.agencyWrites.slice(start, start + AGENCY_BATCH);
      const outcome = await upsertAgencies(tx, batch);
      for (const [code, id] of outcome.ids) ids.set(code, id);
      agencies = {
        created: agencies.created + outcome.created.length,
        updated: agencies.updated + outcome.updated.length,
      };
      done += batch.length;
      onProgress({ phase: "write", done, total });
    }
    let channels = { created: 0, updated: 0 };
    const history = historyActor(actor);
    for (let start = 0; start < plan.channelWrites.length; start += CHANNEL_BATCH) {
      const batch = plan.channelWrites.slice(start, start + CHANNEL_BATCH);
      const outcome = await upsertChannels(
        tx,
        batch.map(({ agencyCode, ...channel }) => ({ ...channel, agencyId: ids.get(agencyCode)! })),
        { actor: history, event: "imported" },
      );
      channels = {
        created: channels.created + outcome.created,
        updated: channels.updated + outcome.updated,
      };
      done += batch.length;
      onProgress({ phase: "write", done, total });
    }
    report.agencies = withUnchanged(agencies, plan.agencies);
    report.channels = withUnchanged(channels, plan.channels);
    report.isWritten = true;
    await recordAudit(tx, {
      action: "channel_register.imported",
      actor,
      agencyId: null,
      requestId,
      details: {
        fileName,
        sha256,
        rows: report.rowCount,
        agencies: report.agencies,
        channels: report.channels,
      },
    });
    return report;
  });
}

function withUnchanged(
  written: { created: number; updated: number },
  planned: ChangeCounts,
): ChangeCounts {
  const total = planned.created + planned.updated + planned.unchanged;
  return { ...written, unchanged: total - written.created - written.updated };
}

/** How a channel's history names who imported it. */
function historyActor(actor: AuditEntry["actor"]): string {
  switch (actor.type) {
    case "officer":
      return `officer:${actor.officerId}`;
    case "system":
      return actor.id;
    case "api_key":
      return `api_key:${actor.keyId}`;
    case "citizen":
    case "anonymous":
      return actor.type;
  }
}
