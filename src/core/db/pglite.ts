import { mkdirSync } from "node:fs";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

import type { Database, QueryResult, Transaction } from "./database";

export interface PgliteOptions {
  /** A directory to keep the database in; omitted, the database lives in memory. */
  dataDir?: string | undefined;
  /** A data directory image (from `dumpDataDir`) to start from, used by tests. */
  loadDataDir?: Blob | File | undefined;
}

export async function connectPglite({ dataDir, loadDataDir }: PgliteOptions = {}): Promise<
  Database & { pglite: PGlite }
> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm },
  });

  const run = async <Row>(
    target: Pick<PGlite, "query">,
    text: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>> => {
    const result = await target.query<Row>(text, params ? [...params] : undefined);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };

  return {
    kind: "pglite",
    pglite,
    query: (text, params) => run(pglite, text, params),
    transaction: (work) =>
      pglite.transaction((pgliteTx) => {
        const tx: Transaction = {
          isTransaction: true,
          query: (text, params) => run(pgliteTx, text, params),
        };
        return work(tx);
      }),
    close: () => pglite.close(),
  };
}
