import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { createTestOfficer, officerBearerToken, signInOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { seedDemo } from "@/demo/seed";
import { demoServices } from "@/demo/services";

import { isServiceOpenForApplications } from "./service-availability";
import { runServicesCommand } from "./services-command";

const AGENCY = "CHIANGMAI-CITY";

describe("definition files in the console, and retiring through the API and the CLI", () => {
  let t: TestApp;
  let admin: BrowserSession;
  const tokens = { admin: "", officer: "", outsider: "" };

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db });
    for (const [label, agencyCode, role] of [
      ["admin", AGENCY, "admin"],
      ["officer", AGENCY, "officer"],
      ["outsider", "DOPA", "admin"],
    ] as const) {
      const officer = await createTestOfficer({
        db: t.db,
        secrets: t.secrets,
        memberships: [{ agencyCode, role }],
      });
      tokens[label] = await officerBearerToken(t.db, officer.officer.id);
      if (label === "admin") {
        admin = new BrowserSession(t.app);
        await signInOfficer(admin, officer);
      }
    }
    const created = await admin.post("/console/services/new", {
      template: "foreigner-notification",
      id: "guest-registration",
    });
    expect(created.status).toBe(303);
  });
  afterAll(() => t.close());

  const base = "/console/services/guest-registration";

  it("refuses JSON that does not parse or names another service, keeping what was typed", async () => {
    const broken = await admin.post(`${base}/json`, { definition: '{"id": "guest-registration",' });
    expect(broken.status).toBe(400);
    expect(broken.html).toContain("ไม่ใช่ JSON ที่ถูกต้อง");
    expect(broken.html).toContain("{&quot;id&quot;: &quot;guest-registration&quot;,</textarea>");
    expect(broken.html).toContain('aria-invalid="true"');

    const other = await admin.post(`${base}/json`, {
      definition: JSON.stringify({ id: "building-permit", agencyCode: "CHIANGMAI-MUEANG" }),
    });
    expect(other.status).toBe(400);
    expect(other.html).toContain("รหัสบริการ (id) ต้องเป็น guest-registration");
    expect(other.html).toContain("รหัสหน่วยงาน (agencyCode) ต้องเป็น CHIANGMAI-CITY");
  });

  it("saves JSON as the draft, incomplete or not, and lists what a part the form lacks still needs", async () => {
    const saved = await admin.post(`${base}/json`, {
      definition: JSON.stringify({
        ...demoServices[2],
        id: "guest-registration",
        agencyCode: AGENCY,
        outputs: [],
        surprise: true,
      }),
    });
    expect(saved.location).toBe(`${base}/json?done=saved`);
    const page = await admin.visit(saved.location!);
    expect(page.html).toContain("บันทึกฉบับร่างแล้ว");
    expect(page.html).toContain("ผลที่ได้รับ: ต้องมีอย่างน้อย 1 รายการ");
    expect(page.html).toContain("คำจำกัดความบริการ: มีส่วนที่ระบบไม่รู้จัก: surprise");
    expect(page.html).toContain('href="/console/services/guest-registration/json"');
  });

  it("imports a definition file into the draft and exports the draft and the published version", async () => {
    const file = new File(
      [JSON.stringify({ ...demoServices[2], id: "guest-registration", agencyCode: AGENCY })],
      "guest.json",
      { type: "application/json" },
    );
    const form = new FormData();
    form.set("_csrf", await admin.csrfToken());
    form.set("file", file);
    const imported = await admin.request(`${base}/import`, { method: "POST", body: form });
    expect(imported.status).toBe(303);
    expect(imported.headers.get("location")).toBe(`${base}/json?done=imported`);

    const empty = new FormData();
    empty.set("_csrf", await admin.csrfToken());
    const refused = await admin.request(`${base}/import`, { method: "POST", body: empty });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("โปรดเลือกไฟล์ JSON");

    const draft = await admin.request(`${base}/export?of=draft`);
    expect(draft.headers.get("content-disposition")).toBe(
      'attachment; filename="guest-registration-draft.json"',
    );
    expect(((await draft.json()) as { name: unknown }).name).toEqual(demoServices[2]!.name);
    expect((await admin.request(`${base}/export?of=published`)).status).toBe(404);

    const published = await admin.post(`${base}/publish`, { version: "1" });
    expect(published.status).toBe(303);
    const file1 = await admin.request(`${base}/export?of=published`);
    expect(file1.headers.get("content-disposition")).toBe(
      'attachment; filename="guest-registration-v1.json"',
    );
    expect(((await file1.json()) as { id: string }).id).toBe("guest-registration");
  });

  function retire(who: keyof typeof tokens, serviceId: string, body: unknown) {
    return t.app.request(`/api/v1/agencies/${AGENCY}/services/${serviceId}/retire`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens[who]}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  it("retires through the API: administrators only, with a reason in both languages", async () => {
    const reason = { th: "ยกเลิกบริการ", en: "Discontinued" };
    expect((await retire("officer", "elderly-allowance", { reason })).status).toBe(403);
    expect((await retire("outsider", "elderly-allowance", { reason })).status).toBe(404);
    expect((await retire("admin", "elderly-allowance", { reason: { th: "x" } })).status).toBe(400);

    const retired = await retire("admin", "elderly-allowance", { reason });
    expect(retired.status).toBe(200);
    expect(await retired.json()).toMatchObject({ serviceId: "elderly-allowance", version: 1 });
    expect((await retire("admin", "elderly-allowance", { reason })).status).toBe(409);
    expect(await isServiceOpenForApplications({ db: t.db, serviceId: "elderly-allowance" })).toBe(
      false,
    );
    const list = (await (await t.app.request("/api/v1/services?category=welfare")).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);

    const openapi = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toContain(
      "/api/v1/agencies/{code}/services/{serviceId}/retire",
    );
  });

  it("retires from the command line, insisting on a reason in Thai and English", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const args = ["retire", "CHIANGMAI-CITY/guest-registration"];
      expect(
        await runServicesCommand({ db: t.db, args, shouldPublish: false, reason: { th: "ก" } }),
      ).toBe(2);
      expect(
        await runServicesCommand({
          db: t.db,
          args,
          shouldPublish: false,
          reason: { th: "ยกเลิก", en: "Discontinued" },
        }),
      ).toBe(0);
      expect(log).toHaveBeenCalledWith("Retired guest-registration (last version 1).");
      expect(
        await isServiceOpenForApplications({ db: t.db, serviceId: "guest-registration" }),
      ).toBe(false);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
