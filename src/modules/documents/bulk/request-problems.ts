import type { z } from "zod";

import type { FieldProblem } from "@/core/errors";

const typeNames: Record<string, { th: string; en: string }> = {
  string: { th: "ข้อความ", en: "text" },
  number: { th: "ตัวเลข", en: "a number" },
  object: { th: "ออบเจกต์ JSON", en: "a JSON object" },
  array: { th: "รายการ (array)", en: "a list (array)" },
  boolean: { th: "true หรือ false", en: "true or false" },
};

function describe(issue: z.core.$ZodIssue): { th: string; en: string } {
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeNames[issue.expected] ?? { th: issue.expected, en: issue.expected };
      return { th: `ต้องเป็น${expected.th}`, en: `Must be ${expected.en}.` };
    }
    case "too_big":
      return issue.origin === "array"
        ? {
            th: `มีได้ไม่เกิน ${String(issue.maximum)} รายการ`,
            en: `At most ${String(issue.maximum)} entries.`,
          }
        : issue.origin === "string"
          ? {
              th: `ยาวได้ไม่เกิน ${String(issue.maximum)} ตัวอักษร`,
              en: `At most ${String(issue.maximum)} characters.`,
            }
          : {
              th: `ต้องไม่เกิน ${String(issue.maximum)}`,
              en: `At most ${String(issue.maximum)}.`,
            };
    case "too_small":
      return issue.origin === "array"
        ? {
            th: `ต้องมีอย่างน้อย ${String(issue.minimum)} รายการ`,
            en: `At least ${String(issue.minimum)} entries.`,
          }
        : issue.origin === "string"
          ? {
              th: `ต้องยาวอย่างน้อย ${String(issue.minimum)} ตัวอักษร`,
              en: `At least ${String(issue.minimum)} characters.`,
            }
          : {
              th: `ต้องไม่น้อยกว่า ${String(issue.minimum)}`,
              en: `At least ${String(issue.minimum)}.`,
            };
    case "unrecognized_keys":
      return {
        th: `ไม่รู้จักช่อง ${issue.keys.join(", ")}`,
        en: `Unknown field(s): ${issue.keys.join(", ")}.`,
      };
    case "invalid_value":
      return {
        th: `ต้องเป็นหนึ่งใน ${issue.values.map(String).join(", ")}`,
        en: `Must be one of ${issue.values.map(String).join(", ")}.`,
      };
    case "invalid_format":
      return { th: "รูปแบบไม่ถูกต้อง", en: `Not in the expected format (${issue.format}).` };
    case "invalid_union":
      return { th: "ค่าไม่ถูกต้อง ต้องเป็นข้อความหรือตัวเลข", en: "Must be text or a number." };
    default:
      return { th: "ค่าไม่ถูกต้อง", en: issue.message };
  }
}

/**
 * A request body's structural problems in Thai and English, each at its
 * dotted path (`items.3.holder.name`), as the semantic checks report theirs.
 */
export function requestProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const messages = describe(issue);
    return {
      field: issue.path.map(String).join(".") || "(body)",
      code: issue.code,
      message: messages.en,
      messages,
    };
  });
}
