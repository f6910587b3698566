import { createTestApp, type TestApp } from "@test/support/app";
import { holdClockInOneRateWindow } from "@test/support/clock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("HTTP kernel", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: { security: { rateLimitPerMinute: 3 }, server: { trustProxy: true } },
    });
  });
  afterAll(() => t.close());

  it("answers liveness, readiness and Prometheus metrics", async () => {
    expect(await (await t.app.request("/healthz")).json()).toEqual({ status: "ok" });
    expect(await (await t.app.request("/readyz")).json()).toEqual({
      status: "ready",
      database: "ok",
    });
    const metrics = await (await t.app.request("/metrics")).text();
    expect(metrics).toContain("# TYPE pratu_http_requests_total counter");
    expect(metrics).toMatch(
      /pratu_http_requests_total\{method="GET",route="\/healthz",status="200"\} 1/,
    );
  });

  it("gives every response a request id, keeping a sane one the caller sent", async () => {
    const own = await t.app.request("/healthz", { headers: { "x-request-id": "trace-1234abcd" } });
    expect(own.headers.get("x-request-id")).toBe("trace-1234abcd");
    const hostile = await t.app.request("/healthz", { headers: { "x-request-id": "<script>" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends a strict content security policy and other security headers on pages", async () => {
    const response = await t.app.request("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("serves the OpenAPI 3.1 document and a reference page listing its operations", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/agencies/{code}");
    const page = await (await t.app.request("/api/docs")).text();
    expect(page).toContain("/api/v1/agencies/{code}");
  });

  it("answers an unknown API route with a bilingual problem document", async () => {
    const response = await t.app.request("/api/v1/nothing-here");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as {
      code: string;
      messages: { th: string; en: string };
    };
    expect(problem.code).toBe("not_found");
    expect(problem.messages.th).toContain("ไม่พบ");
    expect(problem.messages.en).toContain("could not find");
  });

  it("answers an unknown page with a Thai 404 page by default", async () => {
    const response = await t.app.request("/no/such/page", { headers: { accept: "text/html" } });
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="th">');
    expect(html).toContain("ไม่พบหน้าที่คุณต้องการ");
  });

  it("opens pages in Thai whatever the browser's language, and answers programs in the language they ask for", async () => {
    const page = await t.app.request("/agencies", {
      headers: { accept: "text/html", "accept-language": "en-US,en;q=0.9" },
    });
    expect(await page.text()).toContain('<html lang="th">');
    const problem = await t.app.request("/api/v1/agencies/not_a_code", {
      headers: {
        accept: "application/json",
        "accept-language": "en-US,en;q=0.9",
        "x-forwarded-for": "192.0.2.20",
      },
    });
    expect(((await problem.json()) as { title: string }).title).toBe(
      "Some of the information is not valid. Correct what is marked.",
    );
  });

  it("switches language by a link and never redirects off the site", async () => {
    const response = await t.app.request("/language?to=en&next=%2Fagencies");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/agencies");
    expect(response.headers.get("set-cookie")).toContain("pratu_lang=en");
    for (const next of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const away = await t.app.request(`/language?to=th&next=${encodeURIComponent(next)}`);
      expect(away.headers.get("location")).toBe("/");
    }
  });

  it("rejects a cross-site form post before it reaches any handler", async () => {
    const response = await t.app.request("/sign-out", {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        "content-type": "application/x-www-form-urlencoded",
        accept: "text/html",
      },
      body: "_csrf=x",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("แบบฟอร์มหมดอายุ");
  });

  it("limits API requests per client and says when to retry", async () => {
    holdClockInOneRateWindow();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await t.app.request("/api/v1/agencies", {
        headers: { "x-forwarded-for": "192.0.2.7" },
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const otherClient = await t.app.request("/api/v1/agencies", {
      headers: { "x-forwarded-for": "192.0.2.8" },
    });
    expect(otherClient.status).toBe(200);
  });

  it("rejects an unknown bearer token with 401 and a WWW-Authenticate challenge", async () => {
    const response = await t.app.request("/api/v1/agencies", {
      headers: { authorization: "Bearer pratu_at_nonsense" },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("logs requests by route and status without query strings", async () => {
    await t.app.request(`/agencies?q=${encodeURIComponent("สมชาย 1101700203451")}`);
    const serialized = JSON.stringify(t.logLines);
    expect(serialized).toContain('"route":"/agencies"');
    expect(serialized).not.toContain("1101700203451");
    expect(serialized).not.toContain("สมชาย");
  });
});
