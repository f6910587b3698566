import { describe, expect, it } from "vitest";

import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import { residenceNotificationForm } from "@/demo/forms/residence-notification-form";

import { answersJsonSchema } from "./answers-json-schema";

describe("answersJsonSchema", () => {
  it("describes each answer's shape, and requires only what is required whatever else is answered", () => {
    const schema = answersJsonSchema(elderlyAllowanceForm) as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      "fullName",
      "citizenId",
      "birthDate",
      "maritalStatus",
      "phone",
      "registeredAddress",
      "receivesStatePension",
      "paymentMethod",
      "truthfulness",
    ]);
    expect(schema.properties.birthDate).toMatchObject({
      type: "string",
      format: "date",
      title: "Date of birth",
    });
    expect(schema.properties.paymentMethod).toMatchObject({
      enum: ["cash", "bank_transfer", "proxy_cash", "proxy_transfer"],
    });
    expect(schema.properties.otherAllowances).toMatchObject({
      type: "array",
      items: { enum: ["disability", "hiv"] },
      uniqueItems: true,
    });
    expect(schema.properties.passbook).toMatchObject({ type: "array", maxItems: 1 });
    expect(schema.properties.truthfulness).toMatchObject({ type: "boolean", const: true });
  });

  it("describes a group's rows with their own required columns", () => {
    const schema = answersJsonSchema(residenceNotificationForm) as {
      properties: Record<string, { items?: { required?: string[] }; maxItems?: number }>;
      required: string[];
    };
    expect(schema.required).not.toContain("coResidents");
    expect(schema.properties.coResidents?.maxItems).toBe(10);
    expect(schema.properties.coResidents?.items?.required).toEqual([
      "coResidentName",
      "coResidentNationality",
      "coResidentPassport",
    ]);
  });
});
