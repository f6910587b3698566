import { describe, expect, it } from "vitest";

import { residenceNotificationForm } from "@/demo/forms/residence-notification-form";

import { answersFromFormBody, filesFromFormBody } from "./form-body";
import { FormDefinitionSchema } from "./schema";
import { validateAnswers } from "./validate-answers";

const label = (en: string) => ({ th: `ไทย ${en}`, en });
const form = FormDefinitionSchema.parse({
  pages: [
    {
      id: "about",
      title: label("About"),
      fields: [
        { id: "floors", type: "number", label: label("Floors") },
        { id: "born", type: "date", label: label("Born") },
        {
          id: "ticks",
          type: "checkboxes",
          label: label("Ticks"),
          options: ["a", "b"].map((value) => ({ value, label: label(value) })),
        },
        { id: "owner", type: "yes_no", label: label("Owner?") },
        { id: "agree", type: "declaration", label: label("Agree") },
        { id: "home", type: "thai_address", label: label("Home") },
        {
          id: "scan",
          type: "file",
          label: label("Scan"),
          accept: ["image/png"],
          maxBytes: 4096,
          multiple: true,
        },
      ],
    },
    {
      id: "later",
      title: label("Later"),
      fields: [{ id: "note", type: "text", label: label("Note") }],
    },
  ],
});

describe("answersFromFormBody", () => {
  it("reads numbers, Buddhist Era dates, ticks, yes/no, a declaration and address parts", () => {
    const { answers, action } = answersFromFormBody(form, "about", {
      floors: "๑,๒๐๐",
      "born[day]": "5",
      "born[month]": "3",
      "born[year]": "2510",
      ticks: ["a", "b"],
      owner: "no",
      agree: "yes",
      "home[line]": " 99/1 ",
      "home[provinceCode]": "50",
      "home[districtCode]": "5001",
      "home[subdistrictCode]": "500107",
      "scan[kept]": ["id-1", "id-2"],
      note: "not on this step",
    });
    expect(action).toBeNull();
    expect(answers).toEqual({
      floors: 1200,
      born: "1967-03-05",
      ticks: ["a", "b"],
      owner: false,
      agree: true,
      home: {
        line: "99/1",
        provinceCode: "50",
        districtCode: "5001",
        subdistrictCode: "500107",
        postcode: "50300",
      },
      scan: ["id-1", "id-2"],
    });
  });

  it("takes a year below 2300 as the common era, and keeps a date that is not one as typed", () => {
    expect(
      answersFromFormBody(form, "about", {
        "born[day]": "5",
        "born[month]": "3",
        "born[year]": "1967",
      }).answers.born,
    ).toBe("1967-03-05");
    const { answers } = answersFromFormBody(form, "about", {
      "born[day]": "31",
      "born[month]": "2",
      "born[year]": "2569",
    });
    expect(answers.born).toEqual({ day: "31", month: "2", year: "2569" });
    const result = validateAnswers({ form, answers, mode: "draft" });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      "invalid_date",
    ]);
  });

  it("answers every question of the step, so a cleared answer replaces the old one", () => {
    const { answers } = answersFromFormBody(form, "about", {});
    expect(answers).toEqual({
      floors: undefined,
      born: undefined,
      ticks: [],
      owner: undefined,
      agree: false,
      home: undefined,
      scan: [],
    });
  });

  it("drops the district and subdistrict when the province changed under them", () => {
    const { answers } = answersFromFormBody(form, "about", {
      "home[provinceCode]": "10",
      "home[districtCode]": "5001",
      "home[subdistrictCode]": "500107",
      "home[postcode]": "50300",
      _action: "refresh:home",
    });
    expect(answers.home).toEqual({ provinceCode: "10" });
  });

  it("reads group rows, adds and removes rows, and drops blank rows otherwise", () => {
    const rows = {
      hasCoResidents: "yes",
      "coResidents[0][coResidentName]": "Anna",
      "coResidents[0][coResidentPassport]": "P1234567",
      "coResidents[1][coResidentName]": "",
      "coResidents[2][coResidentName]": "Ben",
    };
    expect(answersFromFormBody(residenceNotificationForm, "co-residents", rows).answers).toEqual({
      hasCoResidents: true,
      coResidents: [
        { coResidentName: "Anna", coResidentPassport: "P1234567" },
        { coResidentName: "Ben" },
      ],
    });
    const added = answersFromFormBody(residenceNotificationForm, "co-residents", {
      ...rows,
      _action: "add_row:coResidents",
    });
    expect(added.action).toEqual({ kind: "add_row", field: "coResidents" });
    expect(added.answers.coResidents).toEqual([
      { coResidentName: "Anna", coResidentPassport: "P1234567" },
      {},
      { coResidentName: "Ben" },
      {},
    ]);
    const removed = answersFromFormBody(residenceNotificationForm, "co-residents", {
      ...rows,
      _action: "remove_row:coResidents:0",
    });
    expect(removed.answers.coResidents).toEqual([{ coResidentName: "Ben" }]);
  });

  it("removes an attached file on its button, and ignores actions for questions not on the step", () => {
    const removed = answersFromFormBody(form, "about", {
      "scan[kept]": ["id-1", "id-2"],
      _action: "remove_file:scan:id-1",
    });
    expect(removed).toMatchObject({
      answers: { scan: ["id-2"] },
      action: { kind: "remove_file", attachmentId: "id-1" },
    });
    expect(
      answersFromFormBody(form, "later", { _action: "remove_file:scan:id-1" }).action,
    ).toBeNull();
  });
});

describe("filesFromFormBody", () => {
  it("gives the files posted for the step's file questions, leaving out empty inputs", () => {
    const scan = new File([new Uint8Array([1, 2, 3])], "scan.png");
    const empty = new File([], "");
    const found = filesFromFormBody(form, "about", { scan: [scan, empty], note: "x" });
    expect(found.map(({ field, files }) => [field.id, files.map((file) => file.name)])).toEqual([
      ["scan", ["scan.png"]],
    ]);
    expect(filesFromFormBody(form, "about", { scan: empty })).toEqual([]);
  });
});
