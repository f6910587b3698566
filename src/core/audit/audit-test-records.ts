import type { Database, Queryable } from "@/core/db/database";

import { recordAudit } from "./record-audit";

const actor = { type: "system", id: "test" } as const;

/**
 * Appends `count` records to an agency's chain (the platform chain for null),
 * one transaction each, and returns their ids by sequence number.
 */
export async function appendAuditRecords(
  db: Database,
  agencyId: string | null,
  count: number,
): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (let index = 0; index < count; index++) {
    const record = await db.transaction((tx) =>
      recordAudit(tx, {
        action: "application.decided",
        actor,
        agencyId,
        target: { type: "application", id: `app-${index}` },
        details: {
          decision: index % 2 === 0 ? "approved" : "rejected",
          reasons: ["complete", { checked: true, by: "ผู้ตรวจ" }],
          decidedAt: new Date(Date.UTC(2026, 10, 22, 9, index)),
        },
      }),
    );
    ids.set(record.seq, record.id);
  }
  return ids;
}

/**
 * Runs SQL the append-only trigger would refuse, as the table's owner: how a
 * test plays someone with direct database access rewriting history.
 */
export async function tamperWithAuditLog(
  db: Queryable,
  sql: string,
  params: readonly unknown[] = [],
): Promise<void> {
  await db.query("alter table audit_log disable trigger audit_log_append_only");
  try {
    await db.query(sql, params);
  } finally {
    await db.query("alter table audit_log enable trigger audit_log_append_only");
  }
}
