import type { AgencyScope } from "@/core/db/tenant";

import type { ExchangeOutcome } from "../log/append-exchange-log";

/** One mediated call as an agency's officers see it: who, what, why and how it went; never whom about. */
export interface ExchangeCall {
  id: string;
  occurredAt: Date;
  /** The consumer as it named itself: INSTANCE/GOV/MEMBER/SUBSYSTEM. */
  consumer: string;
  /** The service as requested: INSTANCE/GOV/PROVIDER/REGISTRY/SERVICE. */
  service: string;
  purpose: string | null;
  outcome: ExchangeOutcome;
  httpStatus: number;
}

export const CALLS_SHOWN = 50;

/**
 * The agency's latest calls as consumer (those it made) or as provider
 * (those made to it). The subject, the user and the content are never read.
 */
export async function selectRecentCalls(
  scope: AgencyScope,
  { side, limit = CALLS_SHOWN }: { side: "consumer" | "provider"; limit?: number },
): Promise<ExchangeCall[]> {
  const column = side === "consumer" ? "consumer_agency_id" : "provider_agency_id";
  const { rows } = await scope.tx.query<{
    id: string;
    occurred_at: Date;
    consumer: string;
    service: string;
    purpose: string | null;
    outcome: ExchangeOutcome;
    http_status: number;
  }>(
    `select id, occurred_at, consumer, service, purpose, outcome, http_status
       from exchange_log
      where ${column} = $1
      order by occurred_at desc, id desc
      limit $2`,
    [scope.agencyId, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at,
    consumer: row.consumer,
    service: row.service,
    purpose: row.purpose,
    outcome: row.outcome,
    httpStatus: row.http_status,
  }));
}
