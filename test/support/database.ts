import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

import { inject } from "vitest";

import type { Database } from "@/core/db/database";
import { connectPglite } from "@/core/db/pglite";
import { connectPostgres } from "@/core/db/postgres";

import { templateDatabaseName, withDatabaseName } from "./database-names";

export const testDatabaseKind: "pglite" | "postgres" = process.env.TEST_DATABASE_URL
  ? "postgres"
  : "pglite";

let templateName: string | undefined;

/**
 * A freshly migrated database of its own for a test file: a PGlite copy of
 * the migrated image, or (with TEST_DATABASE_URL) a new PostgreSQL database
 * made from the migrated template and dropped on close.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const image = new Blob([readFileSync(inject("pgliteImagePath"))]);
    return connectPglite({ loadDataDir: image });
  }
  return (await createTestPostgresDatabase(url)).db;
}

/**
 * A new migrated PostgreSQL database and its connection string, for tests
 * that start `pratu` processes of their own against it.
 */
export async function createTestPostgresDatabase(
  url: string,
): Promise<{ db: Database; url: string }> {
  templateName ??= await findTemplate(url);
  const name = `pratu_test_${randomBytes(6).toString("hex")}`;
  const admin = await connectPostgres({ url, poolSize: 1 });
  await admin.query(`create database ${name} template ${templateName}`);
  await admin.close();
  const databaseUrl = withDatabaseName(url, name);
  const db = await connectPostgres({ url: databaseUrl, poolSize: 5 });
  return {
    url: databaseUrl,
    db: {
      ...db,
      close: async () => {
        await db.close();
        const cleanup = await connectPostgres({ url, poolSize: 1 });
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.close();
      },
    },
  };
}

/** The template the global setup made (its name carries the setup process's pid). */
async function findTemplate(url: string): Promise<string> {
  const admin = await connectPostgres({ url, poolSize: 1 });
  const { rows } = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'pratu_test_template_%' order by oid desc limit 1",
  );
  await admin.close();
  return rows[0]?.datname ?? templateDatabaseName;
}

/** A connection string for a test database, for tests that start processes of their own. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL;
}
