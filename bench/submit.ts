// Submission, measured in process: the API's submit path (validation, one
// transaction writing application, timeline, signed receipt, audit and
// outbox) against a baseline measured in the same run on the same database
// with the same concurrency: a single-row INSERT and COMMIT per transaction.
// Run on embedded PGlite and on a throwaway PostgreSQL cluster. The full
// HTTP benchmark with a separate load generator is the B1 of `bench`'s
// later suite; this one isolates what the application adds to the database.
import { Writable } from "node:stream";

import { createApp } from "@/app";
import { loadConfig } from "@/config/load";
import { acrFor } from "@/core/auth/assurance";
import { upsertCitizen } from "@/core/auth/citizens";
import { createAccessToken } from "@/core/auth/credentials";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { migrate } from "@/core/db/migrate";
import { connectPglite } from "@/core/db/pglite";
import { connectPostgres } from "@/core/db/postgres";
import { createLogger } from "@/core/log/logger";
import { seedDemo } from "@/demo/seed";

import { startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECRET = "bench-secret-key-that-is-long-enough-0123456789";

/** About fifteen answers, a citizen ID and a Thai address: the elderly allowance, filled in. */
const answers = {
  fullName: "นายประยูร บุญมา",
  citizenId: "3100500141782",
  birthDate: "1963-03-14",
  maritalStatus: "widowed",
  phone: "0812345678",
  registeredAddress: {
    line: "99/1 ถนนช้างเผือก",
    provinceCode: "50",
    districtCode: "5001",
    subdistrictCode: "500107",
    postcode: "50300",
  },
  receivesStatePension: false,
  otherAllowances: ["disability"],
  paymentMethod: "cash",
  truthfulness: true,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function runConcurrently(
  total: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const begun = performance.now();
        await work(index);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: total / seconds, latencies: latencies.sort((a, b) => a - b) };
}

async function measure(label: string, db: Database, concurrency: number) {
  const secrets = new SecretBox(SECRET);
  await seedDemo({ db, secrets });
  const config = loadConfig({
    env: {},
    overrides: {
      server: { publicUrl: "http://localhost" },
      security: { secretKey: SECRET, rateLimitPerMinute: 10_000_000 },
      logging: { level: "error" },
    },
  });
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const app = createApp({ config, db, logger: createLogger("error", sink), secrets });
  const assurance = acrFor({ ial: "2.3", aal: "2.2" });
  const citizen = await upsertCitizen(db, {
    secrets,
    isSignIn: true,
    identity: {
      issuer: "https://idp.example",
      subject: `bench-${label}`,
      assurance,
      citizenId: "3100500141782",
      nameTh: "ประยูร บุญมา",
      nameEn: "Prayoon Boonma",
      email: null,
    },
  });
  const token = await db.transaction((tx) =>
    createAccessToken(
      tx,
      { citizenId: citizen.id, assurance },
      { issuedBy: "bench", ttlMinutes: 60 },
    ),
  );
  const submit = async (index: number) => {
    const response = await app.request("/api/v1/services/elderly-allowance/applications", {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": `bench-${index}`,
      },
      body: JSON.stringify({ answers }),
    });
    if (response.status !== 201) throw new Error(`submit answered ${response.status}`);
    await response.arrayBuffer();
  };
  // Warm up: the agency's key, the reference sequence, prepared plans.
  for (let index = 0; index < 10; index++) await submit(SUBMISSIONS + index);

  await db.query("create table if not exists bench_rows (id bigserial primary key, body jsonb)");
  const baseline = await runConcurrently(SUBMISSIONS, concurrency, () =>
    db.transaction(async (tx) => {
      await tx.query("insert into bench_rows (body) values ($1)", [JSON.stringify(answers)]);
    }),
  );
  const submitted = await runConcurrently(SUBMISSIONS, concurrency, submit);
  const p = (values: number[], q: number) => percentile(values, q).toFixed(1);
  return {
    label,
    concurrency,
    baselinePerSecond: baseline.perSecond,
    submitPerSecond: submitted.perSecond,
    ratio: submitted.perSecond / baseline.perSecond,
    p50: p(submitted.latencies, 50),
    p95: p(submitted.latencies, 95),
    p99: p(submitted.latencies, 99),
  };
}

const results = [];
{
  const db = await connectPglite({});
  await migrate(db);
  // PGlite is one connection: transactions run one at a time.
  results.push(await measure("PGlite (embedded)", db, 1));
  await db.close();
}
{
  const cluster = await startPostgresCluster();
  try {
    const db = await connectPostgres({ url: cluster.url, poolSize: CONCURRENCY + 2 });
    await migrate(db);
    results.push(await measure("PostgreSQL (server mode)", db, CONCURRENCY));
    await db.close();
  } finally {
    await cluster.stop();
  }
}

console.log(`\nSubmission in process, ${SUBMISSIONS} applications (about 15 answers each)`);
console.log(
  "database                   clients  baseline/s  submit/s  ratio  p50 ms  p95 ms  p99 ms",
);
for (const row of results) {
  console.log(
    `${row.label.padEnd(26)} ${String(row.concurrency).padStart(7)}  ${row.baselinePerSecond
      .toFixed(0)
      .padStart(10)}  ${row.submitPerSecond.toFixed(0).padStart(8)}  ${row.ratio
      .toFixed(2)
      .padStart(5)}  ${row.p50.padStart(6)}  ${row.p95.padStart(6)}  ${row.p99.padStart(6)}`,
  );
}
console.log("baseline: one-row INSERT + COMMIT per transaction, same database, same clients\n");
