import { signCompactJws } from "@/core/crypto/jws";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import { defineJobHandler } from "@/core/jobs";
import { selectAgencies } from "@/modules/agencies";

import { SEAL_JOB_KIND } from "./append-exchange-log";
import {
  chainEnd,
  HEAD_JWS_TYPE,
  linkHash,
  SEAL_MARGIN_MS,
  storedLogColumns,
  type StoredLogRow,
} from "./exchange-log-chain";

/** Advisory lock key held while sealing, so two workers never extend the chain at once. */
const SEAL_LOCK_KEY = 0x5ea1_0e8c;
const BATCH = 1000;

export interface SealOutcome {
  sealed: number;
  /** The chain's last link after sealing. */
  seq: number;
  hash: string;
}

/**
 * Chains every unsealed row of the exchange log, in the order the rows were
 * written, and signs the new head with the central operator's key. Calls
 * never wait for this: they only append rows. Runs as a job after each
 * sealing period that had calls, and before the log is verified.
 */
export async function sealExchangeLog({
  db,
  secrets,
}: {
  db: Database;
  secrets: SecretBox | undefined;
}): Promise<SealOutcome> {
  // The signer is found before the transaction: PGlite has one connection.
  const signer = secrets ? await operatorSigner(db, secrets) : null;
  return db.transaction(async (tx) => {
    if (db.kind === "postgres") await tx.query("select pg_advisory_xact_lock($1)", [SEAL_LOCK_KEY]);
    let end = await chainEnd(tx);
    let sealed = 0;
    for (;;) {
      const since = end.occurredAt ? new Date(end.occurredAt.getTime() - SEAL_MARGIN_MS) : null;
      const { rows } = await tx.query<StoredLogRow>(
        `select ${storedLogColumns}
           from exchange_log l
          where ($1::timestamptz is null or l.occurred_at >= $1)
            and not exists (select 1 from exchange_log_chain c where c.log_id = l.id)
          order by l.occurred_at, l.id
          limit ${BATCH}`,
        [since],
      );
      if (rows.length === 0) break;
      const values: unknown[] = [];
      const tuples: string[] = [];
      for (const row of rows) {
        const seq = end.seq + 1;
        const hash = linkHash(end.hash, row);
        values.push(seq, row.id, end.hash, hash);
        const n = values.length;
        tuples.push(`($${n - 3}, $${n - 2}, $${n - 1}, $${n})`);
        end = { seq, hash, occurredAt: row.occurred_at };
      }
      await tx.query(
        `insert into exchange_log_chain (seq, log_id, prev_hash, hash) values ${tuples.join(", ")}`,
        values,
      );
      sealed += rows.length;
      if (rows.length < BATCH) break;
    }
    if (sealed > 0 && signer) {
      const signedAt = new Date();
      const jws = await signCompactJws({
        signer,
        type: HEAD_JWS_TYPE,
        payload: { seq: end.seq, hash: end.hash, signedAt: signedAt.toISOString() },
      });
      await tx.query(
        "insert into exchange_log_heads (seq, hash, signed_at, jws) values ($1, $2, $3, $4)",
        [end.seq, end.hash, signedAt, jws],
      );
    }
    return { sealed, seq: end.seq, hash: end.hash };
  });
}

async function operatorSigner(db: Database, secrets: SecretBox) {
  const [operator] = await selectAgencies(db, { kind: "central_operator" });
  return operator ? agencySigner({ db, secrets, agencyId: operator.id }) : null;
}

export const sealExchangeLogJob = defineJobHandler({
  kind: SEAL_JOB_KIND,
  async handle(_job, { db, secrets }) {
    await sealExchangeLog({ db, secrets });
  },
});
