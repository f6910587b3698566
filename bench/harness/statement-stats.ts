// PostgreSQL's own account of a run: the cluster restarted with
// pg_stat_statements loaded, and what it saw, statement by statement.
import pg from "pg";

import { controlCluster } from "./cluster-control";

export interface StatementStat {
  /** The statement as normalised by pg_stat_statements, on one line. */
  query: string;
  calls: number;
  total_ms: number;
  mean_ms: number;
}

/**
 * Restarts the cluster with pg_stat_statements tracking every statement,
 * and returns a superuser connection to read and reset it (`end()` it).
 */
export async function enableStatementStats(superuserUrl: string): Promise<pg.Client> {
  const control = await controlCluster(superuserUrl);
  control.stop();
  control.start({
    shared_preload_libraries: "pg_stat_statements",
    "pg_stat_statements.track": "all",
  });
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  await admin.query("create extension if not exists pg_stat_statements");
  return admin;
}

export async function resetStatementStats(admin: pg.Client): Promise<void> {
  await admin.query("select pg_stat_statements_reset()");
}

/** The statements run in database `pratu` since the last reset, most time (or most calls) first. */
export async function readStatementStats(
  admin: pg.Client,
  { orderBy, limit }: { orderBy: "time" | "calls"; limit: number },
): Promise<StatementStat[]> {
  const order = orderBy === "time" ? "total_exec_time desc" : "calls desc, total_exec_time desc";
  const { rows } = await admin.query<StatementStat>(
    `select regexp_replace(query, '\\s+', ' ', 'g') as query, calls::int,
            round(total_exec_time::numeric, 1)::float as total_ms,
            round(mean_exec_time::numeric, 4)::float as mean_ms
       from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = 'pratu' and s.calls > 0
      order by ${order} limit $1`,
    [limit],
  );
  return rows;
}
