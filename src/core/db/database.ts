export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Anything SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>>;
}

export interface Transaction extends Queryable {
  readonly isTransaction: true;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function isTransaction(handle: Queryable): handle is Transaction {
  return (handle as Partial<Transaction>).isTransaction === true;
}

/**
 * Runs `work` in a transaction: a new one on a database, the caller's own when
 * it already holds one, so a use case composes with its caller's transaction.
 */
export function transaction<T>(
  handle: Database | Transaction,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return isTransaction(handle) ? work(handle) : handle.transaction(work);
}
