import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";

import { defineJobHandler } from "./job-handler";
import { scheduleRecurringJobs } from "./recurring-jobs";

const HOUR = 60 * 60 * 1000;

describe("recurring jobs", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const hourly = defineJobHandler({
    kind: "test.hourly",
    everyMilliseconds: HOUR,
    handle: async () => {},
  });
  const onDemand = defineJobHandler({ kind: "test.on_demand", handle: async () => {} });

  const count = async (kind: string) =>
    (await db.query<{ n: number }>("select count(*)::int as n from jobs where kind = $1", [kind]))
      .rows[0]!.n;

  it("enqueues one run per period, however many workers ask", async () => {
    const start = new Date(Date.UTC(2026, 10, 22, 5, 0, 0));
    const handlers = [hourly, onDemand];
    await scheduleRecurringJobs({ db, handlers, now: start });
    await scheduleRecurringJobs({ db, handlers, now: new Date(start.getTime() + 20 * 60 * 1000) });
    expect(await count("test.hourly")).toBe(1);
    await scheduleRecurringJobs({ db, handlers, now: new Date(start.getTime() + HOUR) });
    expect(await count("test.hourly")).toBe(2);
    expect(await count("test.on_demand")).toBe(0);
  });
});
