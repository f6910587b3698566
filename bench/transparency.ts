/**
 * The transparency log at 100,000 leaves: what reading a signed head, an
 * inclusion proof, a consistency proof and a page of entries costs, and what
 * one append costs, each as a ratio to a baseline measured in the same run on
 * the same database: one primary-key read of the log's head row in an
 * agency-scoped transaction. Rehashing every leaf, what a log without stored
 * subtrees would do for each head, is measured too, for contrast.
 *   node_modules/.bin/node --import tsx bench/transparency.ts
 *   BENCH_DATABASE_URL=postgres://… node_modules/.bin/node --import tsx bench/transparency.ts
 * With BENCH_DATABASE_URL, a throwaway database is made beside the one named
 * (the role needs CREATEDB) and dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";

import { SecretBox } from "@/core/crypto/secrets";
import { newId } from "@/core/db/ids";
import { migrate } from "@/core/db/migrate";
import { withinAgency } from "@/core/db/tenant";
import {
  appendToTransparencyLog,
  currentSignedTreeHead,
  entryLeafHash,
  getConsistencyProof,
  getInclusionProof,
  listTransparencyLogEntries,
  rootOfLeafHashes,
  type TransparencyLogEntry,
} from "@/modules/documents/transparency";
import { loadTestLog } from "@/modules/documents/transparency/test-log";

import { openBenchDatabase, percentile } from "./support";

const LEAVES = Number(process.env.BENCH_LEAVES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const secrets = new SecretBox("bench-secret-key-that-is-long-enough-0123456789");

async function time(runs: number, work: (run: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let run = 0; run < runs + 5; run++) {
    const started = performance.now();
    await work(run);
    if (run >= 5) samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const hex = () => randomBytes(32).toString("hex");
const newEntry = (i: number): TransparencyLogEntry => ({
  documentId: newId(),
  documentSha256: hex(),
  credentialSha256: hex(),
  issuedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
});

const { db, label, drop } = await openBenchDatabase();
try {
  await migrate(db);
  const agencyId = newId();
  await db.query(
    "insert into agencies (id, code, kind, name_th, name_en) values ($1, 'BENCH', 'department', 'หน่วยงานทดสอบ', 'Bench Agency')",
    [agencyId],
  );
  const loadStarted = performance.now();
  const entries = Array.from({ length: LEAVES }, (_, i) => newEntry(i));
  await loadTestLog({ db, agencyId, entries });
  console.log(
    `${label}: ${LEAVES} leaves loaded in ${Math.round(performance.now() - loadStarted)} ms`,
  );
  const first = await currentSignedTreeHead({ db, secrets, agencyId });
  if (
    first.sha256RootHash !==
    Buffer.from(rootOfLeafHashes(entries.map(entryLeafHash))).toString("hex")
  ) {
    throw new Error("the loaded log's root is not the tree hash of its entries");
  }

  const pick = (run: number) => (run * 7919) % entries.length;
  const baseline = await time(RUNS, () =>
    withinAgency(db, agencyId, (scope) =>
      scope.tx.query("select tree_size from transparency_logs where agency_id = $1", [
        scope.agencyId,
      ]),
    ),
  );
  const results: [string, { p50: number; p95: number }][] = [
    [
      "signed tree head (already signed)",
      await time(RUNS, () => currentSignedTreeHead({ db, secrets, agencyId })),
    ],
    [
      "inclusion proof by document hash, current head",
      await time(RUNS, (run) =>
        getInclusionProof({
          db,
          secrets,
          agencyId,
          leaf: { sha256: entries[pick(run)]!.documentSha256 },
        }),
      ),
    ],
    [
      "inclusion proof by index, given tree size",
      await time(RUNS, (run) =>
        getInclusionProof({
          db,
          secrets,
          agencyId,
          leaf: { leafIndex: pick(run) },
          treeSize: LEAVES,
        }),
      ),
    ],
    [
      "consistency proof, random first size",
      await time(RUNS, (run) =>
        getConsistencyProof({ db, agencyId, first: pick(run) + 1, second: LEAVES }),
      ),
    ],
    [
      "a page of 1000 entries",
      await time(Math.min(RUNS, 50), (run) =>
        listTransparencyLogEntries({
          db,
          agencyId,
          start: pick(run) % (LEAVES - 1000),
          end: LEAVES,
        }),
      ),
    ],
    [
      "append one document (own transaction)",
      await time(RUNS, (run) =>
        withinAgency(db, agencyId, (scope) =>
          appendToTransparencyLog(scope, newEntry(LEAVES + run)),
        ),
      ),
    ],
    [
      "append, then sign the new head",
      await time(Math.min(RUNS, 50), async (run) => {
        await withinAgency(db, agencyId, (scope) =>
          appendToTransparencyLog(scope, newEntry(2 * LEAVES + run)),
        );
        return currentSignedTreeHead({ db, secrets, agencyId });
      }),
    ],
    [
      "root by rehashing every leaf (no stored subtrees), for contrast",
      await time(3, () =>
        withinAgency(db, agencyId, async (scope) => {
          const { rows } = await scope.tx.query<{ leaf_hash: Uint8Array }>(
            "select leaf_hash from transparency_log_leaves where agency_id = $1 order by leaf_index",
            [scope.agencyId],
          );
          return rootOfLeafHashes(rows.map((row) => row.leaf_hash));
        }),
      ),
    ],
  ];
  console.log(
    `baseline (one primary-key read in an agency-scoped transaction): p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms`,
  );
  for (const [name, result] of results) {
    console.log(
      `${name}: p50 ${result.p50.toFixed(2)} ms (${(result.p50 / baseline.p50).toFixed(1)}x baseline), p95 ${result.p95.toFixed(2)} ms`,
    );
  }
} finally {
  await drop();
}
