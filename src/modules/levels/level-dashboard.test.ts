import { createTestApp, type TestApp } from "@test/support/app";
import type { BrowserSession } from "@test/support/browser-session";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { newId } from "@/core/db/ids";
import { upsertAgency } from "@/modules/agencies";

import { getLevelSummary } from "./level-dashboard";
import { refreshAllAgencyLevels } from "./refresh-levels";
import { type GeneratedAgency, generateLevelsDataset } from "./test-dataset";

let t: TestApp;
let agencies: GeneratedAgency[];
let browsers: Record<"operator" | "viewer" | "outsider", BrowserSession>;

beforeAll(async () => {
  t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
  await upsertAgency(t.db, {
    id: newId(),
    code: "OPS",
    parentId: null,
    kind: "central_operator",
    nameTh: "ผู้ดูแลระบบกลางทดสอบ",
    nameEn: "Test central operator",
  });
  const generated = await generateLevelsDataset({ db: t.db, agencies: 230, ministries: 6 });
  const { rows } = await t.db.query<{ id: string }>("select id from agencies where code = 'OPS'");
  // The operator is an agency too: under no ministry, in no province, below beginner.
  agencies = [
    ...generated,
    { id: rows[0]!.id, code: "OPS", ministryCode: null, province: null, expectedLevel: "none" },
  ];
  ({ browsers } = await signInOfficersByRole(t, {
    operator: { agencyCode: "OPS", role: "officer" },
    viewer: { agencyCode: "OPS", role: "viewer" },
    outsider: { agencyCode: "GEN-M1", role: "admin" },
  }));
});

afterAll(async () => {
  await t?.close();
});

/** Expected counts, grouped by a key, from the generated set alone. */
function expectedBy(key: (agency: GeneratedAgency) => string | null) {
  const counts = new Map<
    string | null,
    { none: number; beginner: number; standard: number; total: number }
  >();
  for (const agency of agencies) {
    const entry = counts.get(key(agency)) ?? { none: 0, beginner: 0, standard: 0, total: 0 };
    entry[agency.expectedLevel] += 1;
    entry.total += 1;
    counts.set(key(agency), entry);
  }
  return counts;
}

describe("the levels snapshot", () => {
  test("counts agencies per level by ministry and by province as the generated set says", async () => {
    const result = await refreshAllAgencyLevels({ db: t.db });
    expect(result.agencies).toBe(agencies.length);
    const summary = await getLevelSummary({ db: t.db });
    const byMinistry = expectedBy((agency) => agency.ministryCode);
    expect(
      new Map(
        summary.byMinistry.map(({ ministry, ...counts }) => [ministry?.code ?? null, counts]),
      ),
    ).toEqual(byMinistry);
    expect(
      new Map(summary.byProvince.map(({ province, ...counts }) => [province, counts])),
    ).toEqual(expectedBy((agency) => agency.province));
    const levels = expectedBy(() => "all").get("all")!;
    expect(summary.totals).toEqual(levels);
    // The generated set reaches every level, so the counts above test each.
    expect(levels.none * levels.beginner * levels.standard).toBeGreaterThan(0);
  });

  test("changes only when recomputed", async () => {
    const before = (await getLevelSummary({ db: t.db })).totals;
    const lagging = agencies.find(
      (agency) =>
        agency.expectedLevel === "none" &&
        /^GEN-\d+$/.test(agency.code) &&
        Number(agency.code.slice(4)) % 4 !== 3,
    )!;
    await t.db.query(
      "update agency_channels set status = 'verified', updated_at = now() where agency_id = $1 and kind = 'email_domain'",
      [lagging.id],
    );
    expect((await getLevelSummary({ db: t.db })).totals).toEqual(before);
    const refreshed = await browsers.operator.post("/console/operator/levels/refresh", {});
    expect(refreshed.status).toBe(303);
    const after = (await getLevelSummary({ db: t.db })).totals;
    expect(after.none).toBe(before.none - 1);
    expect(after.beginner + after.standard).toBe(before.beginner + before.standard + 1);
    await t.db.query(
      "update agency_channels set status = 'pending', updated_at = now() where agency_id = $1 and kind = 'email_domain'",
      [lagging.id],
    );
    await refreshAllAgencyLevels({ db: t.db });
  });
});

