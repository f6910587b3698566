import { randomBytes } from "node:crypto";

import { recordAudit } from "@/core/audit/record-audit";
import { type Database, transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import type { CheckResult } from "../check/check";
import { checkChannels } from "../check-channels";
import { indicatorsOf } from "./indicators";
import { insertScamReport } from "./repo";
import type { ReceivedVia } from "./schema";

const DAY_MS = 24 * 60 * 60 * 1000;
// Crockford's alphabet: no I, L, O or U to misread when a reference is read out.
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A reference people can read out: `SR-7K3M-Q9XD` (40 random bits). */
export function newReportReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((byte) => REFERENCE_ALPHABET[byte % 32]!).join("");
  return `SR-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

export interface ReportedScam {
  id: string;
  reference: string;
  receivedAt: Date;
  expiresAt: Date;
  result: CheckResult;
}

/**
 * Keeps a message someone chose to report, with what the checker found in
 * it at that moment, for the central operator to review. Nothing about the
 * reporter is taken in, and nothing of the text is logged or audited: the
 * audit names only the report.
 */
export async function reportScam({
  db,
  text,
  channelsSeen = [],
  receivedVia = null,
  note = null,
  retentionDays,
  requestId,
  now = new Date(),
}: {
  db: Database;
  text: string;
  channelsSeen?: readonly string[] | undefined;
  receivedVia?: ReceivedVia | null | undefined;
  note?: string | null | undefined;
  retentionDays: number;
  requestId?: string | undefined;
  now?: Date;
}): Promise<ReportedScam> {
  const items = channelsSeen.filter((item) => item.trim() !== "");
  const result = await checkChannels({ db, text, items });
  const indicators = indicatorsOf(result.items);
  const id = newId();
  const expiresAt = new Date(now.getTime() + retentionDays * DAY_MS);
  const cleanNote = note?.trim() ? note.trim() : null;
  return transaction(db, async (tx) => {
    let reference = newReportReference();
    // 40 random bits rarely meet; when they do, draw again.
    while (
      !(await insertScamReport(tx, {
        id,
        reference,
        text,
        channelsSeen: items,
        receivedVia,
        note: cleanNote,
        result,
        receivedAt: now,
        expiresAt,
        indicators,
      }))
    ) {
      reference = newReportReference();
    }
    await recordAudit(tx, {
      // Whoever sent it, the report is anonymous: not even a citizen's id is tied to it.
      actor: { type: "anonymous" },
      action: "scam_report.received",
      agencyId: null,
      target: { type: "scam_report", id },
      requestId,
      details: { reference, overall: result.overall, indicators: indicators.length },
    });
    return { id, reference, receivedAt: now, expiresAt, result };
  });
}
