import type { Database, Queryable } from "@/core/db/database";

import { type AuditRecord, GENESIS_HASH, hashAuditRecord } from "./record-audit";

export interface BrokenLink {
  chain: string;
  /** The first record in the chain that is wrong or missing. */
  seq: number;
  /** That record's id; null when the record itself is missing. */
  id: string | null;
  /** What is wrong, in plain words. */
  reason: string;
}

export interface AuditVerification {
  ok: boolean;
  chains: number;
  /** Records checked: all of them when the log is whole, those before the break otherwise. */
  records: number;
  firstBroken?: BrokenLink;
}

interface ChainHead {
  chain: string;
  lastSeq: number | null;
  lastHash: string | null;
}

/** An audit_log row as the database returns it. */
export interface AuditRow {
  seq: number;
  id: string;
  occurred_at: Date;
  agency_id: string | null;
  actor_type: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/**
 * Walks every audit chain from its first record, recomputing each hash and
 * checking that each record points to the one before, that no sequence
 * number is skipped and that the chain's head names its last record. Reads
 * in batches from one snapshot, so a log of millions of rows is never held in
 * memory at once and appends made meanwhile do not look like breaks.
 */
export async function verifyAuditLog(
  db: Database,
  { batchSize = 1000 }: { batchSize?: number } = {},
): Promise<AuditVerification> {
  return db.transaction(async (tx) => {
    await tx.query("set transaction isolation level repeatable read, read only");
    const heads = await listChains(tx);
    let records = 0;
    for (const head of heads) {
      const result = await verifyChain(tx, head, batchSize);
      records += result.records;
      if (result.broken) {
        return { ok: false, chains: heads.length, records, firstBroken: result.broken };
      }
    }
    return { ok: true, chains: heads.length, records };
  });
}

/** Every chain that has records or a head, in order; a skip scan finds the first without reading every row. */
async function listChains(tx: Queryable): Promise<ChainHead[]> {
  const { rows } = await tx.query<{
    chain: string;
    last_seq: number | null;
    last_hash: string | null;
  }>(
    `with recursive log_chains (chain) as (
       (select chain from audit_log order by chain limit 1)
       union all
       select (select next.chain from audit_log next where next.chain > known.chain
                order by next.chain limit 1)
         from log_chains known where known.chain is not null
     )
     select coalesce(found.chain, heads.chain) as chain, heads.last_seq, heads.last_hash
       from (select chain from log_chains where chain is not null) found
       full join audit_chain_heads heads on heads.chain = found.chain
      order by 1`,
  );
  return rows.map((row) => ({ chain: row.chain, lastSeq: row.last_seq, lastHash: row.last_hash }));
}

async function verifyChain(
  tx: Queryable,
  head: ChainHead,
  batchSize: number,
): Promise<{ records: number; broken?: BrokenLink }> {
  const { chain } = head;
  let records = 0;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  let lastId: string | null = null;
  const broken = (seq: number, id: string | null, reason: string) => ({
    records,
    broken: { chain, seq, id, reason },
  });
  for (;;) {
    const { rows } = await tx.query<AuditRow>(
      `select seq, id, occurred_at, agency_id, actor_type, actor_id, action, target_type,
              target_id, request_id, details, prev_hash, hash
         from audit_log where chain = $1 and seq > $2 order by seq limit $3`,
      [chain, lastSeq, batchSize],
    );
    for (const row of rows) {
      const expectedSeq = lastSeq + 1;
      if (head.lastSeq !== null && row.seq > head.lastSeq) {
        return broken(
          row.seq,
          row.id,
          `Head mismatch: the chain's head names record ${head.lastSeq} as its last, but the log goes on to record ${row.seq}.`,
        );
      }
      if (row.seq !== expectedSeq) {
        return broken(
          expectedSeq,
          null,
          expectedSeq === row.seq - 1
            ? `Missing record: record ${expectedSeq} is gone; the chain goes from record ${lastSeq} to record ${row.seq}.`
            : `Missing records: records ${expectedSeq} to ${row.seq - 1} are gone; the chain goes from record ${lastSeq} to record ${row.seq}.`,
        );
      }
      if (hashAuditRecord(toAuditRecord(chain, row)) !== row.hash) {
        return broken(
          row.seq,
          row.id,
          `Altered content: what record ${row.seq} says no longer matches its hash.`,
        );
      }
      if (row.prev_hash !== lastHash) {
        return broken(
          row.seq,
          row.id,
          row.seq === 1
            ? "Broken link: the first record does not start from the chain's origin."
            : `Broken link: record ${row.seq} does not point to the hash of record ${lastSeq}.`,
        );
      }
      records += 1;
      lastSeq = row.seq;
      lastHash = row.hash;
      lastId = row.id;
    }
    if (rows.length < batchSize) break;
  }
  if (head.lastSeq === null) {
    return broken(
      lastSeq,
      null,
      `Head mismatch: the chain has ${lastSeq} record(s) but no head naming its last one.`,
    );
  }
  if (head.lastSeq > lastSeq) {
    return broken(
      lastSeq + 1,
      null,
      `Head mismatch: the chain's head names record ${head.lastSeq} as its last, but the log ends at record ${lastSeq}; the newest record(s) are missing.`,
    );
  }
  if (head.lastHash !== lastHash) {
    return broken(
      lastSeq,
      lastId,
      `Head mismatch: the chain's head does not hold the hash of its last record, ${lastSeq}.`,
    );
  }
  return { records };
}

export function toAuditRecord(chain: string, row: AuditRow): AuditRecord {
  return {
    chain,
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    agencyId: row.agency_id,
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    requestId: row.request_id,
    details: row.details,
    prevHash: row.prev_hash,
  };
}
