import { describe, expect, it } from "vitest";

import { thaiIdCheckDigit } from "@/core/identity/thai-id";
import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import { residenceNotificationForm } from "@/demo/forms/residence-notification-form";

import { formSteps, isFieldShown, visiblePages } from "./conditions";
import { type FormDefinition, FormDefinitionSchema } from "./schema";
import { validateAnswers } from "./validate-answers";

const NOW = new Date("2026-11-22T03:00:00Z");
const withCheckDigit = (twelve: string) => `${twelve}${thaiIdCheckDigit(twelve)}`;
const CITIZEN_ID = withCheckDigit("110370207183");
const JURISTIC_ID = withCheckDigit("010555512345");
const label = (en: string) => ({ th: `ไทย ${en}`, en });

function form(fields: unknown[], extra: Record<string, unknown> = {}): FormDefinition {
  return FormDefinitionSchema.parse({
    pages: [{ id: "only", title: label("Only page"), fields }],
    ...extra,
  });
}

function problemsOf(
  definition: FormDefinition,
  answers: unknown,
  mode: "draft" | "submit" = "submit",
) {
  const result = validateAnswers({ form: definition, answers, mode, now: NOW });
  return result.ok ? [] : result.problems.map((problem) => `${problem.field}:${problem.code}`);
}

