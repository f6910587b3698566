import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

import type { PublishedService, ServiceSummary } from "./schema";

describe("service catalogue and manuals", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
  });
  afterAll(() => t.close());

  async function listIds(query: string): Promise<string[]> {
    const response = await t.app.request(`/api/v1/services?${query}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: ServiceSummary[] };
    return body.items.map((item) => item.id).sort();
  }

  it("finds services by Thai words typed without spaces", async () => {
    expect(await listIds(`q=${encodeURIComponent("เบี้ยยังชีพ")}`)).toEqual(["elderly-allowance"]);
    expect(await listIds(`q=${encodeURIComponent("ผู้สูงอายุ")}`)).toEqual(["elderly-allowance"]);
    expect(await listIds(`q=${encodeURIComponent("ขออนุญาตก่อสร้าง")}`)).toEqual(["building-permit"]);
    expect(await listIds(`q=${encodeURIComponent("แจ้งที่พักคนต่างด้าว")}`)).toEqual([
      "tm30-residence-notification",
    ]);
    expect(await listIds(`q=${encodeURIComponent("เบี้ยยังชีพก่อสร้าง")}`)).toEqual([]);
  });

  it("finds services by English word prefixes and filters by agency, category and life event", async () => {
    expect(await listIds("q=Build%20perm")).toEqual(["building-permit"]);
    expect(await listIds("")).toEqual([
      "building-permit",
      "elderly-allowance",
      "tm30-residence-notification",
    ]);
    expect(await listIds("agency=IMM")).toEqual(["tm30-residence-notification"]);
    expect(await listIds("category=welfare")).toEqual(["elderly-allowance"]);
    expect(await listIds("lifeEvent=moving_home")).toEqual(["tm30-residence-notification"]);
    const bad = await t.app.request("/api/v1/services?category=nonsense");
    expect(bad.status).toBe(400);
  });

  it("returns a published service and its version through the API", async () => {
    const response = await t.app.request("/api/v1/services/building-permit");
    expect(response.status).toBe(200);
    const service = (await response.json()) as PublishedService;
    expect(service.version).toBe(1);
    expect(service.agency.code).toBe("CHIANGMAI-MUEANG");
    expect(service.totalWorkingDays).toBe(45);
    expect(service.definition.legalBasis[0]?.section).toBe("21");
    expect((await t.app.request("/api/v1/services/no-such-service")).status).toBe(404);
    expect((await t.app.request("/api/v1/services/building-permit?version=2")).status).toBe(404);
  });

  it("publishes the definition's JSON Schema, and lists the endpoints in the OpenAPI document", async () => {
    const schema = await t.app.request("/api/v1/services/schema.json");
    expect(schema.status).toBe(200);
    const body = (await schema.json()) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(body.required).toEqual(
      expect.arrayContaining(["id", "agencyCode", "steps", "documents"]),
    );
    const openapi = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/v1/services", "/api/v1/services/{serviceId}"]),
    );
  });

  it("searches the catalogue page with a plain GET form in Thai", async () => {
    const response = await t.app.request(
      `/services?q=${encodeURIComponent("เบี้ยยังชีพ")}&category=&lifeEvent=`,
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("พบ 1 บริการ");
    expect(html).toContain('href="/services/elderly-allowance"');
    expect(html).not.toContain('href="/services/building-permit"');
  });

  it("shows the citizen's manual with total working days, fees in baht and a Buddhist Era date", async () => {
    const response = await t.app.request("/services/building-permit");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("คู่มือสำหรับประชาชน");
    expect(html).toContain("45 วันทำการ");
    expect(html).toContain("20 บาท");
    expect(html).toContain("0.50 บาท");
    expect(html).toContain("แบบแปลนอาคาร");
    expect(html).toContain("มาตรา/ข้อ 21");
    const buddhistYear = new Date().getFullYear() + 543;
    expect(html).toMatch(
      new RegExp(`เผยแพร่เมื่อ \\d{1,2} \\S+ (${buddhistYear}|${buddhistYear + 1})`),
    );

    const english = await t.app.request("/services/elderly-allowance", {
      headers: { cookie: "pratu_lang=en" },
    });
    const englishHtml = await english.text();
    expect(englishHtml).toContain("10 working days");
    expect(englishHtml).toContain("No fee");
    expect((await t.app.request("/services/no-such-service")).status).toBe(404);
  });
});
