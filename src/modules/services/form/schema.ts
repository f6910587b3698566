import { z } from "@hono/zod-openapi";

import { checkFormRules } from "./definition-rules";

/**
 * A service's form as data: pages of questions, each question one of a fixed
 * set of types, with conditions that show, hide or require a question or skip
 * a page. The same definition renders the pages, validates the answers on the
 * server and describes the answers' JSON Schema.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const Bilingual = (max: number) => z.object({ th: text(max), en: text(max) }).strict();

export type BilingualText = { th: string; en: string };

export const FieldIdSchema = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9_]{0,62}$/,
    "Start with a lower-case letter; then letters, digits or _ (lower_snake or camelCase)",
  );

const PageIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "Lower-case letters, digits and single hyphens")
  .max(60);

const OptionValueSchema = z
  .string()
  .regex(/^[a-zA-Z0-9_-]{1,60}$/, "Letters, digits, _ and - (at most 60)");

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "An ISO date, YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Not a real date");

const ConditionValueSchema = z.union([z.string().max(200), z.number(), z.boolean()]);

const LeafConditionSchema = z
  .object({
    field: FieldIdSchema,
    equals: ConditionValueSchema.optional(),
    notEquals: ConditionValueSchema.optional(),
    in: z.array(ConditionValueSchema).min(1).max(100).optional(),
    includes: z.string().max(200).optional(),
    answered: z.boolean().optional(),
  })
  .strict();

export type LeafCondition = z.infer<typeof LeafConditionSchema>;
export type Condition =
  LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/**
 * One test on an earlier answer (exactly one of equals, notEquals, in,
 * includes for checkboxes, answered), or all / any / not of others.
 */
export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      LeafConditionSchema,
      z.object({ all: z.array(ConditionSchema).min(1).max(20) }).strict(),
      z.object({ any: z.array(ConditionSchema).min(1).max(20) }).strict(),
      z.object({ not: ConditionSchema }).strict(),
    ]),
  )
  .openapi("FormCondition")
  // Names the recursive schema in the published JSON Schema's $defs, too.
  .meta({ id: "FormCondition" });

const OptionSchema = z.object({ value: OptionValueSchema, label: Bilingual(300) }).strict();

export const acceptedMediaTypes = ["image/jpeg", "image/png", "application/pdf"] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What each type of question adds to the common properties. */
const fieldShapes = {
  text: {
    type: z.literal("text"),
    maxLength: z.number().int().min(1).max(1000).optional(),
    pattern: z.string().min(1).max(200).optional(),
    patternMessage: Bilingual(300).optional(),
  },
  textarea: {
    type: z.literal("textarea"),
    maxLength: z.number().int().min(1).max(10_000).optional(),
  },
  number: {
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    unit: Bilingual(50).optional(),
  },
  date: {
    type: z.literal("date"),
    min: z.union([z.literal("today"), isoDate]).optional(),
    max: z.union([z.literal("today"), isoDate]).optional(),
  },
  radio: { type: z.literal("radio"), options: z.array(OptionSchema).min(2).max(50) },
  select: { type: z.literal("select"), options: z.array(OptionSchema).min(1).max(300) },
  checkboxes: {
    type: z.literal("checkboxes"),
    options: z.array(OptionSchema).min(1).max(50),
    minSelections: z.number().int().min(0).max(50).optional(),
    maxSelections: z.number().int().min(1).max(50).optional(),
  },
  yes_no: { type: z.literal("yes_no") },
  citizen_id: { type: z.literal("citizen_id") },
  juristic_id: { type: z.literal("juristic_id") },
  passport: { type: z.literal("passport") },
  phone: { type: z.literal("phone") },
  email: { type: z.literal("email") },
  thai_address: {
    type: z.literal("thai_address"),
    /** Limits the province to these codes, e.g. a municipality's own province. */
    provinces: z
      .array(z.string().regex(/^\d{2}$/))
      .min(1)
      .max(77)
      .optional(),
  },
  file: {
    type: z.literal("file"),
    accept: z.array(z.enum(acceptedMediaTypes)).min(1).max(acceptedMediaTypes.length),
    maxBytes: z.number().int().min(1024).max(MAX_UPLOAD_BYTES),
    multiple: z.boolean().optional(),
    maxFiles: z.number().int().min(1).max(20).optional(),
  },
  declaration: { type: z.literal("declaration") },
} as const;

