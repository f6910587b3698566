import { createTestApp, type TestApp } from "@test/support/app";
import {
  chiangMaiAddress,
  json,
  type RegistryCallers,
  registryCallers,
  testCitizenIds,
  testRegistryDefinition,
} from "@test/support/registries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

const BASE = "/api/v1/agencies/DOPA/registries/test-people";
const IMPORT = `${BASE}/records/import`;
const [first, second, third] = testCitizenIds;

interface Problem {
  detail: string;
  errors: { field: string; code: string; messages: { th: string; en: string } }[];
}

const csv = (lines: string[]): RequestInit => ({
  method: "POST",
  headers: { "content-type": "text/csv" },
  body: `\uFEFF${lines.join("\r\n")}\r\n`,
});

/** A JSON cell, quoted as a spreadsheet program saves it. */
const jsonCell = (value: unknown) => `"${JSON.stringify(value).replace(/"/g, '""')}"`;

async function stateOf(t: TestApp) {
  const { rows } = await t.db.query<Record<string, number>>(
    `select (select count(*)::int from registry_records) as records,
            (select count(*)::int from registry_record_versions) as versions,
            (select count(*)::int from audit_log where action like 'registry_record%') as audits`,
  );
  return rows[0]!;
}

describe("importing registry records from CSV", () => {
  let t: TestApp;
  let as: RegistryCallers;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    as = await registryCallers(t, "DOPA");
    expect((await as.admin(BASE, json("PUT", testRegistryDefinition))).status).toBe(201);
  });
  afterAll(() => t.close());

  it("refuses a file with problems, each placed by line and column, and writes nothing", async () => {
    const response = await as.admin(
      IMPORT,
      csv([
        "subject_id,givenNameTh,birthDate,children",
        `${first},สมศรี,1950-01-31,2`,
        `${first.slice(0, 12)}9,มาลี,1951-02-01,1`,
        `${second},วันดี,31/01/2494,1`,
        `${third},สุดา,1960-05-05,สอง`,
        `${second},นภา,1961-06-06,0`,
      ]),
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(problem.errors.map((each) => [each.field, each.code])).toEqual([
      ["line 3, subject_id", "invalid_subject_id"],
      ["line 4, birthDate", "invalid_date"],
      ["line 5, children", "invalid_number"],
      ["line 6, subject_id", "duplicate_subject"],
    ]);
    expect(problem.errors[1]!.messages).toEqual({
      th: expect.stringMatching(/^บรรทัด 4 คอลัมน์ birthDate: /) as unknown,
      en: expect.stringMatching(/^Line 4, column birthDate: /) as unknown,
    });
    expect(problem.errors[3]!.messages.en).toContain("already on line 4");
    expect(await stateOf(t)).toEqual({ records: 0, versions: 0, audits: 0 });
  });

  it("names unknown and missing columns in the header", async () => {
    const response = await as.admin(
      IMPORT,
      csv(["citizen_id,givenNameTh,religion", `${first},สมศรี,พุทธ`]),
    );
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as Problem).errors.map((each) => [each.field, each.code]),
    ).toEqual([
      ["line 1, citizen_id", "unknown_column"],
      ["line 1, religion", "unknown_column"],
      ["line 1", "missing_column"],
    ]);
  });

  it("imports a good file, addresses as JSON, and imports it again without writing", async () => {
    const lines = [
      "subject_id,givenNameTh,birthDate,children,address",
      `${first},สมศรี,1950-01-31,"1,200",${jsonCell(chiangMaiAddress)}`,
      `${second.slice(0, 1)}-${second.slice(1, 5)}-${second.slice(5, 10)}-${second.slice(10, 12)}-${second.slice(12)},วันดี,1951-01-31,,`,
      `${third},สุดา,1960-05-05,0,`,
    ];
    const imported = await as.systemKey(IMPORT, csv(lines));
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(await (await as.admin(`${BASE}/records/${first}`)).json()).toMatchObject({
      data: { givenNameTh: "สมศรี", children: 1200, address: chiangMaiAddress },
    });
    const after = await stateOf(t);
    expect(after).toEqual({ records: 3, versions: 0, audits: 1 });

    const again = await as.systemKey(IMPORT, csv(lines));
    expect(await again.json()).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await stateOf(t)).toEqual(after);

    const changed = await as.systemKey(
      IMPORT,
      csv([
        lines[0]!,
        `${third},สุดา,1960-05-05,1,`,
        `${first},สมศรี,1950-01-31,1200,${jsonCell(chiangMaiAddress)}`,
      ]),
    );
    expect(await changed.json()).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 1 });
    expect(await stateOf(t)).toEqual({ records: 3, versions: 1, audits: 2 });
  });

  it("refuses files that are not UTF-8 CSV, and callers who may not import", async () => {
    const latin1 = await as.admin(IMPORT, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: new Uint8Array([0x73, 0x75, 0x62, 0x6a, 0xe9, 0x0a, 0xff, 0xfe]),
    });
    expect(((await latin1.json()) as Problem).errors[0]?.code).toBe("not_utf8");
    const lines = ["subject_id,givenNameTh", `${first},สมศรี`];
    expect((await as.officer(IMPORT, csv(lines))).status).toBe(403);
    expect((await as.readOnlyKey(IMPORT, csv(lines))).status).toBe(403);
    expect((await as.outsider(IMPORT, csv(lines))).status).toBe(404);
  });
});
