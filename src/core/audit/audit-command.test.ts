import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { connectPglite } from "@/core/db/pglite";
import { main } from "@/main";

import { appendAuditRecords, tamperWithAuditLog } from "./audit-test-records";

describe("pratu audit verify", () => {
  const savedEnv = { ...process.env };
  let dataDir: string;
  const agencyId = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "pratu-audit-cli-"));
    for (const name of ["DATABASE_URL", "PRATU_DATA_DIR", "PRATU_EPHEMERAL", "PRATU_SECRET_KEY"])
      delete process.env[name];
    process.env.LOG_LEVEL = "silent";
    const output = captureConsole();
    expect(await main(["migrate", "--data-dir", dataDir]), output()).toBe(0);
    vi.restoreAllMocks();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => {
    process.env = { ...savedEnv };
    rmSync(dataDir, { recursive: true, force: true });
  });

  const withDatabase = async (
    work: (db: Awaited<ReturnType<typeof connectPglite>>) => Promise<unknown>,
  ) => {
    const db = await connectPglite({ dataDir: join(dataDir, "pglite") });
    try {
      await work(db);
    } finally {
      await db.close();
    }
  };

  it("exits 0 with the count of records and chains, then 1 naming the first broken link", async () => {
    await withDatabase(async (db) => {
      await appendAuditRecords(db, agencyId, 3);
      await appendAuditRecords(db, null, 2);
    });
    let output = captureConsole();
    expect(await main(["audit", "verify", "--data-dir", dataDir])).toBe(0);
    expect(output()).toBe("Audit log verified: 5 records in 2 chains");

    vi.restoreAllMocks();
    await withDatabase((db) =>
      tamperWithAuditLog(db, "update audit_log set details = '{}' where chain = $1 and seq = 2", [
        agencyId,
      ]),
    );
    output = captureConsole();
    expect(await main(["audit", "verify", "--data-dir", dataDir])).toBe(1);
    expect(output()).toContain(`Audit log broken: chain ${agencyId}, record 2 (id `);
    expect(output()).toContain("Altered content: what record 2 says no longer matches its hash.");
  });

  it("exits 2 with usage for an unknown audit subcommand", async () => {
    const output = captureConsole();
    expect(await main(["audit", "check", "--data-dir", dataDir])).toBe(2);
    expect(output()).toBe("Usage: pratu audit verify");
  });
});

function captureConsole() {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(args.join(" "));
  vi.spyOn(console, "log").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
  return () => lines.join("\n");
}
