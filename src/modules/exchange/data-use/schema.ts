import { z } from "@hono/zod-openapi";

import { AgencyCodeSchema } from "@/modules/agencies";

import { dataUseOutcomes } from "./repo";

const Bilingual = z.object({ th: z.string(), en: z.string() });
const NamedAgencySchema = z.object({ code: z.string(), name: Bilingual });

export const dataUsePeriods = ["7", "30", "90", "365"] as const;
export type DataUsePeriod = (typeof dataUsePeriods)[number];

/** A GET form sends an empty string for "any"; that means no filter. */
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);

const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const DataUseQuerySchema = z.object({
  agency: z.preprocess(blankAsMissing, AgencyCodeSchema.optional()).openapi({
    description: "Only calls by this agency (its code)",
    example: "CHIANGMAI-CITY",
  }),
  dataService: z
    .preprocess(blankAsMissing, z.uuid().optional())
    .openapi({ description: "Only calls to this data service (its id)" }),
  period: z
    .preprocess(blankAsMissing, z.enum(dataUsePeriods).optional())
    .openapi({ description: "Only the last 7, 30, 90 or 365 days" }),
  from: z
    .preprocess(blankAsMissing, instant.optional())
    .openapi({ description: "Only calls at or after this instant (or date, Bangkok time)" }),
  to: z
    .preprocess(blankAsMissing, instant.optional())
    .openapi({ description: "Only calls before this instant (or date, Bangkok time)" }),
  page: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(500).optional()),
});
export type DataUseQueryInput = z.infer<typeof DataUseQuerySchema>;

/** A date alone means its start in Bangkok, as the person reads the calendar. */
function instantOf(value: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value);
}

/** The bounds a query asks for: a period counts back from now; `from` and `to` are as given. */
export function periodBounds(
  query: Pick<DataUseQueryInput, "period" | "from" | "to">,
  now = new Date(),
): { from?: Date; to?: Date } {
  const periodStart = query.period
    ? new Date(now.getTime() - Number(query.period) * 24 * 60 * 60 * 1000)
    : undefined;
  const from = query.from ? instantOf(query.from) : undefined;
  const later =
    periodStart && from ? (periodStart > from ? periodStart : from) : (periodStart ?? from);
  return {
    ...(later ? { from: later } : {}),
    ...(query.to ? { to: instantOf(query.to) } : {}),
  };
}

export const DataUseEntrySchema = z
  .object({
    id: z.uuid(),
    occurredAt: z.string().openapi({ format: "date-time" }),
    consumer: z.string().openapi({ example: "TH/GOV/CHIANGMAI-CITY/elderly-allowance" }),
    consumerAgency: NamedAgencySchema.nullable(),
    consumerSubsystem: z.string().nullable(),
    consumerServiceName: Bilingual.nullable(),
    provider: NamedAgencySchema.nullable(),
    dataService: z.object({ id: z.uuid(), code: z.string(), name: Bilingual }).nullable(),
    service: z.string().openapi({ example: "TH/GOV/DOPA/population/person.address" }),
    purpose: z.string().nullable(),
    purposeText: Bilingual.nullable(),
    outcome: z.enum(dataUseOutcomes),
  })
  .openapi("DataUseEntry");

export const DataUsePageSchema = z
  .object({
    entries: z.array(DataUseEntrySchema),
    total: z.number().int(),
    page: z.number().int(),
    pages: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("DataUsePage");

export const NoticeSettingSchema = z
  .object({ notifyByEmail: z.boolean() })
  .openapi("DataUseNoticeSetting");
