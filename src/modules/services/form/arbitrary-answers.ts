import fc from "fast-check";

import { thaiIdCheckDigit } from "@/core/identity/thai-id";

import { bangkokToday } from "./dates";
import type { AttachmentInfo } from "./field-values";
import type { AnyField, FormDefinition } from "./schema";
import { listDistricts, listProvinces, listSubdistricts } from "./thai-addresses";

/**
 * fast-check generators of answers that a form must accept, for property
 * tests here and in modules that submit forms. Every question gets an answer
 * (conditional ones too, since whether they are asked depends on the other
 * answers); optional ones are sometimes left out. Test code only: it needs
 * the dev dependency fast-check.
 */

export interface GeneratedAnswers {
  answers: Record<string, unknown>;
  attachments: Map<string, AttachmentInfo>;
}

interface Place {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  postcodes: string[];
}

const addressesByProvince = new Map<string, Place[]>();

function subdistrictsIn(provinceCode: string) {
  let found = addressesByProvince.get(provinceCode);
  if (!found) {
    found = (listDistricts(provinceCode) ?? []).flatMap((district) =>
      (listSubdistricts(district.code) ?? []).map((subdistrict) => ({
        provinceCode,
        districtCode: district.code,
        subdistrictCode: subdistrict.code,
        postcodes: subdistrict.postcodes,
      })),
    );
    addressesByProvince.set(provinceCode, found);
  }
  return found;
}

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((each) => each.join(""));

export const citizenIdArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 8 }), digits(11))
  .map(([first, rest]) => `${first}${rest}`)
  .map((twelve) => `${twelve}${thaiIdCheckDigit(twelve)}`);

export const juristicIdArbitrary = digits(11)
  .map((rest) => `0${rest}`)
  .map((twelve) => `${twelve}${thaiIdCheckDigit(twelve)}`);

const visibleText = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength }),
      fc.constantFrom("สมศรี ใจดี", "นางบุญมี มีสุข", "Jane Doe", "99/1 หมู่ 3"),
    )
    .filter((text) => text.trim() !== "" && text.trim().length <= maxLength);

function dateBetween(min: string, max: string) {
  return fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
}

function valueArbitrary(
  field: AnyField,
  now: Date,
  attachments: Map<string, AttachmentInfo>,
): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "text":
      return field.pattern
        ? fc.stringMatching(new RegExp(`^(?:${field.pattern})$`, "u"))
        : visibleText(field.maxLength ?? 200);
    case "textarea":
      return visibleText(Math.min(field.maxLength ?? 2000, 500));
    case "number": {
      const min = field.min ?? -1_000_000;
      const max = field.max ?? 1_000_000;
      return field.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc
            .double({ min, max, noNaN: true, noDefaultInfinity: true })
            .map((value) => (Object.is(value, -0) ? 0 : value));
    }
    case "date": {
      const today = bangkokToday(now);
      const resolve = (bound: string | undefined, fallback: string) =>
        bound === "today" ? today : (bound ?? fallback);
      return dateBetween(resolve(field.min, "1900-01-01"), resolve(field.max, "2100-12-31"));
    }
    case "radio":
    case "select":
      return fc.constantFrom(...field.options.map((option) => option.value));
    case "checkboxes":
      return fc.subarray(
        field.options.map((option) => option.value),
        {
          minLength: Math.max(1, field.minSelections ?? 1),
          maxLength: field.maxSelections ?? field.options.length,
        },
      );
    case "yes_no":
      return fc.boolean();
    case "declaration":
      return fc.constant(true);
    case "citizen_id":
      return citizenIdArbitrary;
    case "juristic_id":
      return juristicIdArbitrary;
    case "passport":
      return fc.stringMatching(/^[A-Z0-9]{6,12}$/);
    case "phone":
      return fc
        .tuple(fc.constantFrom("06", "08", "09"), digits(8), fc.boolean())
        .map(([prefix, rest, isInternational]) =>
          isInternational ? `+66 ${prefix.slice(1)}${rest}` : `${prefix}${rest}`,
        );
    case "email":
      return fc.stringMatching(/^[a-z0-9]{1,20}@[a-z0-9]{1,15}\.(com|go\.th|org)$/);
    case "thai_address": {
      const provinces = field.provinces ?? listProvinces().map((province) => province.code);
      return fc
        .constantFrom(...provinces)
        .chain((code) => fc.constantFrom(...subdistrictsIn(code)))
        .chain(({ postcodes, ...place }) =>
          fc
            .tuple(visibleText(100), fc.constantFrom(...postcodes))
            .map(([line, postcode]) => ({ line, ...place, postcode })),
        );
    }
    case "file": {
      const maxFiles = field.multiple ? (field.maxFiles ?? 10) : 1;
      return fc
        .array(
          fc.tuple(
            fc.uuid(),
            fc.constantFrom(...field.accept),
            fc.integer({ min: 1, max: field.maxBytes }),
          ),
          {
            minLength: 1,
            maxLength: Math.min(maxFiles, 3),
          },
        )
        .map((uploads) =>
          uploads.map(([id, mediaType, size]) => {
            attachments.set(id, { fieldId: field.id, mediaType, size });
            return id;
          }),
        );
    }
    case "group": {
      const row = fc.record(
        Object.fromEntries(
          field.fields.map((column) => [column.id, valueArbitrary(column, now, attachments)]),
        ),
      );
      return fc.array(row, {
        minLength: Math.max(1, field.minItems ?? 1),
        maxLength: Math.min(field.maxItems, 3),
      });
    }
  }
}

/** Answers the form accepts on submission, and the uploads their file answers name. */
export function validAnswersArbitrary(
  form: FormDefinition,
  now: Date,
): fc.Arbitrary<GeneratedAnswers> {
  const fields = form.pages.flatMap((page) => page.fields);
  return fc.constant(null).chain(() => {
    const attachments = new Map<string, AttachmentInfo>();
    const entries = fields.map((field) => {
      const value = valueArbitrary(field, now, attachments);
      const isAlwaysAnswered = field.required || field.requireIf || field.type === "declaration";
      return [field.id, isAlwaysAnswered ? value : fc.option(value, { nil: undefined })] as const;
    });
    return fc.record(Object.fromEntries(entries)).map((answers) => ({ answers, attachments }));
  });
}
