import { createTestPostgresDatabase } from "@test/support/database";
import { type PratuProcess, spawnPratu } from "@test/support/processes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";

const baseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!baseUrl)("server mode: several processes on one PostgreSQL", () => {
  let db: Database;
  let processes: PratuProcess[] = [];
  const ports = [0, 0];

  beforeAll(async () => {
    const database = await createTestPostgresDatabase(baseUrl!);
    db = database.db;
    const env = {
      DATABASE_URL: database.url,
      PRATU_SECRET_KEY: "server-mode-test-secret-key-0123456789abcdef",
      RATE_LIMIT_PER_MINUTE: "3",
      HOST: "127.0.0.1",
    };
    processes = [0, 1].map(() => spawnPratu(["serve", "--port", "0"], env));
    await Promise.all(processes.map((process) => process.waitFor(/web server listening/)));
    processes.forEach((process, index) => {
      ports[index] = Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(process.output())?.[1]);
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(processes.map((process) => process.stop()));
    await db?.close();
  });

  it("serves from every replica and shares state through the database", async () => {
    for (const port of ports) {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await response.json()).toEqual({ status: "ready", database: "ok" });
    }
    // The rate-limit count lives in PostgreSQL: two requests to each replica
    // are four from one client, one more than the limit of three.
    const statuses: number[] = [];
    for (const port of [ports[0], ports[1], ports[0], ports[1]]) {
      statuses.push((await fetch(`http://127.0.0.1:${port}/api/v1/agencies`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("stops cleanly on SIGTERM", async () => {
    const code = await processes[1]!.stop("SIGTERM");
    expect(code).toBe(0);
  });
});
