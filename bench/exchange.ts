/**
 * B3 exchange: what mediation adds to a registry read. The same hosted
 * registry is read two ways in the same run on the same database:
 *   direct    `readRegistryRecord` in process (the keyed hash of the ID and
 *             one indexed read), as the registry's own code reads it;
 *   mediated  `GET /r1/TH/GOV/BENCH-DOPA/population/person.address/{id}`
 *             through the app's fetch handler (`app.request`: the whole
 *             middleware chain, API-key authentication, the grant check,
 *             the per-grant rate limit, the read and the exchange-log write;
 *             no sockets).
 * Latency comes from one client alternating the two (so drift hits both);
 * throughput from closed-loop clients (1 on PGlite, one connection) for the
 * same time each. Figures: p50/p99 of each, added p50/p99 (mediated minus
 * direct) and the throughput ratio mediated/direct. Target: ≤ 2 ms added at p50.
 *
 *   node_modules/.bin/node --import tsx bench/exchange.ts
 * Runs on PGlite, then on PostgreSQL: a new database beside BENCH_DATABASE_URL
 * (the role needs CREATEDB) when it is set, otherwise a throwaway cluster from
 * the machine's binaries. BENCH_SECONDS (per figure), BENCH_CLIENTS, BENCH_SMOKE=1,
 * BENCH_RESULT_FILE (rows for `npm run bench`, see bench/scenarios/exchange.ts).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

import { createApiKey } from "@/core/auth/credentials";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { migrate } from "@/core/db/migrate";
import { connectPglite } from "@/core/db/pglite";
import { connectPostgres } from "@/core/db/postgres";
import { withinAgency } from "@/core/db/tenant";
import { thaiIdCheckDigit } from "@/core/identity/thai-id";
import { findDataServiceByPath } from "@/modules/exchange";
import { readRegistryRecord } from "@/modules/exchange/registries";

import { startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";
import { benchApp, benchConfig, benchSecrets, percentile } from "./support";

const PEOPLE = 1000;
const PURPOSE = "bench-eligibility";
const TARGET_ADDED_P50_MS = 2;

export interface ExchangeBenchResult {
  label: string;
  clients: number;
  pairs: number;
  direct: { p50: number; p99: number; perSecond: number };
  mediated: { p50: number; p99: number; perSecond: number };
  addedP50: number;
  addedP99: number;
  throughputRatio: number;
}

function citizenId(seed: number): string {
  const first12 = `1${String(seed).padStart(11, "0")}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

/** A provider with a hosted registry of PEOPLE records, and `clients` consumers with a grant and a key each. */
async function prepare(db: Database, clients: number) {
  const providerId = newId();
  await db.query(
    "insert into agencies (id, code, kind, name_th, name_en) values ($1, 'BENCH-DOPA', 'department', 'กรมทดสอบ', 'Bench Provider')",
    [providerId],
  );
  const registryId = newId();
  await db.query(
    `insert into registries (agency_id, id, code, name, kind, subject_kind, record_schema)
     values ($1, $2, 'population', $3, 'hosted', 'citizen_id', $4)`,
    [
      providerId,
      registryId,
      JSON.stringify({ th: "ทะเบียนราษฎร", en: "Population register" }),
      JSON.stringify([
        { key: "firstName", label: { th: "ชื่อ", en: "First name" }, type: "text" },
        { key: "address", label: { th: "ที่อยู่", en: "Address" }, type: "address" },
      ]),
    ],
  );
  const people = Array.from({ length: PEOPLE }, (_, index) => citizenId(index + 1));
  for (let start = 0; start < people.length; start += 200) {
    const batch = people.slice(start, start + 200);
    await db.query(
      `insert into registry_records (agency_id, registry_id, subject_hash, data, schema_version)
       select $1, $2, hash, $4::jsonb, 1 from unnest($3::text[]) as hash`,
      [
        providerId,
        registryId,
        batch.map((id) => benchSecrets.hashNationalId(id)),
        JSON.stringify({
          firstName: "สมชาย",
          address: {
            line: "99/1 ถนนช้างเผือก",
            provinceCode: "50",
            districtCode: "5001",
            subdistrictCode: "500107",
            postcode: "50300",
          },
        }),
      ],
    );
  }
  const dataServiceId = newId();
  await db.query(
    `insert into data_services (agency_id, id, registry_id, code, name, fields, classification)
     values ($1, $2, $3, 'person.address', $4, '["address"]', 'confidential')`,
    [providerId, dataServiceId, registryId, JSON.stringify({ th: "ที่อยู่", en: "Address" })],
  );
  // One consumer per client, so that no client shares a grant's rate limit with another.
  const consumers: { client: string; key: string }[] = [];
  for (let index = 1; index <= clients; index++) {
    const agencyId = newId();
    const code = `BENCH-CITY-${index}`;
    await db.query(
      "insert into agencies (id, code, kind, name_th, name_en) values ($1, $2, 'municipality', $3, $4)",
      [agencyId, code, `เทศบาลทดสอบ ${index}`, `Bench City ${index}`],
    );
    await db.query(
      `insert into exchange_grants (agency_id, id, data_service_id, consumer_agency_id, purpose,
         purpose_text, basis, legal_basis, rate_limit_per_minute, status, decided_at)
       values ($1, $2, $3, $4, $5, $6, 'public_task', $6, 100000, 'approved', now())`,
      [
        providerId,
        newId(),
        dataServiceId,
        agencyId,
        PURPOSE,
        JSON.stringify({ th: "ทดสอบ", en: "Benchmark" }),
      ],
    );
    const { key } = await withinAgency(db, agencyId, (scope) =>
      createApiKey(scope, { name: "bench", scopes: ["exchange:query"], createdBy: null }),
    );
    consumers.push({ client: `TH/GOV/${code}/bench`, key });
  }
  return { people, consumers };
}

