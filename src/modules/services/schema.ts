import { z } from "@hono/zod-openapi";

import { isPratuAcr } from "@/core/auth/assurance";

import { FormDefinitionSchema } from "./form/schema";
import { RegistryRequirementSchema } from "./registry-requirement";

/**
 * A service definition: the one source of its JSON Schema (published at
 * /api/v1/services/schema.json), its TypeScript type and its API shape.
 */
export const serviceCategories = [
  "welfare",
  "building",
  "immigration",
  "business",
  "civil_registration",
  "tax",
  "health",
  "education",
  "environment",
  "transport",
  "agriculture",
  "other",
] as const;

export const lifeEvents = [
  "birth",
  "education",
  "work",
  "starting_business",
  "building_home",
  "moving_home",
  "marriage",
  "old_age",
  "disability",
  "arriving_in_thailand",
  "death",
] as const;

export const applicantKinds = ["citizen", "juristic_person", "foreigner"] as const;

export type ServiceCategory = (typeof serviceCategories)[number];
export type LifeEvent = (typeof lifeEvents)[number];
export type ApplicantKind = (typeof applicantKinds)[number];

export const ServiceIdSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens")
  .openapi({ example: "elderly-allowance" });

const AgencyCodeSchema = z
  .string()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
  .openapi({ example: "CHIANGMAI-CITY" });

const text = (max: number) => z.string().trim().min(1).max(max);

/** Text a person reads, in both of Pratu's languages. */
const Bilingual = (max = 500) => z.object({ th: text(max), en: text(max) }).strict();

export const ServiceDefinitionSchema = z
  .object({
    id: ServiceIdSchema,
    agencyCode: AgencyCodeSchema,
    name: Bilingual(200),
    summary: Bilingual(1000),
    category: z.enum(serviceCategories),
    lifeEvents: z.array(z.enum(lifeEvents)).max(lifeEvents.length),
    legalBasis: z
      .array(z.object({ title: Bilingual(500), section: text(100).optional() }).strict())
      .min(1),
    applicants: z.array(z.enum(applicantKinds)).min(1),
    requiredAssurance: z
      .string()
      .regex(/^urn:pratu:ial:[0-9.]+:aal:[0-9.]+$/)
      .refine(isPratuAcr, "An acr of the form urn:pratu:ial:<IAL>:aal:<AAL>")
      .openapi({ example: "urn:pratu:ial:2.1:aal:2.1" }),
    criteria: z.array(Bilingual(1000)).min(1),
    steps: z
      .array(
        z
          .object({
            title: Bilingual(300),
            responsible: Bilingual(300),
            workingDays: z.number().int().min(0).max(365),
          })
          .strict(),
      )
      .min(1),
    fees: z.array(
      z
        .object({
          label: Bilingual(300),
          amountSatang: z.number().int().min(0),
          note: Bilingual(500).optional(),
        })
        .strict(),
    ),
    documents: z.array(
      z
        .object({
          name: Bilingual(300),
          count: z.number().int().min(1).max(100),
          source: z.enum(["attach", "registry"]),
          note: Bilingual(500).optional(),
          /** With source "registry": the form fetches it itself, instead of the agency checking later. */
          registry: RegistryRequirementSchema.optional(),
        })
        .strict(),
    ),
    outputs: z.array(z.object({ name: Bilingual(300) }).strict()).min(1),
    channels: z
      .array(
        z.object({ kind: z.enum(["online", "counter"]), th: text(500), en: text(500) }).strict(),
      )
      .min(1),
    /** The online application form; a service without one is applied for at the counter. */
    form: FormDefinitionSchema.optional(),
    /** Reasons officers pick from when they decide, so the applicant reads a clear, lawful one. */
    reasonTemplates: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
              .max(60),
            outcome: z.enum(["approved", "rejected"]),
            label: Bilingual(200),
            text: Bilingual(2000),
          })
          .strict(),
      )
      .max(30)
      .optional(),
  })
  .strict()
  .openapi("ServiceDefinition");

export type ServiceDefinition = z.infer<typeof ServiceDefinitionSchema>;

/** The JSON Schema of a definition file, as authors and their tools validate against it. */
export function serviceDefinitionJsonSchema(): Record<string, unknown> {
  return {
    $id: "/api/v1/services/schema.json",
    title: "Pratu service definition",
    ...z.toJSONSchema(ServiceDefinitionSchema, { io: "input" }),
  };
}

export function totalWorkingDays(definition: Pick<ServiceDefinition, "steps">): number {
  return definition.steps.reduce((sum, step) => sum + step.workingDays, 0);
}

const AgencyRefSchema = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });

export const ServiceSummarySchema = z
  .object({
    id: ServiceIdSchema,
    version: z.number().int(),
    agency: AgencyRefSchema,
    name: z.object({ th: z.string(), en: z.string() }),
    summary: z.object({ th: z.string(), en: z.string() }),
    category: z.enum(serviceCategories),
    lifeEvents: z.array(z.enum(lifeEvents)),
    totalWorkingDays: z.number().int(),
    publishedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("ServiceSummary");

export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;

export const PublishedServiceSchema = z
  .object({
    id: ServiceIdSchema,
    version: z.number().int(),
    agency: AgencyRefSchema,
    publishedAt: z.string().openapi({ format: "date-time" }),
    totalWorkingDays: z.number().int(),
    definition: ServiceDefinitionSchema,
  })
  .openapi("PublishedService");

export type PublishedService = z.infer<typeof PublishedServiceSchema>;

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => (value ? value : undefined));

export const ServiceListQuerySchema = z.object({
  q: optionalText.openapi({ description: "Words to find, Thai or English; all must match" }),
  agency: optionalText.openapi({ description: "Agency code", example: "CHIANGMAI-CITY" }),
  category: z
    .enum(serviceCategories)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  lifeEvent: z
    .enum(lifeEvents)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
