import { createTestApp, type TestApp } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { afterEach, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";

/**
 * A database whose verification rate-limit query waits until the test lets it
 * go, so a verification can be held open inside the real app.
 */
function holdingDatabase(db: Database) {
  let hold: { reached: () => void; release: Promise<void> } | null = null;
  const counts = { statements: 0 };
  const held: Database = {
    kind: db.kind,
    transaction: (work) => {
      counts.statements += 1;
      return db.transaction(work);
    },
    close: () => db.close(),
    async query(text, params) {
      counts.statements += 1;
      if (hold && Array.isArray(params) && String(params[0]).startsWith("document-verify:")) {
        const current = hold;
        hold = null;
        current.reached();
        await current.release;
      }
      return db.query(text, params);
    },
  };
  function holdNextVerification() {
    let release!: () => void;
    let reached!: () => void;
    const isReached = new Promise<void>((done) => (reached = done));
    hold = { reached, release: new Promise<void>((done) => (release = done)) };
    return { isReached, release };
  }
  return { held, holdNextVerification, counts };
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("admission control in the app", () => {
  it("turns away verifications beyond the limit while one runs, then admits again", async () => {
    const db = await createTestDatabase();
    const { held, holdNextVerification, counts } = holdingDatabase(db);
    t = await createTestApp({
      db: held,
      config: { admission: { verifyConcurrency: 1, queueLength: 0 } },
    });
    const app = t.app;
    const hold = holdNextVerification();
    const running = app.request("/v/ABCDEFGHJK");
    await hold.isReached;

    const page = await app.request("/v/ABCDEFGHJK", { headers: { accept: "text/html" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("3");
    const html = await page.text();
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toContain("คุณอยู่ในคิว");
    const cookie = page.headers
      .getSetCookie()
      .find((line) => line.startsWith("pratu_queue_verify="))!
      .split(";")[0]!;

    const api = await app.request("/api/v1/documents/verify", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ code: "ABCDEFGHJK" }),
    });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("3");
    const problem = (await api.json()) as { code: string; messages: { th: string; en: string } };
    expect(problem.code).toBe("unavailable");
    expect(problem.messages.th.length).toBeGreaterThan(0);

    // While the class is full, the refusal comes before authentication: an
    // unknown token costs no database work and is told to come back, not 401.
    const statementsBefore = counts.statements;
    const unknownToken = await app.request("/api/v1/documents/verify", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        authorization: "Bearer pratu_at_unknown",
      },
      body: JSON.stringify({ code: "ABCDEFGHJK" }),
    });
    expect(unknownToken.status).toBe(503);
    expect(counts.statements).toBe(statementsBefore);

    // Not an expensive route: answered as usual while the verify class is full.
    expect((await app.request("/verify")).status).toBe(200);

    hold.release();
    expect((await running).status).not.toBe(503);
    const retried = await app.request("/v/ABCDEFGHJK", { headers: { cookie } });
    expect(retried.status).not.toBe(503);

    const metrics = await (await app.request("/metrics")).text();
    expect(metrics).toMatch(
      /pratu_admission_requests_total\{class="verify",outcome="rejected"\} 3/,
    );
    expect(metrics).toMatch(
      /pratu_admission_requests_total\{class="verify",outcome="admitted"\} 2/,
    );
  });
});
