import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { agencyIdOf, createTestOfficer, signInOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startWorker } from "@/core/jobs";
import { deliverNotificationHandler, enqueueNotification } from "@/core/notify";
import { seedDemo } from "@/demo/seed";

describe("notices in the officer console", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db });
    for (const [code, to, subjectId] of [
      ["DOPA", "somchai.jaidee@example.com", "dopa-application"],
      ["DBD", "other-agency-person@example.com", "dbd-application"],
    ] as const) {
      const agencyId = await agencyIdOf(t.db, code);
      await t.db.transaction((tx) =>
        enqueueNotification(tx, {
          agencyId,
          channel: "email",
          to,
          template: "application.progress",
          locale: "th",
          data: {
            referenceNumber: `${code}-2569-000007`,
            serviceName: { th: "บริการทดสอบ", en: "Test service" },
            submittedAt: new Date("2026-11-01T02:00:00Z"),
            applicationLink: "/me/applications/7",
          },
          subject: { kind: "application", id: subjectId },
        }),
      );
    }
    // No SMTP_URL in this configuration: the worker records the e-mails as skipped.
    const worker = startWorker({
      db: t.db,
      logger: t.logger,
      config: t.config,
      secrets: t.secrets,
      handlers: [deliverNotificationHandler],
      poll: false,
    });
    await worker.runOnce();
    await worker.stop();
  });
  afterAll(() => t.close());

  it("shows any member the agency's notices, masked, with why they were not sent", async () => {
    const viewer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "viewer" }],
    });
    const browser = new BrowserSession(t.app);
    const home = await signInOfficer(browser, viewer);
    expect(home.html).toContain('href="/console/notifications"');
    const page = await browser.get("/console/notifications");
    expect(page.status).toBe(200);
    expect(page.html).toContain("การแจ้งเตือนถึงประชาชน");
    expect(page.html).toContain("ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (SMTP_URL)");
    expect(page.html).toContain("แจ้งความคืบหน้า");
    expect(page.html).toContain("s***@example.com");
    expect(page.html).toContain("ไม่ได้ส่ง");
    expect(page.html).toContain("no mail server configured (SMTP_URL)");
    expect(page.html).toContain("dopa-application");
    expect(page.html).not.toContain("somchai.jaidee");
    expect(page.html).not.toContain("dbd-application");
  });

  it("keeps the page from people who are not officers", async () => {
    const response = await t.app.request("/console/notifications", {
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/officer/sign-in");
  });
});
