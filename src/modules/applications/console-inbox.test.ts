import { createTestApp, type TestApp } from "@test/support/app";
import {
  consoleApplicationPath,
  listedReferences,
  submitTestApplication,
} from "@test/support/applications";
import { BrowserSession } from "@test/support/browser-session";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import {
  agencyIdOf,
  createTestOfficer,
  signInOfficer,
  signInOfficersByRole,
} from "@test/support/officers";
import { publishTestService, testServiceDefinition } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";

const OWNER = "DOPA";
const page = consoleApplicationPath;

describe("the officer's inbox in the console", () => {
  let t: TestApp;
  let citizen: TestCitizen;
  let ownerId: string;
  const roles = {
    first: { agencyCode: OWNER, role: "officer" },
    outsider: { agencyCode: "DGA", role: "admin" },
  } as const;
  let browsers: Record<keyof typeof roles, BrowserSession>;

  beforeAll(async () => {
    t = await createTestApp({
      config: { security: { signInRateLimitPerMinute: 1000, rateLimitPerMinute: 100_000 } },
    });
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    await publishTestService(
      t.db,
      testServiceDefinition({ id: "test-queue", name: { th: "คิวทดสอบ", en: "Queue test" } }),
    );
    ownerId = await agencyIdOf(t.db, OWNER);
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
    ({ browsers } = await signInOfficersByRole(t, roles));
  });
  afterAll(async () => {
    // Every refusal above is an answer, never a crash.
    expect(t.logLines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    await t.close();
  });

  function apply(
    options: { serviceId?: string; files?: { filename: string; bytes: Uint8Array }[] } = {},
  ) {
    return submitTestApplication({ db: t.db, secrets: t.secrets, citizen, ...options });
  }

  async function setDueAt(applicationId: string, dueAt: Date) {
    await withinAgency(t.db, ownerId, (scope) =>
      scope.tx.query("update applications set due_at = $3 where agency_id = $1 and id = $2", [
        scope.agencyId,
        applicationId,
        dueAt,
      ]),
    );
  }

  it("lists the agency's queue due soonest first, saying in words which is overdue or waiting", async () => {
    const later = await apply({ serviceId: "test-queue" });
    const overdue = await apply({ serviceId: "test-queue" });
    const soon = await apply({ serviceId: "test-queue" });
    const day = 24 * 60 * 60 * 1000;
    await setDueAt(later.id, new Date(Date.now() + 10 * day));
    await setDueAt(overdue.id, new Date(Date.now() - day));
    await setDueAt(soon.id, new Date(Date.now() + 2 * day));

    const inbox = await browsers.first.get("/console/inbox?service=test-queue");
    expect(inbox.status).toBe(200);
    expect(listedReferences(inbox.html)).toEqual([
      overdue.reference,
      soon.reference,
      later.reference,
    ]);
    const overdueRow = inbox.html.slice(
      inbox.html.indexOf(overdue.reference),
      inbox.html.indexOf(soon.reference),
    );
    expect(overdueRow).toContain("เกินกำหนด");
    expect(inbox.html.split("เกินกำหนด</strong>").length - 1).toBe(1);
    expect(inbox.html).toContain("ยังไม่มี");
    // Received in the Buddhist Era: a year of 25xx.
    expect(overdueRow).toMatch(/25\d\d\D+\d\d:\d\d น\./);

    const overdueOnly = await browsers.first.get("/console/inbox?service=test-queue&overdue=on");
    expect(listedReferences(overdueOnly.html)).toEqual([overdue.reference]);
    expect(overdueOnly.html).toMatch(/<input[^>]*name="overdue"[^>]*checked/);

    await browsers.first.post(`${page(soon.id)}/claim`, {});
    const mine = await browsers.first.get("/console/inbox?service=test-queue&assignee=me");
    expect(listedReferences(mine.html)).toEqual([soon.reference]);
    const unclaimed = await browsers.first.get(
      "/console/inbox?service=test-queue&assignee=unclaimed",
    );
    expect(listedReferences(unclaimed.html)).toEqual([overdue.reference, later.reference]);
    const inReview = await browsers.first.get("/console/inbox?service=test-queue&status=in_review");
    expect(listedReferences(inReview.html)).toEqual([soon.reference]);

    const nothing = await browsers.first.get("/console/inbox?service=no-such-service");
    expect(listedReferences(nothing.html)).toEqual([]);
    expect(nothing.html).toContain("ไม่มีคำขอที่ตรงกับตัวกรองนี้");
    // A filter value that makes no sense falls back to its default rather than failing.
    const odd = await browsers.first.get("/console/inbox?status=bogus&page=-3&service=test-queue");
    expect(odd.status).toBe(200);
    expect(listedReferences(odd.html)).toHaveLength(3);
  });

  it("speaks English to an officer who chose it, with Gregorian dates", async () => {
    const application = await apply();
    const english = new BrowserSession(t.app);
    await signInOfficer(
      english,
      await createTestOfficer({
        db: t.db,
        secrets: t.secrets,
        memberships: [{ agencyCode: OWNER, role: "officer" }],
      }),
    );
    await english.get(`/language?to=en&next=${encodeURIComponent(page(application.id))}`);
    const inbox = await english.get("/console/inbox");
    expect(inbox.html).toContain("Applications inbox");
    expect(inbox.html).toContain("Submitted, not yet taken up");
    const viewed = await english.get(page(application.id));
    expect(viewed.html).toContain(`Application ${application.reference}`);
    expect(viewed.html).toContain("Ask for more information");
    expect(viewed.html).toMatch(/20\d\d, \d\d:\d\d|20\d\d at \d\d:\d\d/);
    expect(viewed.html).not.toContain("รับเรื่อง");
  });

  it("lists none of another agency's applications to its officers", async () => {
    const application = await apply();
    const inbox = await browsers.outsider.get("/console/inbox?status=all");
    expect(inbox.status).toBe(200);
    expect(listedReferences(inbox.html)).not.toContain(application.reference);
  });
});
