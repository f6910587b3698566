import { createTestApp, type TestApp } from "@test/support/app";
import { createTestOfficer, officerBearerToken } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";
import { demoServices } from "@/demo/services";

describe("service administration API", () => {
  let t: TestApp;
  const tokens: Record<"admin" | "officer" | "outsider", string> = {
    admin: "",
    officer: "",
    outsider: "",
  };
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    for (const [label, agencyCode, role] of [
      ["admin", "CHIANGMAI-CITY", "admin"],
      ["officer", "CHIANGMAI-CITY", "officer"],
      ["outsider", "DOPA", "admin"],
    ] as const) {
      const created = await createTestOfficer({
        db: t.db,
        secrets: t.secrets,
        memberships: [{ agencyCode, role }],
      });
      tokens[label] = await officerBearerToken(t.db, created.officer.id);
    }
  });
  afterAll(() => t.close());

  function call(who: keyof typeof tokens, method: string, path: string, body?: unknown) {
    return t.app.request(path, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  const base = "/api/v1/agencies/CHIANGMAI-CITY/services/elderly-allowance";
  const changed = {
    ...demoServices[0]!,
    summary: { th: "สรุปฉบับปรับปรุง", en: "Revised summary" },
  };

  it("lets an administrator save a draft and publish it as the next version", async () => {
    const saved = await call("admin", "PUT", `${base}/draft`, changed);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ serviceId: "elderly-allowance", problems: [] });
    const published = await call("admin", "POST", `${base}/publish`);
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ serviceId: "elderly-allowance", version: 2 });

    const current = await t.app.request("/api/v1/services/elderly-allowance");
    expect(
      ((await current.json()) as { definition: { summary: { en: string } } }).definition.summary.en,
    ).toBe("Revised summary");
    const first = await t.app.request("/api/v1/services/elderly-allowance?version=1");
    expect(((await first.json()) as { definition: unknown }).definition).toEqual(demoServices[0]);
  });

  it("tells an officer who is not an administrator 403 and an administrator of another agency 404", async () => {
    expect((await call("officer", "POST", `${base}/publish`)).status).toBe(403);
    expect((await call("officer", "PUT", `${base}/draft`, changed)).status).toBe(403);
    expect((await call("outsider", "POST", `${base}/publish`)).status).toBe(404);
    expect((await call("outsider", "PUT", `${base}/draft`, changed)).status).toBe(404);
  });

  it("refuses a draft that names another agency, and lists what an incomplete draft lacks", async () => {
    const wrong = await call("admin", "PUT", `${base}/draft`, { ...changed, agencyCode: "DOPA" });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: { field: string }[] }).errors).toEqual([
      expect.objectContaining({ field: "agencyCode" }),
    ]);
    const incomplete = await call("admin", "PUT", `${base}/draft`, { ...changed, fees: [{}] });
    const body = (await incomplete.json()) as { problems: { field: string }[] };
    expect(body.problems.map((problem) => problem.field)).toEqual(
      expect.arrayContaining(["fees.0.label", "fees.0.amountSatang"]),
    );
    const refused = await call("admin", "POST", `${base}/publish`);
    expect(refused.status).toBe(400);
  });
});
