import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { buildingPermitForm } from "@/demo/forms/building-permit-form";
import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import { residenceNotificationForm } from "@/demo/forms/residence-notification-form";

import { validAnswersArbitrary } from "./arbitrary-answers";
import { formSteps } from "./conditions";
import { answersFromFormBody } from "./form-body";
import { FormDefinitionSchema } from "./schema";
import { isKnownProblemPath, validateAnswers } from "./validate-answers";

const NOW = new Date("2026-11-22T03:00:00Z");
// A fixed seed keeps runs repeatable; change it to explore further.
const SEED = 20_261_122;
const label = (en: string) => ({ th: `ไทย ${en}`, en });
const options = ["a", "b", "c"].map((value) => ({ value, label: label(value) }));

/** Every type of question once, with conditions between them. */
const everyTypeForm = FormDefinitionSchema.parse({
  pages: [
    {
      id: "one",
      title: label("One"),
      fields: [
        { id: "text", type: "text", label: label("Text"), maxLength: 20, required: true },
        { id: "long", type: "textarea", label: label("Long"), maxLength: 300 },
        { id: "count", type: "number", label: label("Count"), min: 0, max: 10, integer: true },
        { id: "ratio", type: "number", label: label("Ratio") },
        { id: "day", type: "date", label: label("Day"), min: "2020-01-01", max: "today" },
        { id: "pick", type: "radio", label: label("Pick"), options, required: true },
        { id: "menu", type: "select", label: label("Menu"), options },
        {
          id: "ticks",
          type: "checkboxes",
          label: label("Ticks"),
          options,
          minSelections: 2,
          maxSelections: 2,
        },
        {
          id: "agreeSoon",
          type: "yes_no",
          label: label("Agree?"),
          showIf: { field: "ticks", includes: "a" },
        },
      ],
    },
    {
      id: "two",
      title: label("Two"),
      skipUnless: {
        any: [
          { field: "pick", in: ["a", "b"] },
          { field: "count", answered: true },
        ],
      },
      fields: [
        {
          id: "person",
          type: "citizen_id",
          label: label("Person"),
          requireIf: { field: "pick", equals: "a" },
        },
        {
          id: "company",
          type: "juristic_id",
          label: label("Company"),
          hideIf: { field: "pick", equals: "a" },
        },
        { id: "pass", type: "passport", label: label("Passport") },
        { id: "tel", type: "phone", label: label("Phone") },
        { id: "mail", type: "email", label: label("E-mail"), required: true },
        { id: "home", type: "thai_address", label: label("Home"), provinces: ["10", "50"] },
        {
          id: "scan",
          type: "file",
          label: label("Scan"),
          accept: ["image/png"],
          maxBytes: 2048,
          multiple: true,
          maxFiles: 3,
        },
        {
          id: "rows",
          type: "group",
          label: label("Rows"),
          itemLabel: label("row"),
          minItems: 1,
          maxItems: 4,
          fields: [
            { id: "rowName", type: "text", label: label("Name"), required: true },
            { id: "rowBorn", type: "date", label: label("Born") },
            { id: "rowPhone", type: "phone", label: label("Phone") },
          ],
        },
        { id: "sure", type: "declaration", label: label("Sure") },
      ],
    },
  ],
});

const demoForms = [
  ["elderly allowance", elderlyAllowanceForm],
  ["building permit", buildingPermitForm],
  ["residence notification", residenceNotificationForm],
  ["every-type", everyTypeForm],
] as const;

/** JSON shaped a little like answers: the form's own keys with any JSON under them, or any JSON at all. */
function hostileAnswers(form: typeof elderlyAllowanceForm) {
  const keys = form.pages.flatMap((page) =>
    page.fields.flatMap((field) =>
      field.type === "group" ? [field.id, ...field.fields.map((column) => column.id)] : [field.id],
    ),
  );
  const keyed = fc.dictionary(
    fc.constantFrom(...keys, "__proto__", "constructor", "line"),
    fc.jsonValue({ maxDepth: 4 }),
  );
  const nestedRows = fc.dictionary(
    fc.constantFrom(...keys),
    fc.array(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 })), {
      maxLength: 12,
    }),
  );
  return fc.oneof(
    fc.jsonValue(),
    keyed,
    nestedRows,
    fc.json().map((text) => JSON.parse(text) as unknown),
  );
}

describe.each(demoForms)("answers to the %s form", (_name, form) => {
  it("never throws on any JSON, and every problem names a question of the form", () => {
    fc.assert(
      fc.property(
        hostileAnswers(form),
        fc.constantFrom("draft" as const, "submit" as const),
        (answers, mode) => {
          const result = validateAnswers({
            form,
            answers,
            mode,
            now: NOW,
            attachments: () => undefined,
          });
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(isKnownProblemPath(form, problem.field, answers), problem.field).toBe(true);
              expect(problem.message.th).not.toBe("");
              expect(problem.message.en).not.toBe("");
            }
          }
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });

  it("accepts generated valid answers, and accepts its own normalised answers unchanged", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(form, NOW), ({ answers, attachments }) => {
        const lookup = (id: string) => attachments.get(id);
        const result = validateAnswers({
          form,
          answers,
          mode: "submit",
          now: NOW,
          attachments: lookup,
        });
        expect(result.ok ? [] : result.problems).toEqual([]);
        const again = validateAnswers({
          form,
          answers: result.answers,
          mode: "submit",
          now: NOW,
          attachments: lookup,
        });
        expect(again).toEqual(result);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it("never throws on any posted form body, for any step", () => {
    const steps = form.pages.flatMap((page) => [page.id, ...page.fields.map((field) => field.id)]);
    const names = form.pages.flatMap((page) =>
      page.fields.flatMap((field) => [
        field.id,
        `${field.id}[day]`,
        `${field.id}[month]`,
        `${field.id}[year]`,
        `${field.id}[provinceCode]`,
        `${field.id}[districtCode]`,
        `${field.id}[subdistrictCode]`,
        `${field.id}[kept]`,
        `${field.id}[0][${field.type === "group" ? field.fields[0]!.id : "x"}]`,
        "_action",
      ]),
    );
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...steps),
        fc.dictionary(fc.constantFrom(...names), value),
        (stepId, body) => {
          const { answers } = answersFromFormBody(form, stepId, body);
          const result = validateAnswers({ form, answers, mode: "draft", now: NOW });
          if (!result.ok)
            for (const problem of result.problems)
              expect(isKnownProblemPath(form, problem.field, answers)).toBe(true);
          expect(formSteps(form, result.answers).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });
});
