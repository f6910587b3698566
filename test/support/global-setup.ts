import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { TestProject } from "vitest/node";

import { migrate } from "@/core/db/migrate";
import { connectPglite } from "@/core/db/pglite";
import { connectPostgres } from "@/core/db/postgres";

import { templateDatabaseName, withDatabaseName } from "./database-names";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteImagePath: string;
  }
}

/**
 * Migrates once per run: a PGlite image every test file starts from, and on
 * PostgreSQL (TEST_DATABASE_URL) a template database every test file copies.
 */
export default async function setup(project: TestProject) {
  const directory = mkdtempSync(join(tmpdir(), "pratu-test-"));
  const pglite = await connectPglite();
  await migrate(pglite);
  const image = await pglite.pglite.dumpDataDir("none");
  await pglite.close();
  const imagePath = join(directory, "migrated.tar");
  writeFileSync(imagePath, Buffer.from(await image.arrayBuffer()));
  project.provide("pgliteImagePath", imagePath);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = await connectPostgres({ url, poolSize: 1 });
    await admin.query(`drop database if exists ${templateDatabaseName} with (force)`);
    await admin.query(`create database ${templateDatabaseName}`);
    await admin.close();
    const template = await connectPostgres({
      url: withDatabaseName(url, templateDatabaseName),
      poolSize: 1,
    });
    await migrate(template);
    await template.close();
  }

  return () => rmSync(directory, { recursive: true, force: true });
}
