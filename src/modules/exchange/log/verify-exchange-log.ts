import { verifyCompactJws } from "@/core/crypto/jws";
import type { Database, Queryable } from "@/core/db/database";

import {
  GENESIS_HASH,
  HEAD_JWS_TYPE,
  linkHash,
  SEAL_MARGIN_MS,
  storedLogColumns,
  type StoredLogRow,
} from "./exchange-log-chain";

export interface ExchangeLogVerification {
  ok: boolean;
  /** Links checked: all of them when the chain is whole, those before the break otherwise. */
  links: number;
  /** Rows written recently and not yet chained: the next sealing covers them. */
  unsealed: number;
  /** The newest signed head, and whether its signature and link check out. */
  head: { seq: number; signedAt: Date; valid: boolean } | null;
  firstBroken?: { seq: number; logId: string | null; reason: string };
}

interface LinkRow extends Partial<StoredLogRow> {
  seq: string;
  log_id: string;
  prev_hash: string;
  hash: string;
  row_id: string | null;
}

/**
 * Walks the chain from its first link: each link must follow the one before
 * without a gap, point to the hash before it, and hash to its row as the row
 * reads now; every row old enough to have been sealed must be in the chain;
 * the newest signed head must name a real link and carry the operator's
 * signature. Reads in batches from one snapshot.
 */
export async function verifyExchangeLog(
  db: Database,
  { batchSize = 1000 }: { batchSize?: number } = {},
): Promise<ExchangeLogVerification> {
  const { verification, headRow } = await walkChain(db, batchSize);
  if (!verification.ok || !headRow) return verification;
  // The signature is checked after the snapshot: its key lookup needs a connection of its own.
  const head = await checkHead(db, headRow);
  if (head.valid) return { ...verification, head };
  return {
    ...verification,
    ok: false,
    head,
    firstBroken: { seq: head.seq, logId: null, reason: "the signed head does not match" },
  };
}

interface HeadRow {
  seq: string;
  hash: string;
  signed_at: Date;
  jws: string;
  link_hash: string | null;
}

async function walkChain(
  db: Database,
  batchSize: number,
): Promise<{ verification: ExchangeLogVerification; headRow: HeadRow | null }> {
  return db.transaction(async (tx) => {
    await tx.query("set transaction isolation level repeatable read, read only");
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let lastOccurredAt: Date | null = null;
    const fail = (seq: number, logId: string | null, reason: string) => ({
      verification: {
        ok: false,
        links: seq - 1,
        unsealed: 0,
        head: null,
        firstBroken: { seq, logId, reason },
      },
      headRow: null,
    });
    for (;;) {
      const { rows } = await tx.query<LinkRow>(
        `select c.seq, c.log_id, c.prev_hash, c.hash, l.id as row_id, ${storedLogColumns}
           from exchange_log_chain c left join exchange_log l on l.id = c.log_id
          where c.seq >= $1 order by c.seq limit ${batchSize}`,
        [expectedSeq],
      );
      for (const link of rows) {
        const seq = Number(link.seq);
        if (seq !== expectedSeq) return fail(expectedSeq, null, `link ${expectedSeq} is missing`);
        if (!link.row_id) return fail(seq, link.log_id, "the row this link seals is gone");
        if (link.prev_hash !== prevHash) {
          return fail(seq, link.log_id, "the link does not follow the one before it");
        }
        if (linkHash(prevHash, link as unknown as StoredLogRow) !== link.hash) {
          return fail(seq, link.log_id, "the row was changed after it was sealed");
        }
        prevHash = link.hash;
        lastOccurredAt = link.occurred_at ?? lastOccurredAt;
        expectedSeq += 1;
      }
      if (rows.length < batchSize) break;
    }
    const links = expectedSeq - 1;
    const { stale, unsealed } = await countUnsealed(tx, lastOccurredAt);
    if (stale) return fail(expectedSeq, stale, "a row older than the chain's end was never sealed");
    const heads = await tx.query<HeadRow>(
      `select h.seq, h.hash, h.signed_at, h.jws, c.hash as link_hash
         from exchange_log_heads h left join exchange_log_chain c on c.seq = h.seq
        order by h.seq desc limit 1`,
    );
    return {
      verification: { ok: true, links, unsealed, head: null },
      headRow: heads.rows[0] ?? null,
    };
  });
}

/** Rows outside the chain: recent ones are waiting; one before the chain's end by more than the margin was skipped. */
async function countUnsealed(
  tx: Queryable,
  chainEndAt: Date | null,
): Promise<{ stale: string | null; unsealed: number }> {
  const { rows } = await tx.query<{ unsealed: number; stale: string | null }>(
    `select count(*)::int as unsealed,
            (array_agg(l.id order by l.occurred_at) filter (where l.occurred_at < $1))[1] as stale
       from exchange_log l
      where not exists (select 1 from exchange_log_chain c where c.log_id = l.id)`,
    [chainEndAt ? new Date(chainEndAt.getTime() - SEAL_MARGIN_MS) : new Date(0)],
  );
  return { stale: rows[0]?.stale ?? null, unsealed: rows[0]?.unsealed ?? 0 };
}

async function checkHead(
  db: Database,
  head: HeadRow,
): Promise<NonNullable<ExchangeLogVerification["head"]>> {
  const seq = Number(head.seq);
  const verified = await verifyCompactJws({ db, jws: head.jws, type: HEAD_JWS_TYPE });
  const payload = verified.isValid ? (verified.payload as { seq?: number; hash?: string }) : null;
  const valid = head.link_hash === head.hash && payload?.seq === seq && payload.hash === head.hash;
  return { seq, signedAt: head.signed_at, valid };
}
