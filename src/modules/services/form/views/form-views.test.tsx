import type { Child } from "hono/jsx";
import { describe, expect, it } from "vitest";

import { thaiIdCheckDigit } from "@/core/identity/thai-id";
import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import { residenceNotificationForm } from "@/demo/forms/residence-notification-form";

import { validateAnswers } from "../validate-answers";
import { AnswersSummary } from "./answers-summary";
import { FormPreview } from "./form-preview";
import { FormStep, type FormStepProps } from "./form-step";

async function render(node: Child): Promise<string> {
  return String(await (node as { toString(): string | Promise<string> }).toString());
}

const citizenId = (twelve: string) => `${twelve}${thaiIdCheckDigit(twelve)}`;

function step(props: Partial<FormStepProps> & Pick<FormStepProps, "stepId">) {
  return render(
    <FormStep
      form={elderlyAllowanceForm}
      answers={{}}
      locale="th"
      action="/services/elderly-allowance/apply/d1"
      csrfToken="csrf-token"
      nonce="nonce-123"
      buttons={<button type="submit">ต่อไป</button>}
      {...props}
    />,
  );
}

describe("FormStep", () => {
  it("puts a summary of problems first, each linked to its question, and the problem beside it", async () => {
    const checked = validateAnswers({
      form: elderlyAllowanceForm,
      answers: { citizenId: "1234567890123" },
      mode: "submit",
      stepId: "applicant",
    });
    const html = await step({
      stepId: "applicant",
      answers: { citizenId: "1234567890123" },
      problems: checked.ok ? [] : checked.problems,
    });
    expect(html.indexOf('class="error-summary"')).toBeLessThan(html.indexOf("<h1>"));
    expect(html).toContain(
      '<a href="#field-citizenId">“เลขประจำตัวประชาชน” ต้องเป็นเลขประจำตัวประชาชน 13 หลักที่ถูกต้อง</a>',
    );
    expect(html).toMatch(
      /<input class="input input--short input--error" id="field-citizenId" name="citizenId" type="text" value="1234567890123"[^>]*aria-invalid="true" aria-describedby="field-citizenId-hint field-citizenId-error"/,
    );
    expect(html).toContain('<span class="error-message" id="field-citizenId-error">');
    expect(html).toContain('<input type="hidden" name="_csrf" value="csrf-token"/>');
    expect(html).toContain('<script nonce="nonce-123">');
  });

  it("shows a date in the Buddhist Era in Thai and the common era in English", async () => {
    const answers = { birthDate: "1967-03-05" };
    const thai = await step({ stepId: "applicant", answers });
    expect(thai).toContain('name="birthDate[day]" value="5"');
    expect(thai).toContain('<option value="3" selected="">มีนาคม</option>');
    expect(thai).toContain('name="birthDate[year]" value="2510"');
    expect(thai).toContain("ปี (พ.ศ.)");
    const english = await step({ stepId: "applicant", answers, locale: "en" });
    expect(english).toContain('name="birthDate[year]" value="1967"');
    expect(english).toContain('<option value="3" selected="">March</option>');
  });

  it("offers only the provinces the question allows, and the districts of the chosen one", async () => {
    const empty = await step({ stepId: "address" });
    expect(empty).toContain('<option value="50">เชียงใหม่</option>');
    expect(empty).not.toContain("กรุงเทพมหานคร");
    expect(empty).toMatch(
      /name="registeredAddress\[districtCode\]" data-level="district"[^>]*disabled=""/,
    );
    expect(empty).toContain('value="refresh:registeredAddress"');
    const chosen = await step({
      stepId: "address",
      answers: {
        registeredAddress: {
          provinceCode: "50",
          districtCode: "5001",
          subdistrictCode: "500107",
          postcode: "50300",
        },
      },
    });
    expect(chosen).toContain('<option value="5001" selected="">เมืองเชียงใหม่</option>');
    expect(chosen).toContain('<option value="500107" selected="">ช้างเผือก</option>');
    expect(chosen).toContain('value="50300"');
  });

  it("keeps questions that depend on the same page, saying when they apply", async () => {
    const html = await step({ stepId: "payment", answers: { paymentMethod: "cash" } });
    expect(html).toContain(
      'data-show-if="{&quot;field&quot;:&quot;paymentMethod&quot;,&quot;in&quot;:[&quot;bank_transfer&quot;,&quot;proxy_transfer&quot;]}"',
    );
    expect(html).toContain(
      "ตอบเฉพาะกรณีที่ “ประสงค์รับเงินเบี้ยยังชีพโดยวิธีใด” เป็น “โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ” หรือ “โอนเข้าบัญชีเงินฝากธนาคารในนามบุคคลที่ได้รับมอบอำนาจ”",
    );
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('accept="image/jpeg,image/png,application/pdf"');
    expect(html).toContain("รับไฟล์ JPEG, PNG, PDF ขนาดไม่เกิน 5 MB ต่อไฟล์");
  });

  it("lists attached files with a button to remove each, keeping their ids in the form", async () => {
    const html = await step({
      stepId: "payment",
      answers: { paymentMethod: "bank_transfer", passbook: ["att-1"] },
      attachmentOf: (id) =>
        id === "att-1" ? { filename: "สมุด.jpg", size: 350 * 1024 } : undefined,
    });
    expect(html).toContain('<input type="hidden" name="passbook[kept]" value="att-1"/>');
    expect(html).toContain("สมุด.jpg (350 KB)");
    expect(html).toContain('value="remove_file:passbook:att-1"');
  });

  it("shows group rows with buttons to add and remove rows, and a hidden default button first", async () => {
    const html = await render(
      <FormStep
        form={residenceNotificationForm}
        stepId="co-residents"
        answers={{ hasCoResidents: true, coResidents: [{ coResidentName: "Anna" }, {}] }}
        locale="en"
        action="/x"
        csrfToken={null}
        nonce={undefined}
        buttons={<button type="submit">Continue</button>}
      />,
    );
    expect(html).toContain('name="coResidents[0][coResidentName]" type="text" value="Anna"');
    expect(html).toContain(
      'id="field-coResidents-1-coResidentPassport" name="coResidents[1][coResidentPassport]"',
    );
    expect(html).toContain('value="remove_row:coResidents:1"');
    expect(html).toContain(">Remove co-resident 2</button>");
    expect(html).toContain('value="add_row:coResidents"');
    expect(html.indexOf('class="visually-hidden" tabindex="-1" aria-hidden="true"')).toBeLessThan(
      html.indexOf("add_row:coResidents"),
    );
  });
});