async function closedLoop(
  seconds: number,
  clients: number,
  work: (client: number) => Promise<void>,
) {
  let done = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        await work(client);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/** Measures one database (migrated, empty of exchange data): see the file's description. */
export async function benchExchange({
  db,
  label,
  seconds,
  clients,
}: {
  db: Database;
  label: string;
  seconds: number;
  clients: number;
}): Promise<ExchangeBenchResult> {
  const { people, consumers } = await prepare(db, clients);
  const app = benchApp(db, benchConfig);
  const resolved = await findDataServiceByPath({
    db,
    providerCode: "BENCH-DOPA",
    registryCode: "population",
    serviceCode: "person.address",
  });
  if (!resolved) throw new Error("the bench data service is missing");
  let next = 0;
  const subject = () => people[next++ % people.length]!;

  const direct = async () => {
    const id = subject();
    const reading = await readRegistryRecord({
      db,
      secrets: benchSecrets,
      registry: resolved.registry,
      subjectId: id,
      subjectHash: benchSecrets.hashNationalId(id),
      timeoutMs: benchConfig.exchange.callTimeoutMs,
      requestId: randomUUID(),
    });
    if (!reading.found) throw new Error("direct read found no record");
  };
  const mediated = async (client = 0) => {
    const consumer = consumers[client]!;
    const response = await app.request(
      `/r1/TH/GOV/BENCH-DOPA/population/person.address/${subject()}`,
      {
        headers: {
          authorization: `Bearer ${consumer.key}`,
          "x-road-client": consumer.client,
          "x-road-purpose": PURPOSE,
          "x-road-id": randomUUID(),
        },
      },
    );
    if (response.status !== 200) {
      throw new Error(`mediated read answered ${response.status}: ${await response.text()}`);
    }
    await response.arrayBuffer();
  };

  for (let warm = 0; warm < 50; warm++) {
    await direct();
    await mediated();
  }
  const directSamples: number[] = [];
  const mediatedSamples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline || directSamples.length < 20) {
    let begun = performance.now();
    await direct();
    directSamples.push(performance.now() - begun);
    begun = performance.now();
    await mediated();
    mediatedSamples.push(performance.now() - begun);
  }
  const directPerSecond = await closedLoop(seconds, clients, direct);
  const mediatedPerSecond = await closedLoop(seconds, clients, mediated);
  const summary = (samples: number[], perSecond: number) => ({
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    perSecond,
  });
  const directSummary = summary(directSamples, directPerSecond);
  const mediatedSummary = summary(mediatedSamples, mediatedPerSecond);
  return {
    label,
    clients,
    pairs: directSamples.length,
    direct: directSummary,
    mediated: mediatedSummary,
    addedP50: mediatedSummary.p50 - directSummary.p50,
    addedP99: mediatedSummary.p99 - directSummary.p99,
    throughputRatio: mediatedPerSecond / directPerSecond,
  };
}

