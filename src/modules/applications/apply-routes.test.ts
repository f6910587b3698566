import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession, type Page } from "@test/support/browser-session";
import { citizenBrowser, createTestCitizen, type TestCitizen } from "@test/support/citizens";
import { publishTestService } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

const minimalPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const pngSignature = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489",
  "hex",
);

function pathOf(location: string | null): string {
  if (!location) throw new Error("Expected a redirect");
  const url = new URL(location, "http://localhost");
  return url.pathname + url.search;
}

describe("applying through the pages, without JavaScript", () => {
  let t: TestApp;
  let citizen: TestCitizen;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
  });
  afterAll(async () => t.close());

  it("sends a visitor to sign in first, to come back to the form", async () => {
    const response = await t.app.request("/services/test-permit/apply");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      "/sign-in?next=%2Fservices%2Ftest-permit%2Fapply",
    );
  });

  it("saves a draft, resumes it on another device, submits once, and gives a receipt anyone can check", async () => {
    const phone = await citizenBrowser(t, citizen);
    const start = await phone.get("/services/test-permit/apply");
    expect(start.status).toBe(200);
    const started = await phone.submit(start, "/services/test-permit/apply");
    const draftPath = pathOf(started.location);
    expect(draftPath).toMatch(/^\/services\/test-permit\/apply\/[0-9a-f-]{36}$/);

    const first = await phone.get(draftPath);
    expect(first.html).toContain("ชื่อ-นามสกุล");
    const action = `${draftPath}?step=applicant`;
    const saved = await phone.submit(first, action, { full_name: "ประยูร บุญมา", _go: "save" });
    expect(saved.status).toBe(303);

    // Later, on a computer: the draft is listed and keeps what was typed.
    const computer = await citizenBrowser(t, citizen);
    const mine = await computer.get("/me/applications");
    expect(mine.html).toContain(draftPath);
    const resumed = await computer.get(draftPath);
    expect(resumed.html).toContain('value="ประยูร บุญมา"');

    const wrong = await computer.submit(resumed, action, {
      national_id: "3100500141783",
      _go: "next",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("error-summary");
    expect(wrong.html).toContain('aria-invalid="true"');

    const right = await computer.submit(resumed, action, {
      full_name: "ประยูร บุญมา",
      national_id: "3100500141782",
      phone: "0812345678",
      declaration: "yes",
      _go: "next",
    });
    expect(pathOf(right.location)).toBe(`${draftPath}/review`);
    const review = await computer.get(`${draftPath}/review`);
    expect(review.html).toContain("081");

    const submitted = await computer.submit(review, `${draftPath}/submit`);
    const receiptPath = pathOf(submitted.location);
    expect(receiptPath).toMatch(/^\/me\/applications\/[0-9a-f-]{36}\/receipt$/);
    // Pressing submit again (the page was still open) finds the same application.
    const again = await computer.submit(review, `${draftPath}/submit`);
    expect(pathOf(again.location)).toBe(receiptPath);

    const receipt = await computer.get(receiptPath);
    const reference = /DOPA-25\d\d-\d{6}/.exec(receipt.html)?.[0];
    const code = /receipt__code">([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(receipt.html)?.[1];
    expect(reference).toBeDefined();
    expect(code).toBeDefined();

    const visitor = new BrowserSession(t.app);
    const trackPage = await visitor.get("/track");
    const tracked = await visitor.submit(trackPage, "/track", {
      reference: reference!,
      statusCode: code!.toLowerCase(),
    });
    expect(tracked.status).toBe(200);
    expect(tracked.html).toContain("ได้รับคำขอแล้ว");
    const wrongCode = await visitor.submit(trackPage, "/track", {
      reference: reference!,
      statusCode: "AAAA-AAAA",
    });
    expect(wrongCode.status).toBe(404);

    const jws = /<pre class="hash">([^<]+)<\/pre>/.exec(receipt.html)?.[1];
    const verifyPage = await visitor.get("/verify/receipt");
    const verified: Page = await visitor.submit(verifyPage, "/verify/receipt", { receipt: jws! });
    expect(verified.html).toContain("ใบรับนี้ถูกต้อง");
  });

  it("keeps an upload checked by its content, and refuses a disguised one with the reason", async () => {
    const draft = (await (
      await t.app.request("/api/v1/services/test-permit/drafts", {
        method: "POST",
        headers: { authorization: `Bearer ${citizen.token}` },
      })
    ).json()) as { id: string };
    const upload = (bytes: Buffer, name: string) => {
      const form = new FormData();
      form.set("fieldId", "plan");
      form.set("file", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
      return t.app.request(`/api/v1/services/test-permit/drafts/${draft.id}/attachments`, {
        method: "POST",
        headers: { authorization: `Bearer ${citizen.token}` },
        body: form,
      });
    };
    const kept = await upload(minimalPdf, "plan.pdf");
    expect(kept.status).toBe(201);
    expect(await kept.json()).toMatchObject({
      mediaType: "application/pdf",
      size: minimalPdf.length,
    });

    const disguised = await upload(pngSignature, "plan.pdf");
    expect(disguised.status).toBe(400);
    const problem = (await disguised.json()) as {
      errors: { field: string; messages: { th: string; en: string } }[];
    };
    expect(problem.errors[0]!.field).toBe("plan");
    expect(problem.errors[0]!.messages.en).toMatch(/PDF/);
  });
});