describe("the operator's dashboard", () => {
  test("draws the chart as an SVG image with a title and a description, and the numbers in tables", async () => {
    const page = await browsers.operator.get("/console/operator/levels");
    expect(page.status).toBe(200);
    const svg = /<svg\b[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>/.exec(page.html);
    expect(svg).not.toBeNull();
    const [titleId, descId] = svg![1]!.split(" ");
    expect(page.html).toMatch(
      new RegExp(`<title id="${titleId}">สัดส่วนหน่วยงานในแต่ละระดับ แยกตามกระทรวง</title>`),
    );
    expect(page.html).toMatch(new RegExp(`<desc id="${descId}">แผนภูมิแท่งแนวนอนแบบซ้อน 7 แท่ง`));
    expect(page.html).toContain("<caption>จำนวนหน่วยงานในแต่ละระดับ แยกตามกระทรวง</caption>");
    expect(page.html).toContain("<caption>จำนวนหน่วยงานในแต่ละระดับ แยกตามจังหวัด</caption>");
    const m0 = expectedBy((agency) => agency.ministryCode).get("GEN-M0")!;
    expect(page.html).toContain(
      `<tr><td>หน่วยงาน GEN-M0</td><td>${m0.none}</td><td>${m0.beginner}</td><td>${m0.standard}</td><td>${m0.total}</td></tr>`,
    );
    expect(page.html).not.toContain("<script");
  });

  test("lists the agencies below beginner, sorted by province or ministry in the database", async () => {
    const none = agencies.filter((agency) => agency.expectedLevel === "none");
    const page = await browsers.operator.get("/console/operator/levels?sort=province&dir=desc");
    expect(page.html).toContain(`ทั้งหมด ${none.length} หน่วยงาน`);
    expect(page.html).toContain('aria-sort="descending"');
    const provinces = [
      ...page.html.matchAll(
        /<tr><td>หน่วยงาน [^<]*<span[^>]*>\(([A-Z0-9-]+)\)<\/span><\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/g,
      ),
    ].map((match) => match[2]!);
    expect(provinces.length).toBe(Math.min(50, none.length));
    // In the database's own order of province names (its collation, not JavaScript's).
    const { rows } = await t.db.query<{ province: string }>(
      "select distinct province from agency_levels where province is not null order by province desc",
    );
    const rank = new Map(rows.map((row, index) => [row.province, index]));
    const ranks = provinces.map((province) => rank.get(province) ?? rows.length);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);

    const filtered = await browsers.operator.get(
      "/console/operator/levels?ministry=GEN-M2&province=%E0%B8%99%E0%B9%88%E0%B8%B2%E0%B8%99",
    );
    const expected = none.filter(
      (agency) => agency.ministryCode === "GEN-M2" && agency.province === "น่าน",
    );
    expect(filtered.html).toContain(`ทั้งหมด ${expected.length} หน่วยงาน`);
    const codes = [...filtered.html.matchAll(/<span translate="no">\(([A-Z0-9-]+)\)<\/span>/g)].map(
      (match) => match[1],
    );
    expect(codes.sort()).toEqual(expected.map((agency) => agency.code).sort());
  });

  test("gives the same counts as open data", async () => {
    const response = await t.app.request("/api/v1/levels");
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      totals: Record<string, number>;
      byMinistry: { ministry: { code: string } | null; total: number }[];
    };
    expect(body.totals).toEqual(expectedBy(() => "all").get("all"));
    expect(body.byMinistry.find((row) => row.ministry?.code === "GEN-M3")?.total).toBe(
      expectedBy((agency) => agency.ministryCode).get("GEN-M3")!.total,
    );
    expect(JSON.stringify(body)).not.toContain("GEN-2");
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toContain("/api/v1/levels");
  });

  test("is not there for other agencies' officers, and refuses the operator's viewers", async () => {
    expect((await browsers.outsider.get("/console/operator/levels")).status).toBe(404);
    expect((await browsers.outsider.post("/console/operator/levels/refresh", {})).status).toBe(404);
    expect((await browsers.viewer.get("/console/operator/levels")).status).toBe(403);
    expect((await browsers.outsider.get("/console")).html).not.toContain(
      "/console/operator/levels",
    );
    expect((await browsers.operator.get("/console")).html).toContain(
      'href="/console/operator/levels"',
    );
  });
});
