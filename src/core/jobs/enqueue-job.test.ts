import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import { enqueueJob } from "./enqueue-job";

describe("enqueueing a job", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const countJobs = async (kind: string) => {
    const { rows } = await db.query<{ count: number }>(
      "select count(*)::int as count from jobs where kind = $1",
      [kind],
    );
    return rows[0]!.count;
  };

  it("leaves no job behind when the caller's transaction rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueJob(tx, { kind: "notice.send", payload: { to: "someone" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await countJobs("notice.send")).toBe(0);

    const id = await db.transaction((tx) =>
      enqueueJob(tx, { kind: "notice.send", payload: { to: "someone" } }),
    );
    const { rows } = await db.query<{ status: string; payload: unknown; max_attempts: null }>(
      "select status, payload, max_attempts from jobs where id = $1",
      [id],
    );
    expect(rows).toEqual([{ status: "queued", payload: { to: "someone" }, max_attempts: null }]);
  });

  it("returns the existing job for a dedupe key already used, adding nothing", async () => {
    const agencyId = newId();
    const first = await db.transaction((tx) =>
      enqueueJob(tx, {
        kind: "document.issue",
        payload: { applicationId: "a1" },
        agencyId,
        dedupeKey: "document.issue:a1",
        maxAttempts: 3,
      }),
    );
    const second = await db.transaction((tx) =>
      enqueueJob(tx, {
        kind: "document.issue",
        payload: { applicationId: "a1", again: true },
        dedupeKey: "document.issue:a1",
      }),
    );
    expect(second).toBe(first);
    expect(await countJobs("document.issue")).toBe(1);
    const { rows } = await db.query(
      "select payload, agency_id, max_attempts from jobs where id = $1",
      [first],
    );
    expect(rows).toEqual([
      { payload: { applicationId: "a1" }, agency_id: agencyId, max_attempts: 3 },
    ]);
  });

  it("holds a job until the time it is due", async () => {
    const runAt = new Date(Date.now() + 60 * 60 * 1000);
    const id = await db.transaction((tx) => enqueueJob(tx, { kind: "report.build", runAt }));
    const { rows } = await db.query<{ run_at: Date }>("select run_at from jobs where id = $1", [
      id,
    ]);
    expect(rows[0]!.run_at.toISOString()).toBe(runAt.toISOString());
  });

  it("refuses a job kind that does not read like noun.verb", async () => {
    await expect(
      db.transaction((tx) => enqueueJob(tx, { kind: "Send Notice" })),
    ).rejects.toMatchObject({ code: "validation_failed", fields: [{ field: "kind" }] });
  });
});
