import { recordAudit } from "@/core/audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import type { Actor } from "@/core/http/context";

import { type InboxFilter, listInbox } from "./inbox";

const EXPORT_LIMIT = 500;

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ""
      : typeof value === "string"
        ? value
        : JSON.stringify(value);
  // A leading formula character would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The agency's applications for its own systems, answers included: JSON
 * Lines (one application a line) or CSV with one column per answer. An
 * export of personal data is audited.
 */
export async function exportApplications(options: {
  db: Database;
  actor: Actor;
  agencyId: string;
  filter: InboxFilter;
  format: "jsonl" | "csv";
  requestId?: string | undefined;
}): Promise<{ body: string; contentType: string; count: number }> {
  const { items } = await listInbox({
    db: options.db,
    actor: options.actor,
    agencyId: options.agencyId,
    filter: { ...options.filter, limit: EXPORT_LIMIT },
  });
  const rows = items.map(({ application }) => ({
    id: application.id,
    reference: application.reference,
    serviceId: application.serviceId,
    serviceVersion: application.serviceVersion,
    status: application.status,
    submittedAt: application.submittedAt.toISOString(),
    dueAt: application.dueAt.toISOString(),
    decidedAt: application.decidedAt?.toISOString() ?? null,
    decision: application.decision,
    answers: application.answers,
  }));
  await transaction(options.db, (tx) =>
    recordAudit(tx, {
      action: "application.exported",
      actor: options.actor,
      agencyId: options.agencyId,
      requestId: options.requestId,
      details: { count: rows.length, format: options.format },
    }),
  );
  if (options.format === "jsonl") {
    return {
      body: rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length ? "\n" : ""),
      contentType: "application/x-ndjson; charset=utf-8",
      count: rows.length,
    };
  }
  const answerKeys = [...new Set(rows.flatMap((row) => Object.keys(row.answers)))].sort();
  const fixed = [
    "id",
    "reference",
    "serviceId",
    "serviceVersion",
    "status",
    "submittedAt",
    "dueAt",
    "decidedAt",
    "decision",
  ] as const;
  const header = [...fixed, ...answerKeys.map((key) => `answers.${key}`)].map(csvCell).join(",");
  const lines = rows.map((row) =>
    [...fixed.map((key) => row[key]), ...answerKeys.map((key) => row.answers[key])]
      .map(csvCell)
      .join(","),
  );
  // The byte-order mark makes spreadsheet programs read the Thai text as UTF-8.
  return {
    body: `\uFEFF${[header, ...lines].join("\r\n")}\r\n`,
    contentType: "text/csv; charset=utf-8",
    count: rows.length,
  };
}
