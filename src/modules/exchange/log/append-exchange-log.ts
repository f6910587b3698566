import type { Queryable } from "@/core/db/database";
import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { enqueueJobOnce } from "@/core/jobs";

export const exchangeOutcomes = [
  "ok",
  "not_found",
  "denied",
  "invalid",
  "provider_error",
  "timeout",
] as const;
export type ExchangeOutcome = (typeof exchangeOutcomes)[number];

/** One mediated call as the log keeps it. */
export interface ExchangeLogEntry {
  occurredAt: Date;
  requestId: string;
  consumerAgencyId: string | null;
  /** The consumer as it named itself, INSTANCE/CLASS/MEMBER[/SUBSYSTEM]. */
  consumer: string;
  consumerSubsystem: string | null;
  userId: string | null;
  providerAgencyId: string | null;
  dataServiceId: string | null;
  /** The service as requested, INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE. */
  service: string;
  purpose: string | null;
  grantId: string | null;
  consentId: string | null;
  subjectHash: string | null;
  outcome: ExchangeOutcome;
  httpStatus: number;
  errorCode: string | null;
  requestHash: string;
  responseHash: string | null;
  /** Kept only when the provider asks for exchanged content to be kept. */
  content: unknown;
  durationMs: number;
  applicationRef: string | null;
}

/** The job that chains new rows into the log's hash chain. */
export const SEAL_JOB_KIND = "exchange.seal";

/**
 * Writes one row of the exchange log in the caller's transaction and makes
 * sure a sealing runs at the end of the current sealing period: every call
 * in a period asks for the same job, so there is one per period, and only
 * while there are calls. A caller that knows it already asked in this
 * period passes `requestSeal: false` and saves the statement.
 */
export async function appendExchangeLog(
  tx: Transaction,
  entry: ExchangeLogEntry,
  { sealIntervalMs, requestSeal = true }: { sealIntervalMs: number; requestSeal?: boolean },
): Promise<string> {
  const id = newId();
  await insertLogRow(tx, id, entry);
  if (requestSeal) {
    const period = sealPeriodOf(entry.occurredAt, sealIntervalMs);
    await enqueueJobOnce(tx, {
      kind: SEAL_JOB_KIND,
      dedupeKey: `${SEAL_JOB_KIND}:${period}`,
      runAt: new Date((period + 1) * sealIntervalMs),
    });
  }
  return id;
}

export function sealPeriodOf(at: Date, sealIntervalMs: number): number {
  return Math.floor(at.getTime() / sealIntervalMs);
}

async function insertLogRow(db: Queryable, id: string, entry: ExchangeLogEntry): Promise<void> {
  await db.query(
    `insert into exchange_log (id, occurred_at, request_id, consumer_agency_id, consumer,
       consumer_subsystem, user_id, provider_agency_id, data_service_id, service, purpose, grant_id,
       consent_id, subject_hash, outcome, http_status, error_code, request_hash, response_hash,
       content, duration_ms, application_ref)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
       $20, $21, $22)`,
    [
      id,
      entry.occurredAt,
      entry.requestId,
      entry.consumerAgencyId,
      entry.consumer,
      entry.consumerSubsystem,
      entry.userId,
      entry.providerAgencyId,
      entry.dataServiceId,
      entry.service,
      entry.purpose,
      entry.grantId,
      entry.consentId,
      entry.subjectHash,
      entry.outcome,
      entry.httpStatus,
      entry.errorCode,
      entry.requestHash,
      entry.responseHash,
      entry.content === undefined || entry.content === null ? null : JSON.stringify(entry.content),
      Math.round(entry.durationMs),
      entry.applicationRef,
    ],
  );
}
