import { recordAudit } from "@/core/audit/record-audit";
import { type Database, transaction } from "@/core/db/database";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import {
  type IndicatorGroup,
  type ScamReport,
  type ScamReportSummary,
  selectIndicatorGroups,
  selectScamReport,
  selectScamReports,
  updateScamReportDecision,
} from "./repo";
import type { IndicatorKind, ScamReportDecision, ScamReportStatus } from "./schema";

type OperatorOfficer = Extract<Actor, { type: "officer" }>;

export const QUEUE_PAGE_SIZE = 50;
const CAMPAIGN_ROWS = 25;

export interface ScamReportQueue {
  items: ScamReportSummary[];
  total: number;
  pages: number;
  campaigns: IndicatorGroup[];
}

/**
 * The operator's queue: reports newest first, narrowed by status or by what
 * they name, and beside it what several reports name (a campaign).
 * Callers have already checked that the actor acts for the central operator.
 */
export async function listScamReportQueue({
  db,
  status,
  indicator,
  page,
}: {
  db: Database;
  status?: ScamReportStatus | undefined;
  indicator?: { kind: IndicatorKind; indicator: string } | undefined;
  page: number;
}): Promise<ScamReportQueue> {
  const { items, total } = await selectScamReports(db, {
    status,
    indicator,
    limit: QUEUE_PAGE_SIZE,
    offset: (page - 1) * QUEUE_PAGE_SIZE,
  });
  const campaigns = await selectIndicatorGroups(db, { status, limit: CAMPAIGN_ROWS });
  return { items, total, pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)), campaigns };
}

/** Opens one report for an operator officer; reading the text is audited like any personal record. */
export async function viewScamReport({
  db,
  actor,
  operatorAgencyId,
  reportId,
  requestId,
}: {
  db: Database;
  actor: OperatorOfficer;
  operatorAgencyId: string;
  reportId: string;
  requestId?: string | undefined;
}): Promise<ScamReport> {
  return transaction(db, async (tx) => {
    const report = await selectScamReport(tx, reportId);
    if (!report) throw new AppError("not_found", "There is no such scam report.");
    await recordAudit(tx, {
      actor,
      action: "scam_report.viewed",
      agencyId: operatorAgencyId,
      target: { type: "scam_report", id: report.id },
      requestId,
      details: { reference: report.reference },
    });
    return report;
  });
}

/** Records the operator's decision on a report, with its note, in one audited change. */
export async function decideScamReport({
  db,
  actor,
  operatorAgencyId,
  reportId,
  decision,
  note,
  requestId,
  now = new Date(),
}: {
  db: Database;
  actor: OperatorOfficer;
  operatorAgencyId: string;
  reportId: string;
  decision: ScamReportDecision;
  note: string;
  requestId?: string | undefined;
  now?: Date;
}): Promise<{ previous: ScamReportStatus }> {
  return transaction(db, async (tx) => {
    const previous = await updateScamReportDecision(tx, {
      id: reportId,
      status: decision,
      note,
      officerId: actor.officerId,
      at: now,
    });
    if (previous === null) throw new AppError("not_found", "There is no such scam report.");
    await recordAudit(tx, {
      actor,
      action: "scam_report.decided",
      agencyId: operatorAgencyId,
      target: { type: "scam_report", id: reportId },
      requestId,
      details: { from: previous, to: decision, note },
    });
    return { previous };
  });
}
