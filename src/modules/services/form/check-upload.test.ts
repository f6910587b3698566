import { describe, expect, it } from "vitest";

import { checkUpload, cleanFilename } from "./check-upload";
import { type FileField, FormDefinitionSchema } from "./schema";

const label = { th: "สมุดบัญชี", en: "Passbook" };
const passbook: FileField = {
  id: "passbook",
  type: "file",
  label,
  accept: ["image/jpeg", "image/png"],
  maxBytes: 5 * 1024 * 1024,
};

/** Just enough of each format for its type to be told from its first bytes. */
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89,
]);
const jpeg = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;");

describe("checkUpload", () => {
  it("reads the type from the content, whatever the name says", async () => {
    expect(await checkUpload({ field: passbook, bytes: png, filename: "scan.pdf" })).toEqual({
      ok: true,
      mediaType: "image/png",
      filename: "scan.pdf",
    });
    expect(await checkUpload({ field: passbook, bytes: jpeg, filename: "page.png" })).toMatchObject(
      {
        ok: true,
        mediaType: "image/jpeg",
      },
    );
  });

  it("refuses a type the question does not take, saying which it takes", async () => {
    expect(await checkUpload({ field: passbook, bytes: pdf, filename: "passbook.jpg" })).toEqual({
      ok: false,
      problem: {
        field: "passbook",
        code: "file_type_not_allowed",
        message: {
          th: "“สมุดบัญชี”: ไฟล์ “passbook.jpg” เป็นชนิดที่ไม่รับ รับเฉพาะ JPEG, PNG",
          en: "“Passbook”: the file “passbook.jpg” is not an accepted type; accepted: JPEG, PNG",
        },
      },
    });
    const textPretendingToBePng = new TextEncoder().encode("hello, I am a PNG");
    for (const bytes of [gif, textPretendingToBePng]) {
      const result = await checkUpload({ field: passbook, bytes, filename: "x.png" });
      expect(result.ok ? null : result.problem.code).toBe("file_type_not_allowed");
    }
  });

  it("refuses a file over the limit, giving the limit, before reading its type", async () => {
    const small = { ...passbook, maxBytes: 2 * 1024 };
    const large = new Uint8Array(2 * 1024 + 1);
    large.set(png);
    expect(await checkUpload({ field: small, bytes: large, filename: "big.png" })).toEqual({
      ok: false,
      problem: {
        field: "passbook",
        code: "file_too_large",
        message: {
          th: "“สมุดบัญชี”: ไฟล์ “big.png” ใหญ่เกินไป ขนาดสูงสุด 2 KB",
          en: "“Passbook”: the file “big.png” is too large; the limit is 2 KB",
        },
      },
    });
    const atLimit = await checkUpload({
      field: passbook,
      bytes: new Uint8Array(6 * 1024 * 1024),
      filename: "a.png",
    });
    expect(atLimit.ok ? null : atLimit.problem.message.en).toBe(
      "“Passbook”: the file “a.png” is too large; the limit is 5 MB",
    );
  });

  it("refuses an empty file and a question that takes no files", async () => {
    const empty = await checkUpload({
      field: passbook,
      bytes: new Uint8Array(),
      filename: "none.png",
    });
    expect(empty.ok ? null : empty.problem.code).toBe("file_empty");
    const form = FormDefinitionSchema.parse({
      pages: [{ id: "p", title: label, fields: [{ id: "name", type: "text", label }] }],
    });
    const wrong = await checkUpload({ form, fieldId: "name", bytes: png, filename: "a.png" });
    expect(wrong.ok ? null : wrong.problem.code).toBe("not_a_file_question");
  });

  it("keeps names printable: no folders, no control characters", () => {
    expect(cleanFilename("C:\\Users\\somsri\\สมุด\u0000บัญชี.pdf")).toBe("สมุดบัญชี.pdf");
    expect(cleanFilename("../../etc/passwd")).toBe("passwd");
    expect(cleanFilename("\u0007")).toBe("file");
  });
});
