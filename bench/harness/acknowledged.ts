// After a rush or a fault: is every acknowledged submission in the database,
// as its client sent it and as its receipt says?
import { createHash } from "node:crypto";

import pg from "pg";

import { canonicalJson } from "@/core/audit";

import type { Acknowledgement } from "./load-spec";

export interface AcknowledgedCheck {
  checked: number;
  /** Acknowledged (201 with a reference) but no such application. */
  missing: string[];
  /** There, but not as acknowledged: another reference, hash, receipt or answers. */
  altered: string[];
}

interface StoredSubmission {
  id: string;
  reference: string;
  request_hash: string;
  answers: unknown;
  jws: string | null;
}

function answersOfReceipt(jws: string): unknown {
  const payload = JSON.parse(
    Buffer.from(jws.split(".")[1] ?? "", "base64url").toString("utf8"),
  ) as { answers?: unknown };
  return payload.answers;
}

const hashOf = (value: unknown) => createHash("sha256").update(canonicalJson(value)).digest("hex");

/**
 * Reads every acknowledged application back (as the superuser, past row
 * security) and compares: the reference the client was given, the request
 * hash of what the client sent, the receipt's exact text, and the stored
 * answers against the answers the signed receipt carries.
 */
export async function checkAcknowledged(
  adminUrl: string,
  acknowledgements: readonly Acknowledgement[],
): Promise<AcknowledgedCheck> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const result: AcknowledgedCheck = { checked: 0, missing: [], altered: [] };
  try {
    const batchSize = 500;
    for (let start = 0; start < acknowledgements.length; start += batchSize) {
      const batch = acknowledgements.slice(start, start + batchSize);
      const { rows } = await client.query<StoredSubmission>(
        `select a.id::text, a.reference, a.request_hash, a.answers, r.jws
           from applications a
           left join application_receipts r
             on r.agency_id = a.agency_id and r.application_id = a.id and r.sequence = 1
          where a.id = any($1::uuid[])`,
        [batch.map((acknowledgement) => acknowledgement.applicationId)],
      );
      const stored = new Map(rows.map((row) => [row.id, row]));
      for (const acknowledgement of batch) {
        result.checked++;
        const row = stored.get(acknowledgement.applicationId);
        if (!row) {
          result.missing.push(acknowledgement.reference);
          continue;
        }
        const isIntact =
          row.reference === acknowledgement.reference &&
          row.request_hash === acknowledgement.requestHash &&
          row.jws === acknowledgement.jws &&
          hashOf(row.answers) === hashOf(answersOfReceipt(acknowledgement.jws));
        if (!isIntact) result.altered.push(acknowledgement.reference);
      }
    }
  } finally {
    await client.end();
  }
  return result;
}
