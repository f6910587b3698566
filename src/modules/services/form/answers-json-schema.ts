import { type AnyField, DEFAULT_MAX_FILES, defaultMaxLength, type FormDefinition } from "./schema";

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (2020-12) of a form's answers, for API clients and the
 * OpenAPI document. It says each answer's shape; which answers are required
 * depends on other answers and is decided by the server, so only questions
 * required whatever else is answered are listed as required.
 */
export function answersJsonSchema(form: FormDefinition): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const page of form.pages) {
    for (const field of page.fields) {
      properties[field.id] = fieldSchema(field);
      const isConditional =
        page.skipUnless !== undefined || field.showIf !== undefined || field.hideIf !== undefined;
      if ((field.required || field.type === "declaration") && !isConditional) {
        required.push(field.id);
      }
    }
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

function described(field: AnyField, schema: JsonSchema): JsonSchema {
  return {
    title: field.label.en,
    description: field.hint ? `${field.label.th} — ${field.hint.en}` : field.label.th,
    ...schema,
  };
}

const thaiId = { type: "string", pattern: "^[0-9]{13}$" };

function fieldSchema(field: AnyField): JsonSchema {
  switch (field.type) {
    case "text":
    case "textarea":
      return described(field, {
        type: "string",
        maxLength: field.maxLength ?? defaultMaxLength[field.type],
      });
    case "number":
      return described(field, {
        type: field.integer ? "integer" : "number",
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        ...(field.max !== undefined ? { maximum: field.max } : {}),
      });
    case "date":
      return described(field, { type: "string", format: "date" });
    case "radio":
    case "select":
      return described(field, {
        type: "string",
        enum: field.options.map((option) => option.value),
      });
    case "checkboxes":
      return described(field, {
        type: "array",
        items: { type: "string", enum: field.options.map((option) => option.value) },
        uniqueItems: true,
        ...(field.maxSelections !== undefined ? { maxItems: field.maxSelections } : {}),
      });
    case "yes_no":
      return described(field, { type: "boolean" });
    case "declaration":
      return described(field, { type: "boolean", const: true });
    case "citizen_id":
    case "juristic_id":
      return described(field, thaiId);
    case "passport":
      return described(field, { type: "string", pattern: "^[A-Za-z0-9 -]{6,20}$" });
    case "phone":
      return described(field, {
        type: "string",
        maxLength: 30,
        examples: ["0812345678", "+66 81 234 5678"],
      });
    case "email":
      return described(field, { type: "string", format: "email", maxLength: 254 });
    case "thai_address":
      return described(field, {
        type: "object",
        properties: {
          line: { type: "string", maxLength: 300 },
          provinceCode: { type: "string", pattern: "^[0-9]{2}$" },
          districtCode: { type: "string", pattern: "^[0-9]{4}$" },
          subdistrictCode: { type: "string", pattern: "^[0-9]{6}$" },
          postcode: { type: "string", pattern: "^[0-9]{5}$" },
        },
        additionalProperties: false,
        description:
          "Codes from GET /api/v1/addresses/provinces and the lists under it; the postcode may be left out when the subdistrict has one.",
      });
    case "file":
      return described(field, {
        type: "array",
        items: { type: "string", description: "The id of an upload made for this question" },
        uniqueItems: true,
        maxItems: field.multiple ? (field.maxFiles ?? DEFAULT_MAX_FILES) : 1,
      });
    case "group":
      return described(field, {
        type: "array",
        maxItems: field.maxItems,
        ...(field.minItems !== undefined ? { minItems: field.minItems } : {}),
        items: {
          type: "object",
          properties: Object.fromEntries(
            field.fields.map((column) => [column.id, fieldSchema(column)]),
          ),
          required: field.fields.filter((column) => column.required).map((column) => column.id),
          additionalProperties: false,
        },
      });
  }
}
