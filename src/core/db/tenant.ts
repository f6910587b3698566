import type { Database, Transaction } from "./database";
import { isTransaction, transaction } from "./database";

declare const agencyScopeBrand: unique symbol;

/**
 * A transaction confined to one agency. Repositories of tenant-owned tables
 * take a scope, never a bare handle, and filter by `scope.agencyId`; the
 * transaction also carries the agency to PostgreSQL, whose row-level security
 * policies hide every other agency's rows even from a query that forgot to.
 */
export interface AgencyScope {
  readonly agencyId: string;
  readonly tx: Transaction;
  readonly [agencyScopeBrand]: true;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function withinAgency<T>(
  handle: Database | Transaction,
  agencyId: string,
  work: (scope: AgencyScope) => Promise<T>,
): Promise<T> {
  const isOwnTransaction = !isTransaction(handle);
  return transaction(handle, async (tx) => {
    // As a literal (checked to be a UUID), the setting has no parameters and
    // travels with BEGIN in one round trip.
    await (UUID.test(agencyId)
      ? tx.query(`select set_config('pratu.agency_id', '${agencyId}', true)`)
      : tx.query("select set_config('pratu.agency_id', $1, true)", [agencyId]));
    // A transaction of our own ends here, and its setting with it.
    if (isOwnTransaction) return work({ agencyId, tx } as AgencyScope);
    try {
      return await work({ agencyId, tx } as AgencyScope);
    } finally {
      // The caller's transaction may go on to touch other agencies' rows.
      await tx.query("select set_config('pratu.agency_id', '', true)").catch(() => undefined);
    }
  });
}
