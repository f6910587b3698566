import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession, csrfTokenIn, type Page } from "@test/support/browser-session";
import { createTestOfficer } from "@test/support/officers";
import {
  createTestIssuer,
  issueTestDocument,
  type TestIssuer,
} from "@test/support/verifiable-documents";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { changeDocumentStatus } from "./change-document-status";
import { selectIssuedPdf } from "./repo";
import type { IssuedDocument } from "./schema";
import { MAX_PDF_BYTES } from "./verification/verification-input";

const API = "/api/v1/documents/verify";

describe("the verify page, the QR link and the verification API", () => {
  let t: TestApp;
  let issuer: TestIssuer;
  let document: IssuedDocument;
  let pdf: Uint8Array<ArrayBuffer>;
  let tampered: Uint8Array<ArrayBuffer>;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
    issuer = await createTestIssuer(t.db);
    ({ document } = await issueTestDocument({
      db: t.db,
      secrets: t.secrets,
      config: t.config,
      issuer,
    }));
    pdf = new Uint8Array((await selectIssuedPdf(t.db, document.id))!);
    tampered = pdf.slice();
    tampered[200] = tampered[200]! ^ 0x01;
  });

  afterAll(async () => t.close());

  /** Uploads a file through the page's PDF form, as a browser does. */
  async function upload(
    browser: BrowserSession,
    file: Uint8Array<ArrayBuffer>,
    name = "permit.pdf",
  ) {
    const form = await browser.get("/verify");
    const body = new FormData();
    body.set("_csrf", csrfTokenIn(form.html) ?? "");
    body.set("via", "pdf");
    body.set("file", new Blob([file], { type: "application/pdf" }), name);
    const response = await browser.request("/verify", { method: "POST", body });
    return { status: response.status, html: await response.text(), headers: response.headers };
  }

  function outcomesIn(html: string): string[] {
    return [...html.matchAll(/data-outcome="([a-z_]+)"/g)].map((match) => match[1]!);
  }

  it("offers three ways to verify, each a form that works without JavaScript", async () => {
    const page = await new BrowserSession(t.app).get("/verify");
    expect(page.status).toBe(200);
    expect(page.html.match(/<form method="post" action="\/verify"/g)).toHaveLength(3);
    expect(page.html).toContain('enctype="multipart/form-data"');
    expect(page.html).toContain('accept="application/pdf,.pdf"');
    expect(page.html).not.toContain("<script");
    expect(csrfTokenIn(page.html)).toBeTruthy();
  });

  it("shows every check passed for an uploaded PDF as issued, with the data and not the holder's surname", async () => {
    const result = await upload(new BrowserSession(t.app), pdf);
    expect(result.status).toBe(200);
    expect(result.html).toContain('data-verdict="valid"');
    expect(result.html).toContain("เอกสารถูกต้อง");
    expect(outcomesIn(result.html)).toEqual(["passed", "passed", "passed", "passed", "passed"]);
    expect(result.html).toContain(document.number);
    expect(result.html).toContain("ร้านข้าวแกงป้าศรี");
    expect(result.html).toContain("นางสาวสมหญิง ใ…");
    expect(result.html).not.toContain("ใจดี");
    expect(result.headers.get("cache-control")).toBe("no-store");
    expect(result.headers.get("x-robots-tag")).toBe("noindex");
  });

  it("says plainly that a tampered upload was changed after signing", async () => {
    const result = await upload(new BrowserSession(t.app), tampered);
    expect(result.status).toBe(200);
    expect(result.html).toContain('data-verdict="changed_after_signing"');
    expect(result.html).toContain("แก้ไขหลังลงนาม");
    expect(result.html).not.toContain("ร้านข้าวแกงป้าศรี");
  });

  it("answers in English after the language switch", async () => {
    const browser = new BrowserSession(t.app);
    await browser.get("/language?to=en&next=/verify");
    const result = await upload(browser, tampered);
    expect(result.html).toContain("Changed after signing");
    expect(result.html).toContain("This file was changed after signing");
  });

  it("names what is wrong with an upload that is empty, not a PDF, or missing", async () => {
    const browser = new BrowserSession(t.app);
    const empty = await upload(browser, new Uint8Array(), "empty.pdf");
    expect(empty.status).toBe(400);
    expect(empty.html).toContain("ไฟล์ที่เลือกว่างเปล่า");
    const image = await upload(browser, new TextEncoder().encode("GIF89a..."), "photo.pdf");
    expect(image.status).toBe(400);
    expect(image.html).toContain("ไฟล์นี้ไม่ใช่ PDF");
    const form = await browser.get("/verify");
    const missing = await browser.submit(form, "/verify", { via: "pdf" });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("กรุณาเลือกไฟล์ PDF");
  });

  it("checks a typed code, and says what to do when no document has it", async () => {
    const browser = new BrowserSession(t.app);
    const form = await browser.get("/verify");
    const typed = await browser.submit(form, "/verify", {
      code: document.verifyCode.toLowerCase().replace(/(.{5})/, "$1-"),
    });
    expect(typed.status).toBe(200);
    expect(typed.html).toContain('data-verdict="valid"');
    expect(outcomesIn(typed.html)).toEqual([
      "passed",
      "passed",
      "passed",
      "passed",
      "not_applicable",
    ]);

    const unknown = await browser.submit(form, "/verify", { code: "ZZZZZ-ZZZZZ" });
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain("ไม่พบเอกสารที่ใช้รหัสตรวจสอบนี้");
    expect(unknown.html).toContain('value="ZZZZZ-ZZZZZ"');
  });

  it("checks pasted credential JSON and names text that is not JSON", async () => {
    const browser = new BrowserSession(t.app);
    const form = await browser.get("/verify");
    const valid = await browser.submit(form, "/verify", {
      via: "credential",
      credential: JSON.stringify(document.credential),
    });
    expect(valid.html).toContain('data-verdict="valid"');
    const broken = await browser.submit(form, "/verify", {
      via: "credential",
      credential: "{oops",
    });
    expect(broken.status).toBe(400);
    expect(broken.html).toContain("ข้อความที่วางไม่ใช่ JSON ที่ถูกต้อง");
  });

  it("refuses a posted form without the page's CSRF token", async () => {
    const browser = new BrowserSession(t.app);
    await browser.get("/verify");
    const page: Page = await browser.post(
      "/verify",
      { code: document.verifyCode },
      { csrf: false },
    );
    expect(page.status).toBe(403);
  });

  it("answers the QR link with the result, and an unknown code with a 404 page that says what to do", async () => {
    const browser = new BrowserSession(t.app);
    const found = await browser.get(`/v/${document.verifyCode}`);
    expect(found.status).toBe(200);
    expect(found.html).toContain('data-verdict="valid"');
    expect(found.html).toContain(`leafIndex=0`);

    const missing = await browser.get("/v/0000000000");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("ไม่พบเอกสาร");
    expect(missing.html).toContain("ไม่มีเอกสารที่ใช้รหัสตรวจสอบ 0000000000");
    expect(csrfTokenIn(missing.html)).toBeTruthy();
  });

  it("refuses an upload over 50 MB with a 413 page and a 413 problem", async () => {
    const large = new Uint8Array(MAX_PDF_BYTES + 1);
    large.set(new TextEncoder().encode("%PDF-1.7\n"));
    const page = await upload(new BrowserSession(t.app), large);
    expect(page.status).toBe(413);
    expect(page.html).toContain("ไฟล์ใหญ่เกินไป");
    expect(page.html).toContain("ไฟล์ใหญ่เกิน 50 MB");

    const api = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: large,
    });
    expect(api.status).toBe(413);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await api.json()) as {
      code: string;
      errors: { code: string; messages: object }[];
    };
    expect(problem.code).toBe("payload_too_large");
    expect(problem.errors[0]).toMatchObject({
      code: "too_large",
      messages: {
        th: expect.stringContaining("50 MB") as string,
        en: expect.stringContaining("50 MB") as string,
      },
    });

    const declared = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/pdf", "content-length": String(60 * 1024 * 1024) },
      body: "%PDF-",
    });
    expect(declared.status).toBe(413);
  });

  it("verifies through the API by PDF body, multipart, code or credential", async () => {
    const byBody = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: pdf,
    });
    expect(byBody.status).toBe(200);
    expect(await byBody.json()).toMatchObject({ verified: true, verdict: "valid", input: "pdf" });

    // A page's script would send the form's file with the session's token.
    const browser = new BrowserSession(t.app);
    const token = csrfTokenIn((await browser.get("/verify")).html)!;
    const form = new FormData();
    form.set("file", new Blob([pdf], { type: "application/pdf" }), "permit.pdf");
    const byForm = await browser.request(API, {
      method: "POST",
      headers: { "x-csrf-token": token, accept: "application/json" },
      body: form,
    });
    expect(byForm.status).toBe(200);
    expect(await byForm.json()).toMatchObject({ verified: true, input: "pdf" });

    const byCode = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: `http://localhost/v/${document.verifyCode}` }),
    });
    expect(await byCode.json()).toMatchObject({ verified: true, input: "code" });

    const byCredential = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ credential: document.credential }),
    });
    expect(await byCredential.json()).toMatchObject({ verified: true, input: "credential" });

    const changed = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: tampered,
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      verified: false,
      verdict: "changed_after_signing",
      document: null,
    });
  });

  it("answers a revoked document with 200, verified false and the status revoked", async () => {
    const { document: revocable } = await issueTestDocument({
      db: t.db,
      secrets: t.secrets,
      config: t.config,
      issuer,
    });
    const { officer } = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: issuer.agency.code, role: "officer" }],
    });
    await changeDocumentStatus({
      db: t.db,
      actor: {
        type: "officer",
        officerId: officer.id,
        agencyId: issuer.agency.id,
        role: "officer",
      },
      agencyId: issuer.agency.id,
      documentId: revocable.id,
      change: "revoke",
      reason: "ผู้ถือขอยกเลิก",
    });
    const response = await t.app.request(API, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: revocable.verifyCode }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      verified: false,
      verdict: "revoked",
      document: { status: "revoked", statusReason: "ผู้ถือขอยกเลิก" },
    });
    const page = await new BrowserSession(t.app).get(`/v/${revocable.verifyCode}`);
    expect(page.html).toContain("เอกสารถูกเพิกถอนแล้ว");
    expect(page.html).toContain("ผู้ถือขอยกเลิก");
  });

  it("answers malformed input with a problem in Thai and English", async () => {
    const cases: [RequestInit, number, string][] = [
      [{ headers: { "content-type": "application/pdf" }, body: "" }, 400, "empty_file"],
      [{ headers: { "content-type": "application/pdf" }, body: "not a pdf" }, 400, "not_pdf"],
      [{ headers: { "content-type": "application/json" }, body: "{" }, 400, "unsupported_body"],
      [
        { headers: { "content-type": "application/json" }, body: '{"x":1}' },
        400,
        "unsupported_body",
      ],
      [
        { headers: { "content-type": "application/json" }, body: '{"code":"AB"}' },
        400,
        "invalid_code",
      ],
      [
        { headers: { "content-type": "application/json" }, body: '{"code":"ZZZZZZZZZZ"}' },
        404,
        "unknown_code",
      ],
      [
        { headers: { "content-type": "application/json" }, body: '{"credential":"[]"}' },
        400,
        "not_object",
      ],
    ];
    for (const [init, status, code] of cases) {
      const response = await t.app.request(API, { method: "POST", ...init });
      expect(response.status, code).toBe(status);
      const problem = (await response.json()) as {
        errors: { code: string; messages: { th: string; en: string } }[];
      };
      expect(problem.errors[0]?.code).toBe(code);
      expect(problem.errors[0]?.messages.th).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it("never answers 5xx, whatever body and content type are sent", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "application/pdf",
          "application/json",
          "multipart/form-data; boundary=x",
          "text/plain",
          "application/octet-stream",
        ),
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }).map((bytes) => new Uint8Array(bytes)),
          fc
            .jsonValue({ maxDepth: 3 })
            .map((value) => new TextEncoder().encode(JSON.stringify(value))),
          fc.constantFrom(pdf.subarray(0, 4096), tampered),
        ),
        async (contentType, body) => {
          const response = await t.app.request(API, {
            method: "POST",
            headers: { "content-type": contentType },
            body,
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is described in the OpenAPI document", async () => {
    const openapi = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { post?: { requestBody: { content: Record<string, unknown> } } }>;
    };
    expect(Object.keys(openapi.paths[API]!.post!.requestBody.content)).toEqual([
      "application/pdf",
      "multipart/form-data",
      "application/json",
    ]);
  });
});
