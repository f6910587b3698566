import { createHash } from "node:crypto";

import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { seedDemo } from "@/demo/seed";
import { jobHandlers } from "@/job-handlers";

import { importAgencies } from "../import/import-agencies";
import {
  bangkokDay,
  openDataColumns,
  openDataSnapshotJob,
  publishDailySnapshot,
} from "./open-data";

let t: TestApp;
let verifiedCount: number;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.db });
  // A channel the register must not publish (pending), and one with an owner it must not show.
  const report = await importAgencies({
    db: t.db,
    file: new TextEncoder().encode(
      "agency_code,agency_kind,name_th,name_en,channel_kind,channel_value,channel_status,channel_owner,last_verified\n" +
        'OPEN-1,department,"กรมเปิด, ข้อมูล",Open Data Department,website,www.open-1.go.th,verified,นายสมชาย ใจดี,2026-11-01\n' +
        "OPEN-1,,,,phone,02-222-3333,pending,,\n",
    ),
    fileName: "open.csv",
    actor: { type: "system", id: "test" },
  });
  expect(report.problems).toEqual([]);
  const { rows } = await t.db.query<{ count: number }>(
    "select count(*)::int as count from agency_channels where status = 'verified'",
  );
  verifiedCount = rows[0]!.count;
});

afterAll(async () => {
  await t?.close();
});

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

describe("the open data export", () => {
  test("serves the latest CSV: UTF-8 with BOM, one row per verified channel, nothing personal", async () => {
    const response = await t.app.request("/opendata/official-channels.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const day = bangkokDay(new Date());
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="official-channels-${day}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(response.headers.get("etag")).toBe(`"${sha256(body)}"`);
    const lines = body.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(openDataColumns.map(([name]) => name).join(","));
    expect(lines).toHaveLength(verifiedCount + 1);
    expect(lines).toContain(
      'OPEN-1,"กรมเปิด, ข้อมูล",Open Data Department,,,department,,,website,www.open-1.go.th,www.open-1.go.th,2026-11-01',
    );
    expect(body).not.toContain("02-222-3333");
    expect(body).not.toContain("สมชาย");

    const again = await t.app.request("/opendata/official-channels.csv", {
      headers: { "if-none-match": response.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });

  test("serves the same rows as JSON, and both by date", async () => {
    const json = (await (await t.app.request("/opendata/official-channels.json")).json()) as {
      count: number;
      date: string;
      items: Record<string, string | null>[];
      licence: { id: string };
    };
    expect(json.count).toBe(verifiedCount);
    expect(json.licence.id).toBe("dga-open-government-license");
    expect(
      json.items.find((item) => item.agency_code === "RD" && item.channel_kind === "phone"),
    ).toEqual(expect.objectContaining({ channel_value: "1161", agency_name_th: "กรมสรรพากร" }));
    const dated = await t.app.request(`/opendata/official-channels/${json.date}.json`);
    expect(dated.status).toBe(200);
    expect(dated.headers.get("cache-control")).toContain("immutable");
    for (const path of ["2001-01-01.csv", `${json.date}.xml`, "latest.csv", "2026-13-45.json"]) {
      expect((await t.app.request(`/opendata/official-channels/${path}`)).status).toBe(404);
    }
  });

  test("describes the dataset in Thai and English, with its columns, licence and files", async () => {
    const metadata = (await (
      await t.app.request("/opendata/official-channels/metadata.json")
    ).json()) as {
      title: { th: string; en: string };
      columns: { name: string; description: { th: string; en: string } }[];
      distributions: { format: string; url: string }[];
      snapshots: { date: string; format: string; sha256: string; rows: number }[];
    };
    expect(metadata.title.th).toContain("มาตรา 10");
    expect(metadata.columns.map((column) => column.name)).toEqual(
      openDataColumns.map(([name]) => name),
    );
    expect(metadata.distributions).toContainEqual({
      format: "CSV",
      mediaType: "text/csv; charset=utf-8",
      url: "http://localhost/opendata/official-channels.csv",
    });
    expect(metadata.snapshots).toHaveLength(2);
    expect(metadata.snapshots[0]!.rows).toBe(verifiedCount);
    const page = await (await t.app.request("/opendata/official-channels")).text();
    expect(page).toContain("last_verified_date");
    expect(page).toContain(metadata.snapshots[0]!.sha256);
  });

  test("publishes once a day from the recurring job, and forgets snapshots past a month", async () => {
    expect(jobHandlers).toContain(openDataSnapshotJob);
    expect(openDataSnapshotJob.everyMilliseconds).toBe(60 * 60 * 1000);
    const today = await publishDailySnapshot({ db: t.db });
    expect(today.isPublished).toBe(false);

    const later = new Date(Date.now() + 40 * 86_400_000);
    const { rows: before } = await t.db.query<{ count: number }>(
      "select count(*)::int as count from channel_register_snapshots",
    );
    expect(before[0]!.count).toBe(2);
    const published = await publishDailySnapshot({ db: t.db, now: later });
    expect(published).toMatchObject({ isPublished: true, day: bangkokDay(later) });
    const { rows } = await t.db.query<{ day: string }>(
      "select to_char(day, 'YYYY-MM-DD') as day from channel_register_snapshots",
    );
    expect(rows.map((row) => row.day)).toEqual([bangkokDay(later), bangkokDay(later)]);
  });
});
