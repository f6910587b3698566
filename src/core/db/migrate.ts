import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import type { Database } from "./database";

export const migrationsDirectory = fileURLToPath(new URL("../../../migrations", import.meta.url));

// Any fixed number: it names the lock that keeps two processes from migrating at once.
const MIGRATION_LOCK_KEY = 7_752_026;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(directory = migrationsDirectory): Migration[] {
  return readdirSync(directory)
    .filter((file) => /^\d{14}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(directory, file), "utf8");
      return {
        name: file.replace(/\.sql$/, ""),
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
      };
    });
}

/**
 * Applies every migration not yet applied, each in its own transaction, and
 * refuses to go on when an applied migration's file has since been edited.
 * Returns the names it applied.
 */
export async function migrate(db: Database, directory = migrationsDirectory): Promise<string[]> {
  const migrations = readMigrations(directory);
  await db.query(`create table if not exists schema_migrations (
    name text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  if (db.kind === "postgres") await db.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    const { rows } = await db.query<{ name: string; checksum: string }>(
      "select name, checksum from schema_migrations",
    );
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        continue;
      }
      await db.transaction(async (tx) => {
        for (const statement of splitStatements(migration.sql)) await tx.query(statement);
        await tx.query("insert into schema_migrations (name, checksum) values ($1, $2)", [
          migration.name,
          migration.checksum,
        ]);
      });
      done.push(migration.name);
    }
    return done;
  } finally {
    if (db.kind === "postgres")
      await db.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

/**
 * Splits a migration into statements so both drivers can run it with the
 * extended protocol. Statements end with `;` at the end of a line; a function
 * body between `$$` quotes is kept whole.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let isInDollarQuote = false;
  for (const line of sql.split("\n")) {
    if (!isInDollarQuote && /^\s*--/.test(line)) continue;
    current.push(line);
    const dollarQuotes = line.match(/\$\$/g)?.length ?? 0;
    if (dollarQuotes % 2 === 1) isInDollarQuote = !isInDollarQuote;
    if (!isInDollarQuote && /;\s*(--.*)?$/.test(line)) {
      statements.push(current.join("\n").trim());
      current = [];
    }
  }
  const rest = current.join("\n").trim();
  if (rest) statements.push(rest);
  return statements.filter((statement) => statement.replace(/;$/, "").trim().length > 0);
}
