import type { Child } from "hono/jsx";
import { describe, expect, it } from "vitest";

import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";

import { validateAnswers } from "../validate-answers";
import { FormStep } from "./form-step";

async function render(node: Child): Promise<string> {
  return String(await (node as { toString(): string | Promise<string> }).toString());
}

const bangkok = {
  line: "88/12 ถนนประชาราษฎร์บำเพ็ญ",
  provinceCode: "10",
  districtCode: "1017",
  subdistrictCode: "101701",
  postcode: "10310",
};

describe("a question a registry answered", () => {
  it("shows the verified answer and its source, with no input, and a problem with it on the whole", async () => {
    const answers = { registeredAddress: bangkok };
    const checked = validateAnswers({
      form: elderlyAllowanceForm,
      answers,
      mode: "submit",
      stepId: "address",
    });
    expect(checked.ok).toBe(false);
    const html = await render(
      <FormStep
        form={elderlyAllowanceForm}
        stepId="address"
        answers={answers}
        problems={checked.ok ? [] : checked.problems}
        locale="th"
        action="/services/elderly-allowance/apply/d1?step=address"
        csrfToken="csrf-token"
        nonce="nonce-123"
        buttons={<button type="submit">ต่อไป</button>}
        locked={
          new Map([["registeredAddress", "ตรวจสอบแล้วจาก ทะเบียนราษฎร กรมการปกครอง เมื่อ 10:42 น."]])
        }
      />,
    );
    expect(html).toContain('data-locked="registeredAddress"');
    expect(html).toContain("88/12 ถนนประชาราษฎร์บำเพ็ญ");
    expect(html).toContain("ตรวจสอบแล้วจาก ทะเบียนราษฎร กรมการปกครอง เมื่อ 10:42 น.");
    expect(html).not.toContain('name="registeredAddress[');
    // The registry says Bangkok; the form takes Chiang Mai only: said at the address, linked to it.
    expect(html).toContain('href="#field-registeredAddress"');
    expect(html).toMatch(/class="error-message" id="field-registeredAddress-error"/);
  });
});