const commonShape = {
  id: FieldIdSchema,
  label: Bilingual(1000),
  hint: Bilingual(1000).optional(),
  required: z.boolean().optional(),
};

const conditionShape = {
  showIf: ConditionSchema.optional(),
  hideIf: ConditionSchema.optional(),
  requireIf: ConditionSchema.optional(),
};

function child<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...commonShape, ...shape }).strict();
}

function question<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...commonShape, ...conditionShape, ...shape }).strict();
}

/** A column of a repeating group: a simple question, without conditions of its own. */
export const GroupChildSchema = z.discriminatedUnion("type", [
  child(fieldShapes.text),
  child(fieldShapes.textarea),
  child(fieldShapes.number),
  child(fieldShapes.date),
  child(fieldShapes.radio),
  child(fieldShapes.select),
  child(fieldShapes.yes_no),
  child(fieldShapes.citizen_id),
  child(fieldShapes.juristic_id),
  child(fieldShapes.passport),
  child(fieldShapes.phone),
  child(fieldShapes.email),
]);

export const FieldSchema = z
  .discriminatedUnion("type", [
    question(fieldShapes.text),
    question(fieldShapes.textarea),
    question(fieldShapes.number),
    question(fieldShapes.date),
    question(fieldShapes.radio),
    question(fieldShapes.select),
    question(fieldShapes.checkboxes),
    question(fieldShapes.yes_no),
    question(fieldShapes.citizen_id),
    question(fieldShapes.juristic_id),
    question(fieldShapes.passport),
    question(fieldShapes.phone),
    question(fieldShapes.email),
    question(fieldShapes.thai_address),
    question(fieldShapes.file),
    question({
      type: z.literal("group"),
      fields: z.array(GroupChildSchema).min(1).max(12),
      minItems: z.number().int().min(0).max(50).optional(),
      maxItems: z.number().int().min(1).max(50),
      /** What one row is called, e.g. "co-resident". */
      itemLabel: Bilingual(100),
    }),
    question(fieldShapes.declaration),
  ])
  .openapi("FormField");

export const FormPageSchema = z
  .object({
    id: PageIdSchema,
    title: Bilingual(300),
    intro: Bilingual(2000).optional(),
    fields: z.array(FieldSchema).min(1).max(100),
    /** The page is asked only when this holds; its answers are dropped otherwise. */
    skipUnless: ConditionSchema.optional(),
  })
  .strict();

export const FormDefinitionSchema = z
  .object({
    /** Ask one question per page (better on a small phone) instead of a page of questions. */
    onePerPage: z.boolean().optional(),
    pages: z.array(FormPageSchema).min(1).max(50),
  })
  .strict()
  .superRefine(checkFormRules)
  .openapi("FormDefinition");

export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
export type FormPage = z.infer<typeof FormPageSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type GroupChild = z.infer<typeof GroupChildSchema>;
export type FieldType = Field["type"];
export type AnyField = Field | GroupChild;
export type FieldOf<Type extends FieldType> = Extract<Field, { type: Type }>;
export type ChoiceField = FieldOf<"radio" | "select" | "checkboxes">;
export type FileField = FieldOf<"file">;
export type GroupField = FieldOf<"group">;
export type AddressField = FieldOf<"thai_address">;

/** The longest answer a text question takes when its definition sets no limit. */
export const defaultMaxLength = { text: 200, textarea: 2000 } as const;

/** How many files a question with `multiple` takes when its definition sets no limit. */
export const DEFAULT_MAX_FILES = 10;