describe("AnswersSummary", () => {
  it("shows each asked question with its answer as people read it, and leaves out the rest", async () => {
    const answers = {
      fullName: "นางสมศรี ใจดี",
      citizenId: citizenId("110370207183"),
      birthDate: "1960-04-13",
      phone: "0812345678",
      registeredAddress: {
        line: "99/1",
        provinceCode: "50",
        districtCode: "5001",
        subdistrictCode: "500107",
        postcode: "50300",
      },
      paymentMethod: "bank_transfer",
      bank: "KTB",
      passbook: ["att-1"],
      proxyName: "hidden: not asked for a transfer",
      truthfulness: true,
    };
    const html = await render(
      <AnswersSummary
        form={elderlyAllowanceForm}
        answers={answers}
        locale="th"
        attachmentOf={() => ({ filename: "passbook.pdf", size: 2 * 1024 * 1024 })}
        changeHref={(stepId) => `/change/${stepId}`}
        changeLabel="แก้ไข"
      />,
    );
    expect(html).toContain("<dt>วันเดือนปีเกิด</dt><dd>13 เมษายน 2503");
    expect(html).toContain("081-234-5678");
    expect(html).toContain("99/1 ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300");
    expect(html).toContain("ธนาคารกรุงไทย");
    expect(html).toContain("passbook.pdf (2 MB)");
    expect(html).toContain('href="/change/payment"');
    expect(html).not.toContain("hidden: not asked");
  });

  it("shows a group's rows as a table", async () => {
    const html = await render(
      <AnswersSummary
        form={residenceNotificationForm}
        answers={{
          hasCoResidents: true,
          coResidents: [
            { coResidentName: "Anna", coResidentNationality: "GBR", coResidentPassport: "P123456" },
          ],
        }}
        locale="en"
      />,
    );
    expect(html).toContain('<th scope="col">Nationality</th>');
    expect(html).toContain("<td>Anna</td><td>British</td><td>P123456</td>");
  });
});

describe("FormPreview", () => {
  it("shows every page of a definition with its conditions in words", async () => {
    const html = await render(
      <FormPreview definition={{ form: elderlyAllowanceForm }} locale="en" />,
    );
    expect(html).toContain("Page 4 of 5");
    expect(html).toContain(
      "Answer only if “How should we pay you?” is “By transfer to your own bank account”",
    );
    // Required exactly when shown: said once, by not being marked optional.
    expect(html).not.toContain("Required if");
    expect(html).toContain("Full name of the person you authorise</label>");
    expect(await render(<FormPreview definition={{}} locale="en" />)).toContain(
      "This service has no online form",
    );
  });
});
