import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "./database";
import { transaction } from "./database";
import { newId } from "./ids";
import { migrate, readMigrations, splitStatements } from "./migrate";
import { withinAgency } from "./tenant";

describe("database kernel", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it("has applied every migration, and applying again changes nothing", async () => {
    const { rows } = await db.query<{ name: string }>(
      "select name from schema_migrations order by name",
    );
    expect(rows.map((row) => row.name)).toEqual(
      readMigrations().map((migration) => migration.name),
    );
    expect(await migrate(db)).toEqual([]);
  });

  it("refuses to go on when an applied migration was edited", async () => {
    const directory = mkdtempSync(join(tmpdir(), "pratu-migrations-"));
    for (const migration of readMigrations())
      writeFileSync(join(directory, `${migration.name}.sql`), migration.sql);
    const first = readMigrations()[0]!;
    writeFileSync(join(directory, `${first.name}.sql`), `${first.sql}\n-- edited\nselect 1;\n`);
    await expect(migrate(db, directory)).rejects.toThrow(/was changed after it was applied/);
  });

  it("splits statements but keeps function bodies whole", () => {
    const statements = splitStatements(
      "-- a comment\ncreate table a (x int);\ncreate function f() returns int language sql as $$\n  select 1;\n$$;\ninsert into a values (1);",
    );
    expect(statements).toEqual([
      "create table a (x int);",
      "create function f() returns int language sql as $$\n  select 1;\n$$;",
      "insert into a values (1);",
    ]);
  });

  it("rolls a transaction back whole when its work fails", async () => {
    const code = `T${Date.now() % 100000}`;
    await expect(
      transaction(db, async (tx) => {
        await tx.query(
          "insert into agencies (id, code, kind, name_th, name_en) values ($1, $2, 'ministry', 'ทดสอบ', 'Test')",
          [newId(), code],
        );
        throw new Error("second step failed");
      }),
    ).rejects.toThrow("second step failed");
    const { rows } = await db.query("select 1 from agencies where code = $1", [code]);
    expect(rows).toHaveLength(0);
  });

  it("makes time-ordered UUIDv7 ids", () => {
    const ids = Array.from({ length: 100 }, () => newId());
    expect(
      ids.every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
      ),
    ).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  it.skipIf(testDatabaseKind !== "postgres")(
    "hides other agencies' rows from a scoped transaction even when the query forgets to filter (row-level security)",
    async () => {
      const [agencyA, agencyB, officer] = [newId(), newId(), newId()];
      await db.query(
        `insert into agencies (id, code, kind, name_th, name_en) values
           ($1, 'RLS-A', 'department', 'กรมเอ', 'Department A'), ($2, 'RLS-B', 'department', 'กรมบี', 'Department B')`,
        [agencyA, agencyB],
      );
      await db.query(
        "insert into officers (id, email, name_th, name_en, password_hash) values ($1, 'rls@example.go.th', 'ทดสอบ', 'Test', 'x')",
        [officer],
      );
      await db.query(
        "insert into officer_memberships (agency_id, officer_id, role) values ($1, $3, 'admin'), ($2, $3, 'viewer')",
        [agencyA, agencyB, officer],
      );
      const seenFromA = await withinAgency(db, agencyA, (scope) =>
        scope.tx.query<{ agency_id: string }>("select agency_id from officer_memberships"),
      );
      expect(seenFromA.rows.map((row) => row.agency_id)).toEqual([agencyA]);
      await expect(
        withinAgency(db, agencyA, (scope) =>
          scope.tx.query(
            "insert into officer_memberships (agency_id, officer_id, role) values ($1, $2, 'viewer')",
            [agencyB, newId()],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
      const unscoped = await db.query(
        "select agency_id from officer_memberships where officer_id = $1",
        [officer],
      );
      expect(unscoped.rows).toHaveLength(2);
    },
  );
});