describe("validateAnswers", () => {
  it("normalises IDs, phone numbers, passports and text as people type them", () => {
    const definition = form([
      { id: "name", type: "text", label: label("Name") },
      { id: "citizenId", type: "citizen_id", label: label("Citizen ID") },
      { id: "companyId", type: "juristic_id", label: label("Company ID") },
      { id: "mobile", type: "phone", label: label("Mobile") },
      { id: "office", type: "phone", label: label("Office") },
      { id: "passport", type: "passport", label: label("Passport") },
    ]);
    const result = validateAnswers({
      form: definition,
      mode: "submit",
      answers: {
        name: "  สมศรี ใจดี  ",
        citizenId: `${CITIZEN_ID.slice(0, 1)}-${CITIZEN_ID.slice(1, 5)} ${CITIZEN_ID.slice(5)}`,
        companyId: JURISTIC_ID,
        mobile: "+66 81-234-5678",
        office: "๐๕๓ ๒๒๑ ๒๓๔",
        passport: "aa 123456",
        unknownQuestion: "dropped",
      },
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        name: "สมศรี ใจดี",
        citizenId: CITIZEN_ID,
        companyId: JURISTIC_ID,
        mobile: "0812345678",
        office: "053221234",
        passport: "AA123456",
      },
    });
  });

  it("names each wrong answer with a stable code and a Thai and English message", () => {
    const definition = form([
      { id: "citizenId", type: "citizen_id", label: label("Citizen ID") },
      { id: "companyId", type: "juristic_id", label: label("Company ID") },
      { id: "mobile", type: "phone", label: label("Mobile") },
      { id: "email", type: "email", label: label("E-mail") },
      { id: "floors", type: "number", label: label("Floors"), integer: true, min: 1, max: 50 },
      { id: "deed", type: "text", label: label("Deed"), pattern: "[0-9]{1,7}" },
    ]);
    const result = validateAnswers({
      form: definition,
      mode: "draft",
      answers: {
        citizenId: `${CITIZEN_ID.slice(0, 12)}${(Number(CITIZEN_ID[12]) + 1) % 10}`,
        companyId: CITIZEN_ID,
        mobile: "12345",
        email: "not an address",
        floors: 2.5,
        deed: "12-34",
      },
    });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: "citizenId",
        code: "invalid_citizen_id",
        message: {
          th: "“ไทย Citizen ID” ต้องเป็นเลขประจำตัวประชาชน 13 หลักที่ถูกต้อง",
          en: "“Citizen ID” must be a valid 13-digit Thai citizen ID",
        },
      },
      expect.objectContaining({ field: "companyId", code: "invalid_juristic_id" }),
      expect.objectContaining({ field: "mobile", code: "invalid_phone" }),
      expect.objectContaining({ field: "email", code: "invalid_email" }),
      expect.objectContaining({ field: "floors", code: "not_an_integer" }),
      expect.objectContaining({ field: "deed", code: "pattern" }),
    ]);
  });

  it("asks for required answers only on submission", () => {
    const definition = form([
      { id: "name", type: "text", label: label("Name"), required: true },
      {
        id: "kind",
        type: "radio",
        label: label("Kind"),
        required: true,
        options: [
          { value: "a", label: label("A") },
          { value: "b", label: label("B") },
        ],
      },
      { id: "agree", type: "declaration", label: label("I agree") },
    ]);
    expect(problemsOf(definition, {}, "draft")).toEqual([]);
    expect(problemsOf(definition, { agree: false }, "submit")).toEqual([
      "name:required",
      "kind:required",
      "agree:declaration_required",
    ]);
    expect(problemsOf(definition, { name: "   ", kind: "a", agree: true })).toEqual([
      "name:required",
    ]);
  });

  it("drops answers to questions a condition hides, and requires what requireIf asks for", () => {
    const transfer = { field: "payment", equals: "transfer" };
    const definition = form([
      {
        id: "payment",
        type: "radio",
        label: label("Payment"),
        required: true,
        options: [
          { value: "cash", label: label("Cash") },
          { value: "transfer", label: label("Transfer") },
        ],
      },
      {
        id: "account",
        type: "text",
        label: label("Account"),
        showIf: transfer,
        requireIf: transfer,
      },
      { id: "note", type: "text", label: label("Note"), hideIf: transfer },
    ]);
    const cash = validateAnswers({
      form: definition,
      mode: "submit",
      answers: { payment: "cash", account: "123", note: "n" },
    });
    expect(cash).toEqual({ ok: true, answers: { payment: "cash", note: "n" } });
    expect(problemsOf(definition, { payment: "transfer", note: "n" })).toEqual([
      "account:required",
    ]);
    expect(isFieldShown(definition, { payment: "transfer" }, "note")).toBe(false);
  });

  it("lets conditions test ticked checkboxes, with all, any and not", () => {
    const definition = form([
      {
        id: "benefits",
        type: "checkboxes",
        label: label("Benefits"),
        options: [
          { value: "pension", label: label("Pension") },
          { value: "disability", label: label("Disability") },
        ],
      },
      {
        id: "pensionOffice",
        type: "text",
        label: label("Pension office"),
        showIf: {
          all: [
            { field: "benefits", includes: "pension" },
            { not: { field: "benefits", includes: "disability" } },
          ],
        },
      },
      {
        id: "none",
        type: "yes_no",
        label: label("None"),
        showIf: { any: [{ field: "benefits", answered: false }] },
      },
    ]);
    expect(isFieldShown(definition, { benefits: ["pension"] }, "pensionOffice")).toBe(true);
    expect(isFieldShown(definition, { benefits: ["pension", "disability"] }, "pensionOffice")).toBe(
      false,
    );
    expect(isFieldShown(definition, { benefits: [] }, "none")).toBe(true);
    expect(isFieldShown(definition, { benefits: ["disability"] }, "none")).toBe(false);
  });

  it("skips a page whose skipUnless does not hold, and drops its answers", () => {
    const definition = FormDefinitionSchema.parse({
      pages: [
        {
          id: "first",
          title: label("First"),
          fields: [{ id: "hasCompany", type: "yes_no", label: label("Company?"), required: true }],
        },
        {
          id: "company",
          title: label("Company"),
          skipUnless: { field: "hasCompany", equals: true },
          fields: [
            { id: "companyName", type: "text", label: label("Company name"), required: true },
          ],
        },
      ],
    });
    expect(visiblePages(definition, { hasCompany: false }).map((page) => page.id)).toEqual([
      "first",
    ]);
    expect(
      validateAnswers({
        form: definition,
        mode: "submit",
        answers: { hasCompany: false, companyName: "x" },
      }),
    ).toEqual({
      ok: true,
      answers: { hasCompany: false },
    });
    expect(problemsOf(definition, { hasCompany: true })).toEqual(["companyName:required"]);
  });

  it("checks dates are real and within bounds, today measured in Bangkok", () => {
    const definition = form([
      { id: "born", type: "date", label: label("Born"), min: "1900-01-01", max: "today" },
    ]);
    expect(problemsOf(definition, { born: "2026-02-30" })).toEqual(["born:invalid_date"]);
    expect(problemsOf(definition, { born: "1899-12-31" })).toEqual(["born:date_too_early"]);
    // 03:00 UTC is already 10:00 on the 22nd in Bangkok; the 23rd is tomorrow.
    expect(problemsOf(definition, { born: "2026-11-22" })).toEqual([]);
    const late = validateAnswers({
      form: definition,
      mode: "draft",
      answers: { born: "2026-11-23" },
      now: NOW,
    });
    expect(late.ok ? null : late.problems[0]?.message).toEqual({
      th: "“ไทย Born” ต้องเป็นวันที่ 22 พฤศจิกายน 2569 หรือก่อนหน้านั้น",
      en: "“Born” must be on or before 22 November 2026",
    });
  });

  it("fills in the postcode of an address and checks each level lies in the one above", () => {
    const definition = form([
      { id: "home", type: "thai_address", label: label("Home"), provinces: ["50"] },
    ]);
    const base = {
      line: "99/1 หมู่ 3",
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500107",
    };
    expect(validateAnswers({ form: definition, mode: "submit", answers: { home: base } })).toEqual({
      ok: true,
      answers: { home: { ...base, postcode: "50300" } },
    });
    expect(problemsOf(definition, { home: { ...base, postcode: "50200" } })).toEqual([
      "home.postcode:postcode_mismatch",
    ]);
    expect(problemsOf(definition, { home: { ...base, districtCode: "5002" } })).toEqual([
      "home.subdistrictCode:unknown_subdistrict",
    ]);
    expect(
      problemsOf(definition, {
        home: { line: "1", provinceCode: "10", districtCode: "1001", subdistrictCode: "100101" },
      }),
    ).toEqual(["home.provinceCode:province_not_allowed"]);
    expect(problemsOf(definition, { home: { provinceCode: "50" } })).toEqual([
      "home.line:required",
      "home.districtCode:required",
      "home.subdistrictCode:required",
      "home.postcode:required",
    ]);
    expect(problemsOf(definition, { home: { provinceCode: "50" } }, "draft")).toEqual([]);
  });

  it("accepts only uploads made for the question, of an accepted type and size", () => {
    const definition = form([
      {
        id: "plans",
        type: "file",
        label: label("Plans"),
        accept: ["application/pdf"],
        maxBytes: 1024 * 1024,
        multiple: true,
        maxFiles: 2,
      },
    ]);
    const uploads: Record<string, { fieldId: string; mediaType: string; size: number }> = {
      good: { fieldId: "plans", mediaType: "application/pdf", size: 1000 },
      other: { fieldId: "passbook", mediaType: "application/pdf", size: 1000 },
      photo: { fieldId: "plans", mediaType: "image/png", size: 1000 },
      huge: { fieldId: "plans", mediaType: "application/pdf", size: 2 * 1024 * 1024 },
    };
    const check = (ids: unknown) => {
      const result = validateAnswers({
        form: definition,
        mode: "submit",
        answers: { plans: ids },
        attachments: (id) => uploads[id],
      });
      return result.ok ? result.answers : result.problems.map((problem) => problem.code);
    };
    expect(check(["good", "good"])).toEqual({ plans: ["good"] });
    expect(check(["other"])).toEqual(["unknown_attachment"]);
    expect(check(["missing"])).toEqual(["unknown_attachment"]);
    expect(check(["photo"])).toEqual(["file_type_not_allowed"]);
    expect(check(["huge"])).toEqual(["file_too_large"]);
    expect(check(["good", "photo", "huge"])).toEqual(["too_many_files"]);
  });

  it("checks each row of a group and names the cell of each problem", () => {
    const answers = {
      hasCoResidents: true,
      coResidents: [
        {
          coResidentName: "Anna Smith",
          coResidentNationality: "GBR",
          coResidentPassport: "123456789",
        },
        { coResidentName: "", coResidentNationality: "XXX", coResidentPassport: "12" },
      ],
    };
    const result = validateAnswers({
      form: residenceNotificationForm,
      mode: "draft",
      answers,
      now: NOW,
    });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({
        field: "coResidents.1.coResidentNationality",
        code: "invalid_option",
        message: expect.objectContaining({
          en: "Choose “co-resident 2: Nationality” from the options given",
        }) as unknown,
      }),
      expect.objectContaining({
        field: "coResidents.1.coResidentPassport",
        code: "invalid_passport",
      }),
    ]);
    expect(
      problemsOf(residenceNotificationForm, { hasCoResidents: true, coResidents: [] }).slice(
        -2,
        -1,
      ),
    ).toEqual(["coResidents:too_few_rows"]);
  });

  it("reports only the problems of the step asked for", () => {
    const result = validateAnswers({
      form: elderlyAllowanceForm,
      mode: "submit",
      answers: {},
      stepId: "payment",
    });
    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toEqual([
      "paymentMethod",
    ]);
  });

  it("counts anything that is not an object as no answers at all", () => {
    for (const answers of [null, 42, "text", [1, 2], true]) {
      expect(problemsOf(elderlyAllowanceForm, answers, "draft")).toEqual([]);
    }
    expect(problemsOf(elderlyAllowanceForm, [], "submit")).toContain("fullName:required");
  });

  it("walks one question per step when the form asks one per page", () => {
    const definition = form(
      [
        { id: "hasCar", type: "yes_no", label: label("Car?") },
        {
          id: "plate",
          type: "text",
          label: label("Plate"),
          showIf: { field: "hasCar", equals: true },
        },
      ],
      { onePerPage: true },
    );
    expect(formSteps(definition, {}).map((step) => step.id)).toEqual(["hasCar"]);
    expect(formSteps(definition, { hasCar: true }).map((step) => step.id)).toEqual([
      "hasCar",
      "plate",
    ]);
  });
});
