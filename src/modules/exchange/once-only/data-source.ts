import { z } from "@hono/zod-openapi";

/**
 * Where the answers to a registry requirement came from: verified from the
 * registry (with the exchange-log row that proves the call), or not, and
 * why; then the person attached a copy instead. One record per requirement,
 * keyed by the document's index in the service definition.
 */

const Bilingual = z.object({ th: z.string(), en: z.string() });

const sourceBase = {
  /** The document's index in the definition's `documents`. */
  index: z.number().int().min(0),
  provider: z.string().openapi({ example: "DOPA" }),
  registry: z.string().openapi({ example: "population" }),
  dataService: z.string().openapi({ example: "person.address" }),
  providerName: Bilingual.nullable(),
  registryName: Bilingual.nullable(),
};

export const unverifiedStatuses = ["declined", "unavailable", "not_found"] as const;
export type UnverifiedStatus = (typeof unverifiedStatuses)[number];

export const VerifiedSourceSchema = z.object({
  ...sourceBase,
  status: z.literal("verified"),
  /** The data service's version that answered. */
  version: z.number().int(),
  /** The version of the person's record the registry held. */
  recordVersion: z.number().int().nullable(),
  /** The exchange-log row of the call. */
  logId: z.uuid(),
  retrievedAt: z.iso.datetime({ offset: true }),
  /** The exchange log's hash of the response, as the provider served it. */
  responseHash: z.string(),
  consentId: z.uuid().nullable(),
  /** The form questions the registry answered (locked in the form). */
  fields: z.array(z.string()),
});

export const UnverifiedSourceSchema = z.object({
  ...sourceBase,
  /** declined: the person did not consent; unavailable: no answer (down, slow, no access); not_found: the registry has no record. */
  status: z.enum(unverifiedStatuses),
  /** The exchange-log row of the failed call, when a call was made. */
  logId: z.uuid().nullable(),
  at: z.iso.datetime({ offset: true }),
});

/** What the application keeps and shows: the answers themselves are in its answers. */
export const DataSourceSchema = z
  .discriminatedUnion("status", [VerifiedSourceSchema, UnverifiedSourceSchema])
  .openapi("ApplicationDataSource");

export type DataSource = z.infer<typeof DataSourceSchema>;
export type VerifiedSource = z.infer<typeof VerifiedSourceSchema>;
export type UnverifiedSource = z.infer<typeof UnverifiedSourceSchema>;

/**
 * A draft's record also keeps the verified values, so that a locked answer
 * is put back whatever a posted form or a saved draft says.
 */
export const DraftDataSourceSchema = z.discriminatedUnion("status", [
  VerifiedSourceSchema.extend({ values: z.record(z.string(), z.unknown()) }),
  UnverifiedSourceSchema,
]);

export type DraftDataSource = z.infer<typeof DraftDataSourceSchema>;

/** A draft's sources by requirement index; what does not parse is treated as not yet fetched. */
export function parseDraftDataSources(raw: unknown): Map<number, DraftDataSource> {
  const sources = new Map<number, DraftDataSource>();
  if (typeof raw !== "object" || raw === null) return sources;
  for (const value of Object.values(raw)) {
    const parsed = DraftDataSourceSchema.safeParse(value);
    if (parsed.success) sources.set(parsed.data.index, parsed.data);
  }
  return sources;
}

/** The record without the values: what an application stores, a receipt signs and an API shows. */
export function toDataSource(source: DraftDataSource): DataSource {
  if (source.status !== "verified") return source;
  const { values: _values, ...rest } = source;
  return rest;
}

/** The locked answers of the verified sources, by question id. */
export function verifiedAnswers(
  sources: Iterable<DraftDataSource>,
): Map<string, { value: unknown; source: VerifiedSource }> {
  const answers = new Map<string, { value: unknown; source: VerifiedSource }>();
  for (const source of sources) {
    if (source.status !== "verified") continue;
    for (const fieldId of source.fields) {
      if (Object.hasOwn(source.values, fieldId)) {
        answers.set(fieldId, {
          value: source.values[fieldId],
          source: toDataSource(source) as VerifiedSource,
        });
      }
    }
  }
  return answers;
}
