import { z } from "@hono/zod-openapi";

import { FieldIdSchema } from "./form/schema";

/**
 * A document the agency fetches from another agency's registry instead of
 * asking for a copy (once-only): which data service, for what purpose, and
 * which form questions its fields answer. The form shows those answers as
 * verified and locked; when the person declines consent or the registry
 * cannot answer, the fallback file question asks for a copy instead.
 */

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const key = "[a-z][a-zA-Z0-9_]{0,62}";
/** A field of the record, or a member of one item of a list field: `parcels.0.deedNumber`. */
const path = `${key}(?:\\.\\d{1,3}\\.[a-zA-Z][a-zA-Z0-9_]{0,62})?`;

/** The subject the registry was asked about: the person's own national ID. */
export const SUBJECT_FILL = "@subject";

/**
 * What answers a question: a field of the data service (`birthDate`), a
 * member of a list item (`parcels.0.deedNumber`), the subject's own ID
 * (`@subject`), or text made of fields (`{titleTh}{givenNameTh} {familyNameTh}`).
 */
export const FillSourceSchema = z
  .string()
  .max(200)
  .regex(
    new RegExp(`^(?:${SUBJECT_FILL}|${path}|(?:[^{}]*\\{${path}\\})+[^{}]*)$`),
    "A field key (birthDate), a list member (parcels.0.deedNumber), @subject, or text with {field} in braces",
  )
  .openapi({ example: "{titleTh}{givenNameTh} {familyNameTh}" });

/** The data service fields a fill source reads (none for `@subject`). */
export function fillSourceKeys(source: string): string[] {
  if (source === SUBJECT_FILL) return [];
  const paths = source.includes("{")
    ? [...source.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!)
    : [source];
  return paths.map((each) => each.split(".")[0]!);
}

export const MAX_FILLED_FIELDS = 30;

export const RegistryRequirementSchema = z
  .object({
    /** The provider agency's code, e.g. DOPA (the X-Road member code). */
    provider: z
      .string()
      .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
      .openapi({ example: "DOPA" }),
    /** The registry's code at the provider (the X-Road subsystem code). */
    registry: z.string().max(60).regex(kebab).openapi({ example: "population" }),
    /** The data service's code (the X-Road service code). */
    dataService: z
      .string()
      .max(80)
      .regex(/^[a-z][a-z0-9]*([._-][a-z0-9]+)*$/)
      .openapi({ example: "person.address" }),
    /** The purpose the agency's grant names. */
    purpose: z.string().max(60).regex(kebab).openapi({ example: "elderly-allowance-eligibility" }),
    /** Form question id → the data service field whose value answers it. */
    fill: z
      .record(FieldIdSchema, FillSourceSchema)
      .refine(
        (fill) => Object.keys(fill).length >= 1 && Object.keys(fill).length <= MAX_FILLED_FIELDS,
        `Name between 1 and ${MAX_FILLED_FIELDS} questions to fill`,
      )
      .openapi({ example: { registeredAddress: "address" } }),
    /** A file question asked instead when the data cannot be fetched. */
    fallbackField: FieldIdSchema.optional().openapi({ example: "houseRegistrationCopy" }),
  })
  .strict()
  .openapi("RegistryRequirement");

export type RegistryRequirement = z.infer<typeof RegistryRequirementSchema>;

/** A document of a definition, as far as fetching it is concerned. */
interface DocumentLike {
  source: "attach" | "registry";
  registry?: RegistryRequirement | undefined;
}

/** A registry requirement with its place among the definition's documents. */
export interface IndexedRegistryRequirement {
  /** The document's index in `documents`: the requirement's stable key within a version. */
  index: number;
  requirement: RegistryRequirement;
}

/** The documents of a definition that the form fetches from a registry, in order. */
export function registryRequirementsOf(definition: {
  documents: readonly DocumentLike[];
}): IndexedRegistryRequirement[] {
  return definition.documents.flatMap((document, index) =>
    document.source === "registry" && document.registry
      ? [{ index, requirement: document.registry }]
      : [],
  );
}
