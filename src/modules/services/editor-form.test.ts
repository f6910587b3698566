import { describe, expect, it } from "vitest";

import { demoServices } from "@/demo/services";

import { changedParts } from "./definition-diff";
import { validateDefinition } from "./definition-problems";
import {
  anchorFor,
  applyRowAction,
  bahtFromSatang,
  draftFromEditorForm,
  editorAnchors,
  parseEditorAction,
  satangFromBaht,
} from "./editor-form";

describe("the structured editor's form", () => {
  it("reads baht as typed into satang, and keeps what is not an amount as typed", () => {
    expect(satangFromBaht("20")).toBe(2000);
    expect(satangFromBaht("0.5")).toBe(50);
    expect(satangFromBaht("1,250.05")).toBe(125005);
    expect(satangFromBaht(" ")).toBeUndefined();
    expect(satangFromBaht("-3")).toBe(-300);
    expect(satangFromBaht("12.345")).toBe("12.345");
    expect(satangFromBaht("twenty")).toBe("twenty");
    expect(bahtFromSatang(125005)).toBe("1250.05");
    expect(bahtFromSatang(2000)).toBe("20");
    expect(bahtFromSatang("twenty")).toBe("twenty");
  });

  it("tells the buttons apart, and saves for anything it does not know", () => {
    expect(parseEditorAction("add:steps")).toEqual({ kind: "add", list: "steps" });
    expect(parseEditorAction("remove:fees.2")).toEqual({ kind: "remove", list: "fees", index: 2 });
    expect(parseEditorAction("remove:fees")).toEqual({ kind: "save" });
    expect(parseEditorAction("add:form")).toEqual({ kind: "save" });
    expect(parseEditorAction(undefined)).toEqual({ kind: "save" });
  });

  it("builds the draft from the form over the stored draft, keeping parts the form does not show", () => {
    const stored = { id: "x", agencyCode: "DOPA", form: { pages: [] }, steps: [{}] };
    const draft = draftFromEditorForm(
      {
        "name.th": "ชื่อ",
        "name.en": "Name",
        category: "welfare",
        applicants: ["citizen", "foreigner"],
        lifeEvents: "old_age",
        "steps.0.title.th": "ตรวจ",
        "steps.0.title.en": "Check",
        "steps.0.responsible.th": "กอง",
        "steps.0.responsible.en": "Division",
        "steps.0.workingDays": "3",
        "steps.1.title.th": "",
        "steps.1.title.en": "",
        "steps.1.responsible.th": "",
        "steps.1.responsible.en": "",
        "steps.1.workingDays": "three",
        "fees.0.label.th": "ค่า",
        "fees.0.label.en": "Fee",
        "fees.0.amountSatang": "",
        "fees.0.note.th": "",
        "fees.0.note.en": "",
        "legalBasis.0.title.th": "พ.ร.บ.",
        "legalBasis.0.title.en": "Act",
        "legalBasis.0.section": " ",
      },
      stored,
    );
    expect(draft).toMatchObject({
      id: "x",
      form: { pages: [] },
      name: { th: "ชื่อ", en: "Name" },
      applicants: ["citizen", "foreigner"],
      lifeEvents: ["old_age"],
      steps: [
        { title: { th: "ตรวจ", en: "Check" }, workingDays: 3 },
        { title: { th: "", en: "" }, workingDays: "three" },
      ],
      fees: [{ label: { th: "ค่า", en: "Fee" } }],
      legalBasis: [{ title: { th: "พ.ร.บ.", en: "Act" } }],
      criteria: [],
    });
    expect(draft.fees).toEqual([{ label: { th: "ค่า", en: "Fee" } }]);
  });

  it("adds a blank row to move to, and removes the row asked for", () => {
    const draft = { steps: [{ a: 1 }, { b: 2 }, { c: 3 }] };
    const added = applyRowAction(draft, { kind: "add", list: "steps" });
    expect(added.focus).toBe("steps.3.title.th");
    expect(added.draft.steps).toHaveLength(4);
    const removed = applyRowAction(draft, { kind: "remove", list: "steps", index: 1 });
    expect(removed.draft.steps).toEqual([{ a: 1 }, { c: 3 }]);
    expect(removed.focus).toBe("steps");
  });

  it("puts each problem beside the input or group that can fix it", () => {
    const anchors = editorAnchors({ steps: [{}, {}], fees: [{}] });
    expect(anchorFor("steps.1.workingDays", anchors)).toBe("steps.1.workingDays");
    expect(anchorFor("steps.1", anchors)).toBe("steps.1.title.th");
    expect(anchorFor("name", anchors)).toBe("name.th");
    expect(anchorFor("applicants.0", anchors)).toBe("applicants");
    expect(anchorFor("fees.0.note", anchors)).toBe("fees.0.note.th");
    expect(anchorFor("outputs", anchors)).toBe("outputs");
    expect(anchorFor("form.pages.0.title.th", anchors)).toBeNull();
    expect(anchorFor("(root)", anchors)).toBeNull();
  });
});

describe("definition problems in words", () => {
  it("names each field in Thai and English instead of a path", () => {
    const bad = structuredClone(demoServices[1]!) as unknown as Record<string, unknown>;
    (bad.steps as Record<string, unknown>[])[1]!.workingDays = 400;
    (bad.documents as Record<string, unknown>[])[3]!.count = 0;
    (bad.fees as Record<string, unknown>[])[0]!.amountSatang = 12.5;
    delete (bad.name as Record<string, unknown>).en;
    bad.category = "nonsense";
    bad.criteria = [];
    const result = validateDefinition(bad);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((problem) => problem.messages);
    expect(messages).toEqual(
      expect.arrayContaining([
        {
          th: "ขั้นตอนที่ 2: ระยะเวลาต้องเป็นจำนวนวันทำการ 0–365",
          en: "Step 2: time must be 0–365 working days",
        },
        {
          th: "เอกสารรายการที่ 4: จำนวนฉบับต้องเป็นจำนวนเต็ม 1–100",
          en: "Document 4: the number of copies must be a whole number from 1 to 100",
        },
        {
          th: "ค่าธรรมเนียมรายการที่ 1: จำนวนเงินต้องเป็นบาท ตั้งแต่ 0 ขึ้นไป ทศนิยมไม่เกิน 2 ตำแหน่ง",
          en: "Fee 1: the amount must be 0 baht or more, with at most 2 decimal places",
        },
        { th: "ชื่อบริการ (ภาษาอังกฤษ): โปรดกรอกข้อมูล", en: "Service name (English): fill this in" },
        { th: "หมวดบริการ: โปรดเลือกจากรายการที่กำหนด", en: "Category: choose one from the list" },
        { th: "หลักเกณฑ์: ต้องมีอย่างน้อย 1 รายการ", en: "Criteria: add at least 1" },
      ]),
    );
    const fields = result.ok ? [] : result.problems.map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining(["steps.1.workingDays", "documents.3.count", "name.en", "criteria"]),
    );
  });

  it("lists the top-level parts two definitions differ in, whatever the key order", () => {
    const first = structuredClone(demoServices[0]!);
    const reordered = Object.fromEntries(Object.entries(first).reverse());
    expect(changedParts(first, reordered)).toEqual([]);
    const second = { ...first, fees: [{ label: { th: "ก", en: "A" }, amountSatang: 100 }] };
    expect(changedParts(first, { ...second, summary: { en: "x", th: "ย" } })).toEqual([
      "summary",
      "fees",
    ]);
  });
});
