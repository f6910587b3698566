import { recordAudit } from "@/core/audit/record-audit";
import { type Database, transaction } from "@/core/db/database";
import { defineJobHandler } from "@/core/jobs";

import { deleteExpiredScamReports } from "./repo";

const BATCH = 500;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes every report whose time is up, the text and what it names with
 * it, a batch per transaction so a large backlog never holds one long lock.
 * Each batch leaves one audit record with a count (and nothing of the text).
 */
export async function expireScamReports({
  db,
  retentionDays,
  now = new Date(),
}: {
  db: Database;
  retentionDays: number;
  now?: Date;
}): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await transaction(db, async (tx) => {
      const removed = await deleteExpiredScamReports(tx, { now, retentionDays, batch: BATCH });
      if (removed > 0) {
        await recordAudit(tx, {
          actor: { type: "system", id: "scam-report-retention" },
          action: "scam_report.expired",
          agencyId: null,
          details: { deleted: removed, retentionDays },
        });
      }
      return removed;
    });
    deleted += count;
    if (count < BATCH) return deleted;
  }
}

export const scamReportRetentionJob = defineJobHandler({
  kind: "channels.expire_scam_reports",
  everyMilliseconds: HOUR_MS,
  handle: async (_job, context) => {
    const deleted = await expireScamReports({
      db: context.db,
      retentionDays: context.config.scamReports.retentionDays,
    });
    context.logger.info({ deleted }, "expired scam reports deleted");
  },
});
