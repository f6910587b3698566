import { z } from "@hono/zod-openapi";

export const agencyKinds = [
  "central_operator",
  "ministry",
  "department",
  "provincial_office",
  "district_office",
  "state_enterprise",
  "public_organisation",
  "university",
  "provincial_administrative_organisation",
  "municipality",
  "subdistrict_administrative_organisation",
] as const;

export type AgencyKind = (typeof agencyKinds)[number];

export const AgencyCodeSchema = z
  .string()
  .regex(
    /^[A-Z0-9][A-Z0-9-]{1,31}$/,
    "An agency code is 2-32 capital letters, digits or hyphens, e.g. DOPA",
  )
  .openapi({ example: "DOPA" });

export const AgencySchema = z
  .object({
    id: z.uuid(),
    code: AgencyCodeSchema,
    parentCode: z.string().nullable(),
    kind: z.enum(agencyKinds),
    nameTh: z.string().openapi({ example: "กรมการปกครอง" }),
    nameEn: z.string().openapi({ example: "Department of Provincial Administration" }),
    shortNameTh: z.string().nullable(),
    shortNameEn: z.string().nullable(),
    provinceTh: z.string().nullable(),
    website: z.string().nullable(),
  })
  .openapi("Agency");

export type Agency = z.infer<typeof AgencySchema>;

export const AgencyListQuerySchema = z.object({
  q: z.string().trim().max(100, "Search for at most 100 characters").optional(),
  kind: z.enum(agencyKinds).optional(),
  parent: AgencyCodeSchema.optional(),
});
