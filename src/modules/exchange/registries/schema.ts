import { z } from "@hono/zod-openapi";

import {
  BilingualSchema,
  classifications,
  RegistryFieldSchema,
  ServiceCodeSchema,
  subjectKinds,
  SubsystemCodeSchema,
} from "../schema";

/** The request and response shapes of the provider API: one source for validation, types and OpenAPI. */

const Bilingual = z.object({ th: z.string(), en: z.string() });

export const ExternalSettingsSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .openapi({ example: "https://landregistry.dol.go.th/pratu" }),
    timeoutMs: z.number().int().min(100).max(30_000).default(3000).openapi({
      description: "Longest Pratu waits for an answer (the exchange's own limit may be shorter)",
    }),
    secret: z.string().min(16).max(500).optional().openapi({
      description:
        "The bearer secret the registry's system expects; sent once, kept sealed, never shown again. Leave out to keep the one set before.",
    }),
  })
  .openapi("ExternalRegistrySettings");

export const RegistryDefinitionSchema = z
  .strictObject({
    name: BilingualSchema(200),
    description: BilingualSchema(2000).nullish(),
    kind: z.enum(["hosted", "external"]).openapi({
      description:
        "hosted: records are kept in Pratu (API or CSV); external: the provider's system is asked over HTTP",
    }),
    subjectKind: z.enum(subjectKinds),
    recordSchema: z.array(RegistryFieldSchema).min(1).max(100),
    external: ExternalSettingsSchema.optional(),
    keepContent: z.boolean().default(false).openapi({
      description: "Keep the content exchanged in the exchange log (otherwise only its hash)",
    }),
  })
  .openapi("RegistryDefinition");
export type RegistryDefinition = z.infer<typeof RegistryDefinitionSchema>;

export const DataServiceDefinitionSchema = z
  .strictObject({
    name: BilingualSchema(200),
    description: BilingualSchema(2000).nullish(),
    fields: z
      .array(z.string().max(63))
      .min(1)
      .max(100)
      .openapi({
        description: "Keys of the registry's record schema the service returns",
        example: ["address"],
      }),
    classification: z.enum(classifications),
    consentRequired: z.boolean().default(false).openapi({
      description: "Every call needs the data subject's live consent",
    }),
    retired: z.boolean().default(false).openapi({
      description: "A retired service takes no calls and leaves the service lists",
    }),
  })
  .openapi("DataServiceDefinition");
export type DataServiceDefinition = z.infer<typeof DataServiceDefinitionSchema>;

export const RecordBodySchema = z
  .strictObject({
    data: z.record(z.string(), z.unknown()).openapi({
      description: "The record: keys of the registry's record schema, each of its type",
    }),
  })
  .openapi("RegistryRecordBody");

export const DataServiceViewSchema = z
  .object({
    code: z.string(),
    serviceId: z.string().openapi({ example: "TH/GOV/DOPA/population/person.address" }),
    name: Bilingual,
    description: Bilingual.nullable(),
    fields: z.array(z.string()),
    classification: z.enum(classifications),
    consentRequired: z.boolean(),
    version: z.number().int(),
    retired: z.boolean(),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("DataService");
export type DataServiceView = z.infer<typeof DataServiceViewSchema>;

export const RegistryViewSchema = z
  .object({
    code: z.string(),
    subsystemId: z.string().openapi({ example: "TH/GOV/DOPA/population" }),
    name: Bilingual,
    description: Bilingual.nullable(),
    kind: z.enum(["hosted", "external"]),
    subjectKind: z.enum(subjectKinds),
    recordSchema: z.array(RegistryFieldSchema),
    schemaVersion: z.number().int(),
    external: z
      .object({ url: z.string(), timeoutMs: z.number().int(), hasSecret: z.boolean() })
      .nullable(),
    keepContent: z.boolean(),
    records: z.number().int().openapi({ description: "Records kept (hosted registries)" }),
    dataServices: z.array(DataServiceViewSchema),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Registry");
export type RegistryView = z.infer<typeof RegistryViewSchema>;

export const RecordViewSchema = z
  .object({
    subjectId: z.string(),
    data: z.record(z.string(), z.unknown()),
    version: z.number().int(),
    schemaVersion: z.number().int().openapi({
      description: "The record schema version the record was written under",
    }),
    updatedAt: z.string().openapi({ format: "date-time" }),
    earlierVersions: z.number().int().openapi({ description: "Versions kept before this one" }),
  })
  .openapi("RegistryRecord");
export type RecordView = z.infer<typeof RecordViewSchema>;

export const changeKinds = ["created", "updated", "unchanged"] as const;
export type Change = (typeof changeKinds)[number];

export const RecordWrittenSchema = z
  .object({
    subjectId: z.string(),
    version: z.number().int(),
    schemaVersion: z.number().int(),
    change: z.enum(changeKinds),
  })
  .openapi("RegistryRecordWritten");

export const ImportSummarySchema = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  })
  .openapi("RegistryImportSummary");
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const RegistryParamsSchema = z.object({
  code: z.string().openapi({ example: "DOPA" }),
  registry: SubsystemCodeSchema,
});
export const RecordParamsSchema = RegistryParamsSchema.extend({
  subjectId: z.string().max(40).openapi({ example: "3100500141782" }),
});
export const DataServiceParamsSchema = RegistryParamsSchema.extend({
  serviceCode: ServiceCodeSchema,
});
