import { z } from "zod";

import { type Message, translate } from "@/core/i18n";
import { findDistrict, findProvince, findSubdistrict } from "@/modules/services";

import type { RegistryField } from "../schema";
import { registryMessages as m } from "./messages";

/** A record's data: the schema's keys that have a value. */
export type RecordData = Record<string, unknown>;

/** One thing wrong with a record, placed on its field. */
export interface RecordProblem {
  key: string;
  code: string;
  messages: { th: string; en: string };
}

export type RecordCheck = { ok: true; data: RecordData } | { ok: false; problems: RecordProblem[] };

type FieldType = RegistryField["type"];

const MAX_TEXT = 2000;
const MAX_LIST_ITEMS = 500;

const scalar = z.union([z.string().max(MAX_TEXT), z.number().finite(), z.boolean(), z.null()]);

/**
 * A registered address in the shape of the form's Thai address answer, so a
 * registry's address can prefill a form as it is. Each level must lie in the
 * one above, as the form checks it.
 */
const AddressSchema = z
  .strictObject({
    line: z.string().trim().min(1).max(300),
    provinceCode: z.string().regex(/^\d{2}$/),
    districtCode: z.string().regex(/^\d{4}$/),
    subdistrictCode: z.string().regex(/^\d{6}$/),
    postcode: z.string().regex(/^\d{5}$/),
  })
  .superRefine((address, context) => {
    const wrong = (message: Message, code: string, part: string) =>
      context.addIssue({ code: "custom", message: part, params: { message, code }, path: [part] });
    if (!findProvince(address.provinceCode)) {
      wrong(m.field.address.unknownProvince, address.provinceCode, "provinceCode");
    } else if (findDistrict(address.districtCode)?.provinceCode !== address.provinceCode) {
      wrong(m.field.address.unknownDistrict, address.districtCode, "districtCode");
    } else {
      const subdistrict = findSubdistrict(address.subdistrictCode);
      if (subdistrict?.districtCode !== address.districtCode) {
        wrong(m.field.address.unknownSubdistrict, address.subdistrictCode, "subdistrictCode");
      } else if (!subdistrict.postcodes.includes(address.postcode)) {
        wrong(m.field.address.wrongPostcode, address.postcode, "postcode");
      }
    }
  });

const valueSchemas: Record<FieldType, z.ZodType> = {
  text: z.string().max(MAX_TEXT),
  date: z.iso.date(),
  number: z.number().finite(),
  boolean: z.boolean(),
  address: AddressSchema,
  list: z.array(z.union([scalar, z.record(z.string().max(100), scalar)])).max(MAX_LIST_ITEMS),
};

const validators = new WeakMap<readonly RegistryField[], z.ZodType<RecordData>>();

/**
 * The Zod schema of a record under a registry's record schema: only the
 * schema's keys, each of its type. Every field may be left out (or null): a
 * registry does not hold every fact about every subject, a foreigner has no
 * Thai given name, a graduate may have no honours.
 */
export function recordValidator(recordSchema: readonly RegistryField[]): z.ZodType<RecordData> {
  const known = validators.get(recordSchema);
  if (known) return known;
  const shape = Object.fromEntries(
    recordSchema.map((field) => [field.key, valueSchemas[field.type].nullish()]),
  );
  const validator = z
    .strictObject(shape)
    .transform((data): RecordData =>
      Object.fromEntries(
        Object.entries(data).filter(([, value]) => value !== null && value !== undefined),
      ),
    );
  validators.set(recordSchema, validator);
  return validator;
}

function both(message: Message, params: Record<string, string>): { th: string; en: string } {
  return { th: translate("th", message, params), en: translate("en", message, params) };
}

