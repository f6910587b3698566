import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "./seed";

describe("demo applications", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it("shows applications in several states, at three agencies, and seeds them only once", async () => {
    const first = await seedDemo({ db: t.db, secrets: t.secrets, withApplications: true });
    expect(first.applications).toBe(5);
    const { rows } = await t.db.query<{ status: string; service_id: string }>(
      "select status, service_id from applications order by status",
    );
    expect(rows.map((row) => row.status).sort()).toEqual(
      ["approved", "in_review", "info_requested", "rejected", "submitted"].sort(),
    );
    expect(new Set(rows.map((row) => row.service_id)).size).toBe(3);
    const again = await seedDemo({ db: t.db, secrets: t.secrets, withApplications: true });
    expect(again.applications).toBe(0);
    const count = await t.db.query<{ n: number }>("select count(*)::int as n from applications");
    expect(count.rows[0]!.n).toBe(5);
  });
});
