import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";

import { enqueueNotification, type EnqueueNotificationInput } from "./enqueue-notification";
import { listDeliveries } from "./list-deliveries";

describe("enqueueing a notification", () => {
  let db: Database;
  const agencyA = newId();
  const agencyB = newId();

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.query(
      `insert into agencies (id, code, kind, name_th, name_en) values
         ($1, 'NTA', 'municipality', 'เทศบาลทดสอบเอ', 'Test Municipality A'),
         ($2, 'NTB', 'municipality', 'เทศบาลทดสอบบี', 'Test Municipality B')`,
      [agencyA, agencyB],
    );
  });
  afterAll(() => db.close());

  const notice = (
    agencyId: string,
    overrides: Partial<EnqueueNotificationInput<"draft.expiring">> = {},
  ): EnqueueNotificationInput<"draft.expiring"> => ({
    agencyId,
    channel: "email",
    to: "somchai@example.com",
    template: "draft.expiring",
    locale: "th",
    data: {
      serviceName: { th: "ขออนุญาตก่อสร้างอาคาร (ข.1)", en: "Building permit (Kor 1)" },
      deletesAt: new Date("2026-12-01T00:00:00Z"),
      draftLink: "/me/drafts/abc",
    },
    subject: { kind: "draft", id: `draft-${agencyId}` },
    ...overrides,
  });

  const count = async (table: "jobs" | "notification_deliveries") => {
    const { rows } = await db.query<{ count: number }>(
      `select count(*)::int as count from ${table}`,
    );
    return rows[0]!.count;
  };

  it("leaves neither delivery nor job behind when the caller's transaction rolls back", async () => {
    const [deliveries, jobs] = [await count("notification_deliveries"), await count("jobs")];
    await expect(
      db.transaction(async (tx) => {
        await enqueueNotification(tx, notice(agencyA));
        throw new Error("the submission failed");
      }),
    ).rejects.toThrow("the submission failed");
    expect(await count("notification_deliveries")).toBe(deliveries);
    expect(await count("jobs")).toBe(jobs);
  });

  it("writes a pending delivery and one job for it, and a repeated dedupe key adds nothing", async () => {
    const first = await db.transaction((tx) =>
      enqueueNotification(tx, notice(agencyA, { dedupeKey: "draft-reminder:abc" })),
    );
    const again = await db.transaction((tx) =>
      enqueueNotification(tx, notice(agencyA, { dedupeKey: "draft-reminder:abc" })),
    );
    expect(again).toBe(first);
    const { rows } = await db.query<{ kind: string; agency_id: string; payload: unknown }>(
      "select kind, agency_id, payload from jobs where dedupe_key = $1",
      [`notify.deliver:${first}`],
    );
    expect(rows).toEqual([
      {
        kind: "notify.deliver",
        agency_id: agencyA,
        payload: { agencyId: agencyA, deliveryId: first },
      },
    ]);
    const { rows: deliveries } = await db.query<{ status: string; data: unknown }>(
      "select status, data from notification_deliveries where dedupe_key = 'draft-reminder:abc'",
    );
    expect(deliveries).toEqual([
      {
        status: "pending",
        data: {
          serviceName: { th: "ขออนุญาตก่อสร้างอาคาร (ข.1)", en: "Building permit (Kor 1)" },
          deletesAt: "2026-12-01T00:00:00.000Z",
          draftLink: "/me/drafts/abc",
        },
      },
    ]);
  });

  it("refuses a notice whose recipient or data does not fit, naming each field", async () => {
    const attempt = db.transaction((tx) =>
      enqueueNotification(
        tx,
        notice(agencyA, {
          to: "not-an-address",
          data: {
            serviceName: { th: "", en: "Building permit" },
            deletesAt: "next week",
            draftLink: "//evil.example/phish",
          },
        }),
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed" });
    const error = (await attempt.catch((caught: unknown) => caught)) as {
      fields: { field: string }[];
    };
    expect(error.fields.map((field) => field.field).sort()).toEqual([
      "data.deletesAt",
      "data.draftLink",
      "data.serviceName.th",
      "to",
    ]);
  });

  it("lists an agency's notices with recipients masked, only its own", async () => {
    await db.transaction(async (tx) => {
      await enqueueNotification(tx, notice(agencyB, { to: "b-person@example.org" }));
      await enqueueNotification(
        tx,
        notice(agencyB, {
          channel: "sms",
          to: "081-234-5678",
          subject: { kind: "draft", id: "other" },
        }),
      );
    });
    const all = await withinAgency(db, agencyB, (scope) => listDeliveries(scope));
    expect(all.map((delivery) => delivery.recipient).sort()).toEqual([
      "***678",
      "b***@example.org",
    ]);
    const aboutOne = await withinAgency(db, agencyB, (scope) =>
      listDeliveries(scope, { subjectId: `draft-${agencyB}` }),
    );
    expect(aboutOne).toMatchObject([
      {
        channel: "email",
        template: "draft.expiring",
        status: "pending",
        attempts: 0,
        lastError: null,
      },
    ]);
    const seenByA = await withinAgency(db, agencyA, (scope) => listDeliveries(scope));
    expect(seenByA.every((delivery) => delivery.subject.id !== "other")).toBe(true);
    expect(JSON.stringify(seenByA)).not.toContain("b-person");
  });

  it.runIf(testDatabaseKind === "postgres")(
    "hides another agency's deliveries from a scoped query even without a where clause",
    async () => {
      const seen = await withinAgency(db, agencyA, async (scope) => {
        const { rows } = await scope.tx.query<{ agency_id: string }>(
          "select agency_id from notification_deliveries",
        );
        return rows;
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((row) => row.agency_id === agencyA)).toBe(true);
      await expect(
        withinAgency(db, agencyA, (scope) => enqueueNotification(scope.tx, notice(agencyB))),
      ).rejects.toThrow(/row-level security/);
    },
  );
});
