import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

describe("agency directory", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
  });
  afterAll(() => t.close());

  it("lists agencies in Thai by default, with the hierarchy", async () => {
    const response = await t.app.request("/agencies/DOPA");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="th">');
    expect(html).toContain("กรมการปกครอง");
    expect(html).toContain('href="/agencies/MOI"');
  });

  it("finds agencies by a Thai substring through the API", async () => {
    const response = await t.app.request(`/api/v1/agencies?q=${encodeURIComponent("เชียงใหม่")}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { code: string }[] };
    const codes = body.items.map((item) => item.code).sort();
    expect(codes).toEqual([
      "CHIANGMAI",
      "CHIANGMAI-CITY",
      "CHIANGMAI-MUEANG",
      "CHIANGMAI-PAO",
      "CMU",
    ]);
  });

  it("answers a malformed agency code with a 400 problem naming the field", async () => {
    const response = await t.app.request("/api/v1/agencies/not_a_code");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors[0]?.field).toBe("code");
  });

  it("answers an unknown agency with 404 in English when asked for English", async () => {
    const response = await t.app.request("/agencies/NOSUCH", {
      headers: { cookie: "pratu_lang=en", accept: "text/html" },
    });
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("We could not find that page");
  });
});
