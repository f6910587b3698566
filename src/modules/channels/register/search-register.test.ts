import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { seedDemo } from "@/demo/seed";

import { generateImportFile } from "../import/generate-import-file";
import { importAgencies } from "../import/import-agencies";
import type { RegisterSearchResult } from "./search-register";

const SUBDISTRICT = "องค์การบริหารส่วนตำบล";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.db });
  // 43 of them subdistrict organisations (องค์การบริหารส่วนตำบล...): three pages with the demo's one.
  const file = new TextEncoder().encode(
    `${generateImportFile({ agencies: 45, channelsPerAgency: 2 })}PENDING-1,,department,กรมรอตรวจ,Pending Department,,,,,website,www.pending-only.go.th,pending,,\n`,
  );
  const report = await importAgencies({
    db: t.db,
    file,
    fileName: "search.csv",
    actor: { type: "system", id: "test" },
  });
  expect(report.problems).toEqual([]);
});

afterAll(async () => {
  await t?.close();
});

async function search(query: Record<string, string>): Promise<RegisterSearchResult> {
  const response = await t.app.request(`/api/v1/channels?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as RegisterSearchResult;
}

const codes = (result: RegisterSearchResult) => result.items.map((item) => item.agency.code);
const matched = (result: RegisterSearchResult, code: string) =>
  result.items
    .find((item) => item.agency.code === code)
    ?.channels.filter((channel) => channel.isMatch)
    .map((channel) => channel.value);

describe("GET /api/v1/channels", () => {
  test("finds an agency by a Thai word inside its name, with its verified channels", async () => {
    const result = await search({ q: "สรรพากร" });
    expect(codes(result)).toEqual(["RD"]);
    expect(result.items[0]).toMatchObject({
      matchedBy: ["name"],
      channelCount: 8,
      agency: { nameTh: "กรมสรรพากร", kind: "department" },
    });
    expect(result.items[0]!.channels.map((channel) => channel.value)).toContain("@rdthailand");
    expect(codes(await search({ q: "ปกครอง" }))).toEqual(["DOPA"]);
    expect(codes(await search({ q: "เชียงใหม่" }))).toEqual(
      expect.arrayContaining(["CHIANGMAI", "CHIANGMAI-CITY", "CMU"]),
    );
  });

  test("finds agencies by English name, short name and code, the exact code first", async () => {
    expect(codes(await search({ q: "revenue" }))).toEqual(["RD"]);
    expect(codes(await search({ q: "ปค." }))).toEqual(["DOPA"]);
    expect(codes(await search({ q: "dopa" }))[0]).toBe("DOPA");
  });

  test("finds channels by part of their value: a domain, a link, an address, a LINE ID, phone digits", async () => {
    const byDomain = await search({ q: "rd.go.th" });
    expect(codes(byDomain)).toEqual(["RD"]);
    expect(matched(byDomain, "RD")).toEqual(
      expect.arrayContaining(["rd.go.th", "www.rd.go.th", "https://efiling.rd.go.th/"]),
    );
    expect(codes(await search({ q: "https://www.dbd.go.th/some/page?utm_source=x" }))).toEqual([
      "DBD",
    ]);
    expect(matched(await search({ q: "contact@dga.or.th" }), "DGA")).toEqual([
      "contact@dga.or.th",
      "dga.or.th",
      "www.dga.or.th",
    ]);
    expect(matched(await search({ q: "@dopa_news" }), "DOPA")).toEqual(["@dopa_news"]);
    expect(matched(await search({ q: "1548" }), "DOPA")).toEqual(["1548"]);
    expect(matched(await search({ q: "02-612-6000" }), "DGA")).toEqual(["+6626126000"]);
    expect(matched(await search({ q: "๖๑๒-๖๐๐๐" }), "DGA")).toEqual(["+6626126000"]);
  });

  test("narrows to one kind of channel", async () => {
    const result = await search({ q: "rd", kind: "line_oa" });
    expect(codes(result)).toEqual(["RD"]);
    expect(result.items[0]!.channels.map((channel) => channel.kind)).toEqual(["line_oa"]);
  });

  test("never shows a channel that is not verified", async () => {
    expect((await search({ q: "pending-only" })).total).toBe(0);
    const byName = await search({ q: "กรมรอตรวจ" });
    expect(byName.items[0]).toMatchObject({ agency: { code: "PENDING-1" }, channels: [] });
  });

  test("pages through many results and refuses pages past the bound", async () => {
    const first = await search({ q: SUBDISTRICT });
    expect(first).toMatchObject({ total: 44, pages: 3, page: 1, pageSize: 20 });
    const third = await search({ q: SUBDISTRICT, page: "3" });
    expect(third.items).toHaveLength(4);
    expect(new Set([...codes(first), ...codes(third)]).size).toBe(24);
    const beyond = await t.app.request("/api/v1/channels?q=x&page=51");
    expect(beyond.status).toBe(400);
    const tooLong = await t.app.request(`/api/v1/channels?q=${"ก".repeat(101)}`);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain("100 characters");
  });

  test("is described in the OpenAPI document", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    const parameters = document.paths["/api/v1/channels"]?.get?.parameters ?? [];
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual(["kind", "page", "q"]);
  });

  test("with no query, lists the agencies that have verified channels", async () => {
    const result = await search({});
    expect(result.total).toBe(14 + 45);
    expect(codes(result)).not.toContain("PENDING-1");
  });
});

describe("the /register page", () => {
  test("shows results grouped by agency, highlights what matched, and links to the next page", async () => {
    const response = await t.app.request(`/register?q=${encodeURIComponent(SUBDISTRICT)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("พบ 44 หน่วยงาน");
    expect(html).toContain(`href="/register?q=${encodeURIComponent(SUBDISTRICT)}&amp;page=2"`);
    expect(html).toContain("หน้า 1 จาก 3");
    const byValue = await (await t.app.request("/register?q=1161")).text();
    expect(byValue).toContain("<mark>1161</mark>");
    expect(byValue).toContain('href="/agencies/RD/channels"');
  });

  test("says so when nothing matches, and answers an over-long query with 400 and the reason", async () => {
    const none = await (await t.app.request("/register?q=zzzz-nothing")).text();
    expect(none).toContain("ไม่พบหน่วยงานหรือช่องทางที่ตรงกับคำค้น");
    const tooLong = await t.app.request(`/register?q=${"a".repeat(150)}`, {
      headers: { cookie: "pratu_lang=en" },
    });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain("The search is longer than 100 characters");
  });
});

describe("trigram search on Thai", () => {
  test("extracts trigrams from Thai text, so the agencies' trigram index serves a Thai substring", async () => {
    const { rows } = await t.db.query<{ trigrams: number }>(
      "select array_length(show_trgm('เชียงใหม่'), 1) as trigrams",
    );
    expect(rows[0]!.trigrams).toBeGreaterThan(3);
    const plan = await t.db.transaction(async (tx) => {
      // A small table is cheaper to scan; forbid that to see whether the index can serve.
      await tx.query("set local enable_seqscan = off");
      const { rows: lines } = await tx.query<Record<string, string>>(
        `explain select id from agencies a
          where (a.name_th || ' ' || a.name_en || ' ' || a.code || ' ' || coalesce(a.short_name_th, '') || ' ' || coalesce(a.short_name_en, '')) ilike '%เชียงใหม่%'`,
      );
      return lines.map((line) => Object.values(line)[0]).join("\n");
    });
    expect(plan).toContain("Bitmap Index Scan on agencies_search_idx");
  });
});
