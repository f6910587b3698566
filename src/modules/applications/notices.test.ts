import { createTestApp, type TestApp } from "@test/support/app";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import { publishTestService, validTestAnswers } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

import { startDraft } from "./drafts";
import { DRAFT_LIFETIME_DAYS, sendProgressNotices, tendDrafts } from "./notices";
import { submitApplication } from "./submit-application";

const DAY = 24 * 60 * 60 * 1000;

describe("notices the applicant gets without asking", () => {
  let t: TestApp;
  let citizen: TestCitizen;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
  });
  afterAll(async () => t.close());

  const deliveries = async (template: string, subjectId: string) =>
    Number(
      (
        await t.db.query<{ n: string }>(
          "select count(*) as n from notification_deliveries where template = $1 and subject_id = $2",
          [template, subjectId],
        )
      ).rows[0]!.n,
    );

  it("sends a progress notice every 7 days while the application is open, once per round", async () => {
    const { application } = await submitApplication({
      db: t.db,
      secrets: t.secrets,
      actor: citizen.actor,
      serviceId: "test-permit",
      answers: validTestAnswers,
      idempotencyKey: "progress",
      locale: "th",
    });
    const start = application.submittedAt.getTime();
    expect(await sendProgressNotices({ db: t.db, now: new Date(start + 6 * DAY) })).toBe(0);
    expect(await sendProgressNotices({ db: t.db, now: new Date(start + 7 * DAY + 60_000) })).toBe(
      1,
    );
    // A second run in the same round (a retried job, a second worker) sends nothing more.
    expect(await sendProgressNotices({ db: t.db, now: new Date(start + 8 * DAY) })).toBe(0);
    expect(await sendProgressNotices({ db: t.db, now: new Date(start + 15 * DAY) })).toBe(1);
    expect(await deliveries("application.progress", application.id)).toBe(2);
  });

  it("reminds before a draft expires, then deletes it", async () => {
    const { draft } = await startDraft({
      db: t.db,
      actor: citizen.actor,
      serviceId: "test-permit",
    });
    const expires = draft.expiresAt.getTime();
    expect(expires - draft.createdAt.getTime()).toBeGreaterThanOrEqual(
      DRAFT_LIFETIME_DAYS * DAY - 1000,
    );
    expect(await tendDrafts({ db: t.db, now: new Date(expires - 5 * DAY) })).toEqual({
      reminded: 0,
      deleted: 0,
    });
    expect(await tendDrafts({ db: t.db, now: new Date(expires - 2 * DAY) })).toEqual({
      reminded: 1,
      deleted: 0,
    });
    expect(await tendDrafts({ db: t.db, now: new Date(expires - DAY) })).toEqual({
      reminded: 0,
      deleted: 0,
    });
    expect(await deliveries("draft.expiring", draft.id)).toBe(1);
    expect(await tendDrafts({ db: t.db, now: new Date(expires + 1000) })).toEqual({
      reminded: 0,
      deleted: 1,
    });
    const { rows } = await t.db.query("select 1 from application_drafts where id = $1", [draft.id]);
    expect(rows).toHaveLength(0);
  });
});