/** The rows `npm run bench` prints for B3, two per database. */
export function exchangeBenchRows(results: readonly ExchangeBenchResult[], isSmoke: boolean) {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return results.flatMap((result) => [
    {
      figure: `exchange: added latency, mediated vs direct read (${result.label})`,
      result: `+${ms(result.addedP50)} p50, +${ms(result.addedP99)} p99`,
      baseline: `direct ${ms(result.direct.p50)} p50, ${ms(result.direct.p99)} p99`,
      ratio: result.mediated.p50 / result.direct.p50,
      target: `≤ ${TARGET_ADDED_P50_MS} ms added at p50`,
      verdict: isSmoke ? "—" : result.addedP50 <= TARGET_ADDED_P50_MS ? "met" : "missed",
    },
    {
      figure: `exchange: throughput, ${result.clients} client(s) (${result.label})`,
      result: `${result.mediated.perSecond.toFixed(0)} mediated reads/s`,
      baseline: `${result.direct.perSecond.toFixed(0)} direct reads/s`,
      ratio: result.throughputRatio,
      target: "",
      verdict: "—",
    },
  ]);
}

function printTable(results: readonly ExchangeBenchResult[]): void {
  const header =
    "database                  clients  pairs  direct p50/p99 ms  mediated p50/p99 ms  added p50/p99 ms  direct/s  mediated/s  ratio";
  console.log(
    "\nB3 exchange: mediated read (app.request, in process) vs direct read (readRegistryRecord)",
  );
  console.log(header);
  for (const row of results) {
    const pair = (a: number, b: number) => `${a.toFixed(2)} / ${b.toFixed(2)}`;
    console.log(
      [
        row.label.padEnd(24),
        String(row.clients).padStart(7),
        String(row.pairs).padStart(6),
        pair(row.direct.p50, row.direct.p99).padStart(18),
        pair(row.mediated.p50, row.mediated.p99).padStart(20),
        pair(row.addedP50, row.addedP99).padStart(17),
        row.direct.perSecond.toFixed(0).padStart(9),
        row.mediated.perSecond.toFixed(0).padStart(11),
        row.throughputRatio.toFixed(2).padStart(6),
      ].join(" "),
    );
  }
  console.log(`target: ≤ ${TARGET_ADDED_P50_MS} ms added at p50\n`);
}

/** A new PostgreSQL database: beside BENCH_DATABASE_URL, or in a throwaway cluster. */
async function openPostgres(poolSize: number) {
  const url = process.env.BENCH_DATABASE_URL;
  const cluster = url ? null : await startPostgresCluster();
  const base = url ?? cluster!.url;
  const name = `pratu_bench_exchange_${randomBytes(4).toString("hex")}`;
  const admin = await connectPostgres({ url: base, poolSize: 1 });
  await admin.query(`create database ${name}`);
  const target = new URL(base);
  target.pathname = `/${name}`;
  const db = await connectPostgres({ url: target.toString(), poolSize });
  return {
    db,
    close: async () => {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
      await cluster?.stop();
    },
  };
}

async function main(): Promise<void> {
  const isSmoke = process.env.BENCH_SMOKE === "1";
  const seconds = Number(process.env.BENCH_SECONDS ?? (isSmoke ? 1 : 10));
  const clients = Number(process.env.BENCH_CLIENTS ?? (isSmoke ? 2 : 8));
  const results: ExchangeBenchResult[] = [];
  {
    const db = await connectPglite({});
    try {
      await migrate(db);
      // PGlite is one connection: its reads run one at a time.
      results.push(await benchExchange({ db, label: "PGlite (embedded)", seconds, clients: 1 }));
    } finally {
      await db.close();
    }
  }
  {
    const { db, close } = await openPostgres(clients + 2);
    try {
      await migrate(db);
      results.push(await benchExchange({ db, label: "PostgreSQL", seconds, clients }));
    } finally {
      await close();
    }
  }
  printTable(results);
  if (process.env.BENCH_RESULT_FILE) {
    writeFileSync(
      process.env.BENCH_RESULT_FILE,
      JSON.stringify({ rows: exchangeBenchRows(results, isSmoke), results }, null, 2),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
