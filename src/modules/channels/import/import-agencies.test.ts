import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import type { Database } from "@/core/db/database";
import { seedDemo } from "@/demo/seed";
import { selectAgencyByCode } from "@/modules/agencies";

import { listAgencyChannels } from "../repo";
import { importAgencies } from "./import-agencies";
import { runImportCommand } from "./import-command";
import { describeProblem } from "./import-report";

const SAMPLE_PATH = fileURLToPath(
  new URL("../../../../docs/examples/agencies-import-sample.csv", import.meta.url),
);
const SAMPLE = readFileSync(SAMPLE_PATH);
const HEADER =
  "agency_code,parent_code,agency_kind,name_th,name_en,short_name_th,short_name_en,province_th,website,channel_kind,channel_value,channel_status,channel_owner,last_verified";
const ACTOR = { type: "system", id: "cli:operator" } as const;
const NOW = new Date("2026-11-23T03:00:00Z");

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo({ db });
});

afterAll(async () => {
  await db?.close();
});

function csv(...rows: string[]): Uint8Array {
  return new TextEncoder().encode(`${[HEADER, ...rows].join("\n")}\n`);
}

function run(file: Uint8Array, options: { isDryRun?: boolean } = {}) {
  return importAgencies({ db, file, fileName: "test.csv", actor: ACTOR, now: NOW, ...options });
}

async function countRows(): Promise<Record<string, number>> {
  const { rows } = await db.query<Record<string, number>>(
    `select (select count(*) from agencies)::int as agencies,
            (select count(*) from agency_channels)::int as channels,
            (select count(*) from agency_channel_events)::int as events,
            (select count(*) from audit_log)::int as audits,
            (select coalesce(max(updated_at)::text, '') from agency_channels) as version`,
  );
  return rows[0]!;
}

