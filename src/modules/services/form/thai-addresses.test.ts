import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  findDistrict,
  findSubdistrict,
  listDistricts,
  listProvinces,
  listSubdistricts,
} from "./thai-addresses";

describe("the Thai address dataset", () => {
  it("holds every province, district and subdistrict, each code once", () => {
    const provinces = listProvinces();
    const districts = provinces.flatMap((province) => listDistricts(province.code) ?? []);
    const subdistricts = districts.flatMap((district) => listSubdistricts(district.code) ?? []);
    expect(provinces).toHaveLength(77);
    expect(districts).toHaveLength(928);
    expect(subdistricts.length).toBeGreaterThan(7_300);
    expect(subdistricts.length).toBeLessThan(7_600);
    for (const list of [provinces, districts, subdistricts]) {
      expect(new Set(list.map((place) => place.code)).size).toBe(list.length);
    }
    for (const subdistrict of subdistricts) {
      expect(subdistrict.code.startsWith(subdistrict.districtCode)).toBe(true);
      expect(subdistrict.postcodes.length).toBeGreaterThan(0);
    }
  });

  it("knows ช้างเผือก in เมืองเชียงใหม่ by its postcode 50300", () => {
    const district = listDistricts("50")?.find((each) => each.nameTh === "เมืองเชียงใหม่");
    expect(district).toMatchObject({ code: "5001", nameEn: "Mueang Chiang Mai" });
    const subdistrict = listSubdistricts("5001")?.find((each) => each.nameTh === "ช้างเผือก");
    expect(subdistrict).toEqual({
      code: "500107",
      nameTh: "ช้างเผือก",
      nameEn: "Chang Phueak",
      districtCode: "5001",
      provinceCode: "50",
      postcodes: ["50300"],
    });
    expect(findSubdistrict("500107")?.districtCode).toBe("5001");
    expect(findDistrict("1001")?.nameTh).toBe("พระนคร");
  });

  it("gives subdistricts that share out two postcodes both of them", () => {
    const khlongToei = listDistricts("10")?.find((each) => each.nameTh === "คลองเตย");
    const phraKhanong = listSubdistricts(khlongToei!.code)?.find(
      (each) => each.nameTh === "พระโขนง",
    );
    expect(phraKhanong?.postcodes).toEqual(["10110", "10260"]);
  });
});

describe("the address API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("lists provinces, a province's districts and a district's subdistricts, cacheable", async () => {
    const provinces = await t.app.request("/api/v1/addresses/provinces");
    expect(provinces.status).toBe(200);
    expect(provinces.headers.get("cache-control")).toBe("public, max-age=86400");
    const { items } = (await provinces.json()) as { items: { code: string; nameTh: string }[] };
    expect(items).toHaveLength(77);
    expect(items).toContainEqual({ code: "50", nameTh: "เชียงใหม่", nameEn: "Chiang Mai" });

    const districts = await t.app.request("/api/v1/addresses/provinces/50/districts");
    expect(((await districts.json()) as { items: unknown[] }).items).toContainEqual({
      code: "5001",
      nameTh: "เมืองเชียงใหม่",
      nameEn: "Mueang Chiang Mai",
    });
    const subdistricts = await t.app.request("/api/v1/addresses/districts/5001/subdistricts");
    expect(((await subdistricts.json()) as { items: unknown[] }).items).toContainEqual({
      code: "500107",
      nameTh: "ช้างเผือก",
      nameEn: "Chang Phueak",
      postcodes: ["50300"],
    });
  });

  it("answers 404 for a code no place has and 400 for one of the wrong shape", async () => {
    expect((await t.app.request("/api/v1/addresses/provinces/00/districts")).status).toBe(404);
    expect((await t.app.request("/api/v1/addresses/districts/0000/subdistricts")).status).toBe(404);
    const malformed = await t.app.request("/api/v1/addresses/provinces/chiang-mai/districts");
    expect(malformed.status).toBe(400);
  });

  it("is described in the OpenAPI document", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/addresses/provinces",
        "/api/v1/addresses/provinces/{provinceCode}/districts",
        "/api/v1/addresses/districts/{districtCode}/subdistricts",
      ]),
    );
  });
});