/** Checks a record's data against the registry's schema, every problem named in Thai and English. */
export function checkRecordData(recordSchema: readonly RegistryField[], raw: unknown): RecordCheck {
  const result = recordValidator(recordSchema).safeParse(raw);
  if (!result.success) return { ok: false, problems: describeIssues(recordSchema, result.error) };
  if (Object.keys(result.data).length === 0) {
    return {
      ok: false,
      problems: [{ key: "(data)", code: "empty_record", messages: both(m.field.emptyRecord, {}) }],
    };
  }
  return { ok: true, data: result.data };
}

function describeIssues(
  recordSchema: readonly RegistryField[],
  error: z.ZodError,
): RecordProblem[] {
  const types = new Map(recordSchema.map((field) => [field.key, field.type]));
  const problems = new Map<string, RecordProblem>();
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.set(key, {
          key,
          code: "unknown_field",
          messages: both(m.field.unknown, { key }),
        });
      }
      continue;
    }
    const key = typeof issue.path[0] === "string" ? issue.path[0] : "(data)";
    const type = types.get(key);
    // One problem per field: the first says what the field must be.
    if (problems.has(key)) continue;
    const custom =
      issue.code === "custom"
        ? (issue.params as { message?: Message; code?: string } | undefined)
        : undefined;
    if (custom?.message) {
      problems.set(key, {
        key,
        code: "invalid_address",
        messages: both(custom.message, { key, code: custom.code ?? "" }),
      });
    } else if (type) {
      problems.set(key, {
        key,
        code: `invalid_${type}`,
        messages: both(m.field.expected[type], { key }),
      });
    } else {
      problems.set(key, {
        key,
        code: "invalid",
        messages: { th: issue.message, en: issue.message },
      });
    }
  }
  return [...problems.values()];
}

/**
 * A CSV cell as the field's value: text as typed, numbers with or without
 * thousands separators, yes/no words in either language, and addresses and
 * lists as JSON. An empty cell leaves the field out. A cell that cannot be
 * read stays text, so the record check names the field's expected type.
 */
export function valueFromCell(type: FieldType, cell: string): unknown {
  const text = cell.trim();
  if (text === "") return undefined;
  switch (type) {
    case "text":
    case "date":
      return text;
    case "number": {
      const number = Number(text.replace(/,/g, ""));
      return Number.isFinite(number) ? number : text;
    }
    case "boolean": {
      const word = text.toLowerCase();
      if (["true", "1", "yes", "y", "ใช่", "จริง"].includes(word)) return true;
      if (["false", "0", "no", "n", "ไม่ใช่", "เท็จ"].includes(word)) return false;
      return text;
    }
    case "address":
    case "list":
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
  }
}

/** The JSON Schema of a field's values, for the data service's OpenAPI description. */
export function fieldJsonSchema(field: RegistryField): Record<string, unknown> {
  const described = {
    title: field.label.en,
    description: `${field.label.th} / ${field.label.en}`,
  };
  switch (field.type) {
    case "text":
      return { ...described, type: "string", maxLength: MAX_TEXT };
    case "date":
      return { ...described, type: "string", format: "date" };
    case "number":
      return { ...described, type: "number" };
    case "boolean":
      return { ...described, type: "boolean" };
    case "address":
      return {
        ...described,
        type: "object",
        additionalProperties: false,
        required: ["line", "provinceCode", "districtCode", "subdistrictCode", "postcode"],
        properties: {
          line: { type: "string", description: "House number, village, lane and road" },
          provinceCode: { type: "string", pattern: "^\\d{2}$" },
          districtCode: { type: "string", pattern: "^\\d{4}$" },
          subdistrictCode: { type: "string", pattern: "^\\d{6}$" },
          postcode: { type: "string", pattern: "^\\d{5}$" },
        },
      };
    case "list": {
      const scalarSchema = { type: ["string", "number", "boolean", "null"] };
      return {
        ...described,
        type: "array",
        maxItems: MAX_LIST_ITEMS,
        items: {
          oneOf: [scalarSchema, { type: "object", additionalProperties: scalarSchema }],
        },
      };
    }
  }
}
