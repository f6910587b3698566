import { createHash } from "node:crypto";

import { canonicalJson } from "@/core/audit";
import type { Queryable } from "@/core/db/database";

export const GENESIS_HASH = "0".repeat(64);
export const HEAD_JWS_TYPE = "pratu-exchange-log-head+jws";

/**
 * Rows are chained only once no call that could still commit an older row
 * is running: a call is bounded far below this, so a row this much older
 * than the newest sealed one that is still unsealed was never going to be.
 */
export const SEAL_MARGIN_MS = 5 * 60 * 1000;

/** An exchange_log row exactly as the database hands it back. */
export interface StoredLogRow {
  id: string;
  occurred_at: Date;
  request_id: string;
  consumer_agency_id: string | null;
  consumer: string;
  consumer_subsystem: string | null;
  user_id: string | null;
  provider_agency_id: string | null;
  data_service_id: string | null;
  service: string;
  purpose: string | null;
  grant_id: string | null;
  consent_id: string | null;
  subject_hash: string | null;
  outcome: string;
  http_status: number;
  error_code: string | null;
  request_hash: string;
  response_hash: string | null;
  content: unknown;
  duration_ms: number;
  application_ref: string | null;
}

export const storedLogColumns = `l.id, l.occurred_at, l.request_id, l.consumer_agency_id, l.consumer,
  l.consumer_subsystem, l.user_id, l.provider_agency_id, l.data_service_id, l.service, l.purpose,
  l.grant_id, l.consent_id, l.subject_hash, l.outcome, l.http_status, l.error_code, l.request_hash,
  l.response_hash, l.content, l.duration_ms, l.application_ref`;

/**
 * The link of one row: SHA-256 over the previous link and the row's
 * canonical JSON (keys sorted; times as ISO text), so changing any column of
 * any row, or the order of rows, changes every link after it.
 */
export function linkHash(prevHash: string, row: StoredLogRow): string {
  const content = canonicalJson({
    id: row.id.toLowerCase(),
    occurred_at: new Date(row.occurred_at).toISOString(),
    request_id: row.request_id,
    consumer_agency_id: row.consumer_agency_id,
    consumer: row.consumer,
    consumer_subsystem: row.consumer_subsystem,
    user_id: row.user_id,
    provider_agency_id: row.provider_agency_id,
    data_service_id: row.data_service_id,
    service: row.service,
    purpose: row.purpose,
    grant_id: row.grant_id,
    consent_id: row.consent_id,
    subject_hash: row.subject_hash,
    outcome: row.outcome,
    http_status: row.http_status,
    error_code: row.error_code,
    request_hash: row.request_hash,
    response_hash: row.response_hash,
    content: row.content,
    duration_ms: row.duration_ms,
    application_ref: row.application_ref,
  } satisfies Record<keyof StoredLogRow, unknown>);
  return createHash("sha256").update(`${prevHash}\n${content}`).digest("hex");
}

export interface ChainEnd {
  seq: number;
  hash: string;
  occurredAt: Date | null;
}

/** The last link of the chain; the genesis when nothing is sealed yet. */
export async function chainEnd(db: Queryable): Promise<ChainEnd> {
  const { rows } = await db.query<{ seq: string; hash: string; occurred_at: Date }>(
    `select c.seq, c.hash, l.occurred_at
       from exchange_log_chain c left join exchange_log l on l.id = c.log_id
      order by c.seq desc limit 1`,
  );
  const row = rows[0];
  if (!row) return { seq: 0, hash: GENESIS_HASH, occurredAt: null };
  return { seq: Number(row.seq), hash: row.hash, occurredAt: row.occurred_at };
}
