import { createRoute, z } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";

import { listDistricts, listProvinces, listSubdistricts } from "./thai-addresses";

/**
 * The Thai address dataset as a small public API, for the cascading selects
 * of an address question and for apps: provinces, a province's districts, a
 * district's subdistricts with their postcodes. It changes only with a
 * release, so answers may be cached for a day.
 */
export const addressRoutes = createRouter();

const CACHE_CONTROL = "public, max-age=86400";

const PlaceSchema = z
  .object({ code: z.string(), nameTh: z.string(), nameEn: z.string() })
  .openapi("AddressPlace");
const SubdistrictSchema = PlaceSchema.extend({
  postcodes: z
    .array(z.string())
    .openapi({ description: "Usually one; a few subdistricts have two" }),
}).openapi("AddressSubdistrict");

const listOf = <Item extends z.ZodType>(item: Item, description: string) => ({
  description,
  headers: z.object({ "cache-control": z.string() }),
  content: { "application/json": { schema: z.object({ items: z.array(item) }) } },
});

addressRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/addresses/provinces",
    tags: ["Addresses"],
    summary: "Thailand's 77 provinces, by code",
    responses: { 200: listOf(PlaceSchema, "Provinces") },
  }),
  (c) => {
    const items = listProvinces().map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn }));
    return c.json({ items }, 200, { "cache-control": CACHE_CONTROL });
  },
);

addressRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/addresses/provinces/{provinceCode}/districts",
    tags: ["Addresses"],
    summary: "The districts (amphoe, khet) of a province",
    request: {
      params: z.object({
        provinceCode: z
          .string()
          .regex(/^\d{2}$/)
          .openapi({ example: "50" }),
      }),
    },
    responses: {
      200: listOf(PlaceSchema, "Districts"),
      400: problemResponse("The code is not two digits"),
      404: problemResponse("No province has this code"),
    },
  }),
  (c) => {
    const districts = listDistricts(c.req.valid("param").provinceCode);
    if (!districts) throw new AppError("not_found", "No province has this code.");
    const items = districts.map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn }));
    return c.json({ items }, 200, { "cache-control": CACHE_CONTROL });
  },
);

addressRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/addresses/districts/{districtCode}/subdistricts",
    tags: ["Addresses"],
    summary: "The subdistricts (tambon, khwaeng) of a district, with postcodes",
    request: {
      params: z.object({
        districtCode: z
          .string()
          .regex(/^\d{4}$/)
          .openapi({ example: "5001" }),
      }),
    },
    responses: {
      200: listOf(SubdistrictSchema, "Subdistricts"),
      400: problemResponse("The code is not four digits"),
      404: problemResponse("No district has this code"),
    },
  }),
  (c) => {
    const subdistricts = listSubdistricts(c.req.valid("param").districtCode);
    if (!subdistricts) throw new AppError("not_found", "No district has this code.");
    const items = subdistricts.map(({ code, nameTh, nameEn, postcodes }) => ({
      code,
      nameTh,
      nameEn,
      postcodes,
    }));
    return c.json({ items }, 200, { "cache-control": CACHE_CONTROL });
  },
);
