import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { afterAll, beforeAll, expect, test, vi } from "vitest";

import type { Database } from "@/core/db/database";

import { generateImportFile } from "./generate-import-file";
import { importAgencies, type ImportProgress } from "./import-agencies";

// 10,000 agencies and 50,000 channels: about 10 s to import on PGlite, 6 s on
// PostgreSQL, on a shared two-core machine; the limit leaves room for a slow one.
vi.setConfig({ testTimeout: 240_000 });

const AGENCIES = 10_000;
const CHANNELS = AGENCIES * 5;
const ACTOR = { type: "system", id: "cli:scale" } as const;

let db: Database;
let file: Uint8Array;

beforeAll(async () => {
  db = await createTestDatabase();
  file = new TextEncoder().encode(generateImportFile({ agencies: AGENCIES }));
});

afterAll(async () => {
  await db?.close();
});

async function counts() {
  const { rows } = await db.query<{ agencies: number; channels: number; events: number }>(
    `select (select count(*) from agencies)::int as agencies,
            (select count(*) from agency_channels where status = 'verified')::int as channels,
            (select count(*) from agency_channel_events)::int as events`,
  );
  return rows[0]!;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`${label} on ${testDatabaseKind}: ${seconds} s`);
  return result;
}

test("imports 10,000 agencies with 50,000 channels; a dry run before and a second import after write nothing", async () => {
  expect(generateImportFile({ agencies: 3 })).toBe(generateImportFile({ agencies: 3 }));

  const dryRun = await timed("dry run of 10,000/50,000", () =>
    importAgencies({ db, file, fileName: "scale.csv", actor: ACTOR, isDryRun: true }),
  );
  expect(dryRun).toMatchObject({
    problems: [],
    isWritten: false,
    agencies: { created: AGENCIES, updated: 0, unchanged: 0 },
    channels: { created: CHANNELS, updated: 0, unchanged: 0 },
  });
  expect(await counts()).toEqual({ agencies: 0, channels: 0, events: 0 });

  const progress: ImportProgress[] = [];
  const first = await timed("import of 10,000/50,000", () =>
    importAgencies({
      db,
      file,
      fileName: "scale.csv",
      actor: ACTOR,
      onProgress: (step) => progress.push(step),
    }),
  );
  expect(first).toMatchObject({
    problems: [],
    isWritten: true,
    rowCount: CHANNELS,
    agencies: { created: AGENCIES, updated: 0, unchanged: 0 },
    channels: { created: CHANNELS, updated: 0, unchanged: 0 },
  });
  expect(await counts()).toEqual({ agencies: AGENCIES, channels: CHANNELS, events: CHANNELS });
  const writes = progress.filter((step) => step.phase === "write");
  expect(writes.at(-1)).toEqual({ phase: "write", done: 60_000, total: 60_000 });
  expect(writes.length).toBeGreaterThan(20);

  const { rows: parents } = await db.query<{ orphans: number }>(
    `select count(*)::int as orphans from agencies
      where kind <> 'ministry' and parent_id is null`,
  );
  expect(parents[0]!.orphans).toBe(0);

  const second = await timed("second import of 10,000/50,000", () =>
    importAgencies({ db, file, fileName: "scale.csv", actor: ACTOR }),
  );
  expect(second).toMatchObject({
    problems: [],
    isWritten: false,
    agencies: { created: 0, updated: 0, unchanged: AGENCIES },
    channels: { created: 0, updated: 0, unchanged: CHANNELS },
  });
  expect(await counts()).toEqual({ agencies: AGENCIES, channels: CHANNELS, events: CHANNELS });
});