describe("importing agencies and channels from CSV", () => {
  test("imports the sample file onto the demo register; a second import changes nothing", async () => {
    const before = await countRows();
    const first = await run(SAMPLE);
    expect(first.problems).toEqual([]);
    expect(first).toMatchObject({
      isWritten: true,
      rowCount: 10,
      agencies: { created: 4, updated: 0, unchanged: 1 },
      channels: { created: 9, updated: 0, unchanged: 0 },
    });
    const ddc = await selectAgencyByCode(db, "DDC");
    expect(ddc).toMatchObject({ parentCode: "MOPH", kind: "department", shortNameTh: "คร." });
    const city = await selectAgencyByCode(db, "NONTHABURI-CITY");
    expect(city).toMatchObject({ kind: "municipality", provinceTh: "นนทบุรี" });
    const nhso = await listAgencyChannels(db, (await selectAgencyByCode(db, "NHSO"))!.id);
    expect(nhso.map((channel) => [channel.kind, channel.value, channel.status])).toEqual([
      ["line_oa", "@nhso", "verified"],
      ["phone", "1330", "verified"],
      ["website", "www.nhso.go.th", "verified"],
    ]);
    const dopa = await listAgencyChannels(db, (await selectAgencyByCode(db, "DOPA"))!.id);
    expect(dopa.find((channel) => channel.kind === "email")).toMatchObject({
      value: "saraban@dopa.go.th",
      status: "pending",
      owner: "สำนักบริหารการทะเบียน",
    });

    const afterFirst = await countRows();
    expect(afterFirst.agencies).toBe(before.agencies! + 4);
    expect(afterFirst.events).toBe(before.events! + 9);
    expect(afterFirst.audits).toBe(before.audits! + 1);
    const { rows: audit } = await db.query<{ action: string; actor_id: string; details: unknown }>(
      "select action, actor_id, details from audit_log order by occurred_at desc, seq desc limit 1",
    );
    expect(audit[0]).toMatchObject({
      action: "channel_register.imported",
      actor_id: "cli:operator",
      details: { rows: 10, agencies: { created: 4 }, channels: { created: 9 } },
    });
    const { rows: history } = await db.query<{ event: string; actor: string }>(
      "select distinct event, actor from agency_channel_events where actor = 'cli:operator'",
    );
    expect(history).toEqual([{ event: "imported", actor: "cli:operator" }]);

    const second = await run(SAMPLE);
    expect(second).toMatchObject({
      isWritten: false,
      problems: [],
      agencies: { created: 0, updated: 0, unchanged: 5 },
      channels: { created: 0, updated: 0, unchanged: 9 },
    });
    expect(await countRows()).toEqual(afterFirst);
  });

  test("writes one history entry for the one channel that changed", async () => {
    const edited = new TextDecoder()
      .decode(SAMPLE)
      .replace("NHSO,,,,,,,,,phone,1330,,,", "NHSO,,,,,,,,,phone,1330,,ศูนย์บริการข้อมูล,");
    const before = await countRows();
    const report = await run(new TextEncoder().encode(edited));
    expect(report).toMatchObject({
      isWritten: true,
      agencies: { created: 0, updated: 0, unchanged: 5 },
      channels: { created: 0, updated: 1, unchanged: 8 },
    });
    const after = await countRows();
    expect(after.events).toBe(before.events! + 1);
    expect(after.version).not.toBe(before.version);
  });

  test("never lifts a suspension: a suspended channel listed as verified stays suspended", async () => {
    const rd = (await selectAgencyByCode(db, "RD"))!;
    await db.query(
      `update agency_channels set status = 'suspended', updated_at = now()
        where agency_id = $1 and kind = 'line_oa' and value = '@rdthailand'`,
      [rd.id],
    );
    const report = await run(csv("RD,,,,,,,,,line_oa,@rdthailand,verified,,"));
    expect(report.channels).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const line = (await listAgencyChannels(db, rd.id)).find((c) => c.value === "@rdthailand");
    expect(line?.status).toBe("suspended");
  });

  test("lists every problem with its line and column, in Thai and English, and writes nothing", async () => {
    const before = await countRows();
    const report = await run(
      csv(
        "BAD CODE,,department,กรมหนึ่ง,Dept One,,,,,,,,,",
        "NEW-A,,grom,กรมสอง,Dept Two,,,,,,,,,",
        "NEW-B,,department,กรมสาม,Dept Three,,,,,phone,12345,,,",
        "NEW-B,,,,,,,,,website,,,,",
        "NEW-B,,,กรมสามใหม่,,,,,,,,,,",
        "NEW-C,NOPE,department,กรมสี่,Dept Four,,,,,,,,,",
        "NEW-D,,department,กรมห้า,Dept Five,,,,not a site,line_oa,@newd,,,2569-01-01",
        "NEW-D,,,,,,,,,phone,02-123-4567,,,",
        "NEW-D,,,,,,,,,phone,021234567,,,",
        "NEW-E,,,,,,,,,website,www.new-e.go.th,,,",
      ),
    );
    expect(report.isWritten).toBe(false);
    expect(report.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
      [2, "agency_code", "invalid_code"],
      [3, "agency_kind", "invalid_agency_kind"],
      [4, "channel_value", "invalid_channel_value"],
      [5, "channel_value", "channel_incomplete"],
      [6, "name_th", "conflicting_value"],
      [7, "parent_code", "unknown_parent"],
      [8, "website", "invalid_website"],
      [8, "last_verified", "future_date"],
      [10, "channel_value", "duplicate_channel"],
      [11, null, "new_agency_incomplete"],
    ]);
    const conflicting = report.problems[4]!;
    expect(describeProblem(conflicting, "th")).toBe(
      "แถวที่ 6, คอลัมน์ name_th: หน่วยงาน NEW-B มีค่า name_th ไม่ตรงกับแถวที่ 4 (“กรมสาม”) ให้ใช้ค่าเดียวกัน หรือเว้นว่างไว้",
    );
    expect(describeProblem(conflicting, "en")).toBe(
      "Line 6, column name_th: Agency NEW-B has a different name_th on line 4 (“กรมสาม”). Give the same value, or leave the cell empty.",
    );
    expect(await countRows()).toEqual(before);
  });

  test("reports a channel verified for another agency as a conflict and keeps it with its holder", async () => {
    const before = await countRows();
    const report = await run(
      csv(
        "TAXHELP,,department,กรมช่วยภาษี,Tax Help Department,,,,,website,https://www.rd.go.th/,,,",
        "TAXHELP,,,,,,,,,line_oa,@taxhelp,,,",
      ),
    );
    expect(report.problems).toEqual([
      {
        line: 2,
        column: "channel_value",
        code: "verified_elsewhere",
        params: { value: "www.rd.go.th", other: "RD" },
      },
    ]);
    expect(describeProblem(report.problems[0]!, "en")).toContain("verified for agency RD");
    expect(await countRows()).toEqual(before);

    const pending = await run(
      csv("TAXHELP,,department,กรมช่วยภาษี,Tax Help Department,,,,,website,www.rd.go.th,pending,,"),
    );
    expect(pending).toMatchObject({ isWritten: true, problems: [] });
    const rd = await listAgencyChannels(db, (await selectAgencyByCode(db, "RD"))!.id);
    expect(rd.find((channel) => channel.value === "www.rd.go.th")?.status).toBe("verified");
  });

  test("reports two agencies given one verified channel in the same file", async () => {
    const report = await run(
      csv(
        "TWIN-A,,department,กรมแฝดเอ,Twin A,,,,,email_domain,twin.go.th,,,",
        "TWIN-B,,department,กรมแฝดบี,Twin B,,,,,email_domain,TWIN.go.th,,,",
      ),
    );
    expect(report.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, "duplicate_verified"],
    ]);
  });

  test("a dry run reports what would change and writes nothing", async () => {
    const before = await countRows();
    const report = await run(
      csv(
        "DRY-1,MOPH,department,กรมทดลอง,Department of Trying,,,,,website,www.dry-1.go.th,,,",
        "DRY-1,,,,,,,,,phone,02-111-2222,,,",
        "MOPH,,,,,,,,https://www.moph.go.th/th,,,,,",
      ),
      { isDryRun: true },
    );
    expect(report).toMatchObject({
      isDryRun: true,
      isWritten: false,
      problems: [],
      agencies: { created: 1, updated: 1, unchanged: 0 },
      channels: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(await countRows()).toEqual(before);
    expect(await selectAgencyByCode(db, "DRY-1")).toBeNull();
  });

  test("reads a byte-order mark, Windows line endings and Thai kind names; refuses a file not in UTF-8", async () => {
    const text = `\uFEFF${HEADER}\r\nBOM-1,,กรม,กรมบอม,Department of Marks,,,,,เว็บไซต์,www.bom-1.go.th,,,\r\n`;
    const report = await run(new TextEncoder().encode(text));
    expect(report).toMatchObject({ problems: [], isWritten: true, channels: { created: 1 } });
    expect(await selectAgencyByCode(db, "BOM-1")).toMatchObject({ kind: "department" });

    // "กรม" as TIS-620, as older Thai spreadsheets save it.
    const tis620 = Uint8Array.from([
      ...new TextEncoder().encode(`${HEADER}\nX1,,`),
      0xa1,
      0xc3,
      0xc1,
    ]);
    const refused = await run(tis620);
    expect(refused.problems.map((problem) => problem.code)).toEqual(["not_utf8"]);
    expect(describeProblem(refused.problems[0]!, "th")).toContain("CSV UTF-8");
  });

  test("names missing and unknown columns from the header", async () => {
    const report = await run(new TextEncoder().encode("agency_code,name_th,nmae_en\nA1,x,y\n"));
    expect(report.problems.map((problem) => [problem.line, problem.code, problem.params])).toEqual([
      [1, "unknown_column", expect.objectContaining({ name: "nmae_en" })],
      [1, "missing_column", { name: "agency_kind" }],
      [1, "missing_column", { name: "name_en" }],
    ]);
  });

  test("refuses to make or change the central operator, and finds a circle of parents", async () => {
    const report = await run(
      csv(
        "FAKE-DGA,,central_operator,ผู้ดูแลปลอม,Fake operator,,,,,,,,,",
        "DGA,,ministry,,,,,,,,,,,",
        "LOOP-A,LOOP-B,department,กรมวนเอ,Loop A,,,,,,,,,",
        "LOOP-B,LOOP-A,department,กรมวนบี,Loop B,,,,,,,,,",
      ),
    );
    expect(report.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, "operator_kind"],
      [3, "operator_kind"],
      [4, "parent_cycle"],
    ]);
    expect(report.problems[2]!.params).toEqual({ path: "LOOP-A → LOOP-B → LOOP-A" });
  });
});

