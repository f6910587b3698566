import { createHash } from "node:crypto";

import pg from "pg";

import { AppError } from "@/core/errors";

import type { Database, QueryResult, Transaction } from "./database";

const INT8_OID = 20;
const SERIALIZATION_FAILURE = "40001";
const DEADLOCK_DETECTED = "40P01";
const MAX_TRANSACTION_ATTEMPTS = 3;
/** What a client is told to wait before trying again while the database is away. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/**
 * Whether an error means the database could not be reached or the
 * connection was lost (restart, failover, network), rather than that the
 * statement was wrong: the request may be sent again later.
 */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    // Class 08: connection exception; 57P01-03: shut down or starting up; 53300: too many connections.
    if (code.startsWith("08") || ["57P01", "57P02", "57P03", "53300"].includes(code)) return true;
    if (/^E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|AI_AGAIN)$/.test(code))
      return true;
  }
  const message = error instanceof Error ? error.message : "";
  return /^Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect/i.test(
    message,
  );
}

/** A lost database as the API tells it: 503 with Retry-After, not 500. */
function unavailable(error: unknown): AppError {
  return new AppError(
    "unavailable",
    "The database cannot be reached just now; try again shortly.",
    {
      cause: error,
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    },
  );
}

// bigint counts fit in a double; returning them as numbers keeps rows the same
// shape as PGlite's.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary"): unknown =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

export async function connectPostgres({
  url,
  poolSize = 10,
  applicationName = "pratu",
}: PostgresOptions): Promise<Database & { pool: pg.Pool }> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    application_name: applicationName,
    connectionTimeoutMillis: 10_000,
    types,
  });
  // An idle client that loses its server must not take the process down.
  pool.on("error", () => undefined);
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end();
    throw new AppError(
      "unavailable",
      `Cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`,
      { cause: error },
    );
  }

  const run = async <Row>(
    client: pg.Pool | pg.PoolClient,
    text: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<Row>> => {
    // A query with parameters is a named prepared statement: each connection
    // parses and plans it once, then only binds and executes it.
    const name = params ? statementName(text) : undefined;
    try {
      const result = params
        ? await client.query(
            name ? { name, text, values: [...params] } : { text, values: [...params] },
          )
        : await client.query(text);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    } catch (error) {
      throw isConnectionLoss(error) ? unavailable(error) : error;
    }
  };

  /** `begin` and one statement without parameters, in one round trip. */
  const runAfterBegin = async <Row>(client: pg.PoolClient, text: string) => {
    try {
      const results = (await client.query(`begin; ${text}`)) as unknown as pg.QueryResult[];
      const last = results.at(-1)!;
      return { rows: last.rows as Row[], rowCount: last.rowCount ?? last.rows.length };
    } catch (error) {
      throw isConnectionLoss(error) ? unavailable(error) : error;
    }
  };

  return {
    kind: "postgres",
    pool,
    query: (text, params) => run(pool, text, params),
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect().catch((error: unknown) => {
          throw isConnectionLoss(error) ? unavailable(error) : error;
        });
        // The pool listens for errors only on idle clients. A connection cut
        // while checked out (the server restarting between two statements)
        // would otherwise emit an unhandled 'error' and end the process; the
        // statement waiting on it fails on its own.
        const ignoreError = () => undefined;
        client.on("error", ignoreError);
        let hasBegun = false;
        let lostConnection: Error | undefined;
        try {
          // BEGIN goes with the transaction's first statement; when that
          // statement has no parameters (as `withinAgency`'s agency setting),
          // both travel in one round trip.
          let begun: Promise<void> | undefined;
          const tx: Transaction = {
            isTransaction: true,
            query<Row>(text: string, params?: readonly unknown[]) {
              if (begun) return begun.then(() => run<Row>(client, text, params));
              const first = params
                ? run(client, "begin").then(() => run<Row>(client, text, params))
                : runAfterBegin<Row>(client, text);
              // Later statements follow the first whatever became of it: after
              // a failure they fail too, on the aborted transaction.
              begun = first.then(
                () => void (hasBegun = true),
                () => undefined,
              );
              return first;
            },
          };
          const result = await work(tx);
          if (begun) await run(client, "commit");
          return result;
        } catch (error) {
          const cause = error instanceof AppError ? error.cause : error;
          if (isConnectionLoss(cause)) lostConnection = cause as Error;
          else await client.query("rollback").catch(() => undefined);
          const code = (error as { code?: string }).code;
          // A connection found dead before the first statement answered did
          // nothing lasting: another one may work.
          const isRetryable =
            code === SERIALIZATION_FAILURE ||
            code === DEADLOCK_DETECTED ||
            (lostConnection !== undefined && !hasBegun);
          if (!isRetryable || attempt >= MAX_TRANSACTION_ATTEMPTS) throw error;
        } finally {
          client.removeListener("error", ignoreError);
          // With the error, the pool discards the client instead of lending it out again.
          client.release(lostConnection);
        }
      }
    },
    close: () => pool.end(),
  };
}

const statementNames = new Map<string, string>();
/** Pratu's SQL is a fixed set of texts; past this many, something builds SQL it should not. */
const MAX_PREPARED_STATEMENTS = 2000;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name) {
    if (statementNames.size >= MAX_PREPARED_STATEMENTS) return undefined;
    name = `pratu_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "*****";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
