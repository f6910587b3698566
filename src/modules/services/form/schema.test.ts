import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";

import { buildingPermitForm } from "@/demo/forms/building-permit-form";
import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import { residenceNotificationForm } from "@/demo/forms/residence-notification-form";

import { FormDefinitionSchema } from "./schema";

const label = (en: string) => ({ th: `ไทย ${en}`, en });
const options = [
  { value: "a", label: label("A") },
  { value: "b", label: label("B") },
];

/** Each problem of a form definition as "path: message". */
function problems(pages: unknown[]): string[] {
  const parsed = FormDefinitionSchema.safeParse({ pages });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const page = (id: string, fields: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  title: label(id),
  fields,
  ...extra,
});

describe("form definitions", () => {
  it("accepts the demo services' forms", () => {
    for (const form of [elderlyAllowanceForm, buildingPermitForm, residenceNotificationForm]) {
      expect(FormDefinitionSchema.safeParse(form).error?.issues).toBeUndefined();
    }
  });

  it("rejects a question id used twice, inside groups too, naming where", () => {
    expect(
      problems([
        page("first", [{ id: "name", type: "text", label: label("Name") }]),
        page("second", [
          {
            id: "people",
            type: "group",
            label: label("People"),
            itemLabel: label("person"),
            maxItems: 5,
            fields: [{ id: "name", type: "text", label: label("Name") }],
          },
        ]),
      ]),
    ).toEqual(['pages.1.fields.0.fields.0.id: Another question already has the id "name"']);
  });

  it("rejects conditions on unknown questions, later questions and later pages", () => {
    expect(
      problems([
        page("first", [
          {
            id: "early",
            type: "text",
            label: label("Early"),
            showIf: { field: "late", answered: true },
          },
          {
            id: "late",
            type: "text",
            label: label("Late"),
            hideIf: { field: "nowhere", equals: "x" },
          },
        ]),
        page("second", [{ id: "after", type: "yes_no", label: label("After") }], {
          skipUnless: { field: "after", equals: true },
        }),
      ]),
    ).toEqual([
      'pages.0.fields.0.showIf.field: "late" is not a question asked before this one (a condition may look only at earlier questions)',
      'pages.0.fields.1.hideIf.field: "nowhere" is not a question asked before this one (a condition may look only at earlier questions)',
      'pages.1.skipUnless.field: "after" is not a question asked before this one (a condition may look only at earlier questions)',
    ]);
  });

  it("rejects tests that do not fit the question's type or options", () => {
    expect(
      problems([
        page("first", [
          { id: "kind", type: "radio", label: label("Kind"), options },
          { id: "ticks", type: "checkboxes", label: label("Ticks"), options },
          { id: "count", type: "number", label: label("Count") },
          { id: "one", type: "text", label: label("One"), showIf: { field: "kind", equals: "c" } },
          { id: "two", type: "text", label: label("Two"), showIf: { field: "ticks", equals: "a" } },
          {
            id: "three",
            type: "text",
            label: label("Three"),
            showIf: { field: "kind", includes: "a" },
          },
          {
            id: "four",
            type: "text",
            label: label("Four"),
            showIf: { field: "ticks", includes: "z" },
          },
          {
            id: "five",
            type: "text",
            label: label("Five"),
            showIf: { field: "count", in: [1, "2"] },
          },
          {
            id: "six",
            type: "text",
            label: label("Six"),
            showIf: { field: "count", equals: 1, answered: true },
          },
        ]),
      ]),
    ).toEqual([
      'pages.0.fields.3.showIf.equals: "kind" has no option "c"',
      'pages.0.fields.4.showIf.equals: A checkboxes question can be tested only with "answered" or "includes"',
      'pages.0.fields.5.showIf.includes: "includes" tests checkboxes; "kind" is radio',
      'pages.0.fields.6.showIf.includes: "ticks" has no option "z"',
      'pages.0.fields.7.showIf.in.1: "count" answers are numbers',
      "pages.0.fields.8.showIf: Give exactly one of equals, notEquals, in, includes, answered",
    ]);
  });

  it("rejects missing options, repeated option values and limits out of order", () => {
    expect(
      problems([
        page("first", [
          { id: "kind", type: "radio", label: label("Kind"), options: [] },
          { id: "menu", type: "select", label: label("Menu"), options: [options[0], options[0]] },
          { id: "count", type: "number", label: label("Count"), min: 5, max: 1 },
          { id: "code", type: "text", label: label("Code"), pattern: "([" },
          {
            id: "scan",
            type: "file",
            label: label("Scan"),
            accept: ["image/png"],
            maxBytes: 20 * 1024 * 1024,
          },
          { id: "home", type: "thai_address", label: label("Home"), provinces: ["99"] },
        ]),
      ]),
    ).toEqual([
      "pages.0.fields.0.options: Too small: expected array to have >=2 items",
      "pages.0.fields.4.maxBytes: Too big: expected number to be <=10485760",
      'pages.0.fields.1.options.1.value: Another option already has the value "a"',
      "pages.0.fields.2.min: min is greater than max",
      "pages.0.fields.3.pattern: The pattern is not a valid regular expression",
      "pages.0.fields.5.provinces.0: No province has the code 99",
    ]);
  });

  it("describes itself in JSON Schema and OpenAPI, the recursive condition named once", () => {
    const jsonSchema = z.toJSONSchema(FormDefinitionSchema, { io: "input" });
    expect(Object.keys(jsonSchema.$defs ?? {})).toEqual(["FormCondition"]);
    expect(JSON.stringify(jsonSchema)).toContain('"$ref":"#/$defs/FormCondition"');
  });
});