describe("pratu import agencies", () => {
  test("prints the report in Thai and English, with plain progress lines off a terminal", async () => {
    const printed: string[] = [];
    const progress: string[] = [];
    const code = await runImportCommand({
      db,
      args: ["agencies", SAMPLE_PATH],
      isDryRun: true,
      actor: ACTOR,
      print: (line) => printed.push(line),
      progress: { isTTY: false, write: (text) => progress.push(text) },
    });
    expect(code).toBe(0);
    expect(printed).toContain("ตรวจสอบแล้ว ไม่มีปัญหา ยังไม่ได้บันทึกข้อมูล (ทดลองนำเข้า)");
    expect(printed).toContain("  Checked, no problems. Nothing was saved (dry run).");
    expect(progress.join("")).toContain("ตรวจสอบ / Checking…\n");
    expect(progress.join("")).not.toContain("\r");
  });

  test("draws a bar on a terminal, and exits 1 on a file with problems, 2 on a wrong command", async () => {
    const printed: string[] = [];
    const drawn: string[] = [];
    const directory = mkdtempSync(join(tmpdir(), "pratu-import-"));
    const bad = join(directory, "bad.csv");
    writeFileSync(bad, `${HEADER}\nNEW-Z,,department,กรมแซด,Dept Z,,,,,phone,12,,,\n`);
    const options = {
      db,
      isDryRun: false,
      actor: ACTOR,
      print: (line: string) => printed.push(line),
      progress: { isTTY: true, write: (text: string) => drawn.push(text) },
    };
    expect(await runImportCommand({ ...options, args: ["agencies", bad] })).toBe(1);
    expect(printed).toContain("  Line 2, column channel_value: “12” is not a valid phone.");
    expect(drawn.join("")).toMatch(/\r\x1b\[2K█+ 100% อ่านไฟล์ \/ Reading/);
    expect(drawn.at(-1)).toBe("\r\x1b[2K");
    expect(
      await runImportCommand({ ...options, args: ["agencies", join(directory, "none.csv")] }),
    ).toBe(2);
    expect(await runImportCommand({ ...options, args: ["agencies"] })).toBe(2);
    rmSync(directory, { recursive: true, force: true });
  });
});
