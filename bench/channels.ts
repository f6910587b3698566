/**
 * The checker's latency for a typical SMS with 10,000 agencies and 50,000
 * channels in the index, against a plain Map lookup in the same run.
 *   node_modules/.bin/node --import tsx bench/channels.ts
 */
import { performance } from "node:perf_hooks";

import { migrate } from "@/core/db/migrate";
import { connectPglite } from "@/core/db/pglite";
import { seedDemo } from "@/demo/seed";
import {
  buildChannelIndex,
  checkItems,
  extractItems,
  normaliseChannel,
  type RegisteredChannel,
} from "@/modules/channels";
import { demoRegister } from "@/modules/channels/check/test-index";
import { generateImportFile } from "@/modules/channels/import/generate-import-file";
import { importAgencies } from "@/modules/channels/import/import-agencies";

import { benchApp, benchSecrets, percentile } from "./support";

const AGENCIES = 10_000;
const SYLLABLES = [
  "ka",
  "ban",
  "thai",
  "nong",
  "chai",
  "pho",
  "sri",
  "mueang",
  "wang",
  "lam",
  "tha",
  "don",
  "khao",
  "pak",
  "nam",
];

function nameOf(n: number): string {
  let name = "";
  let rest = n;
  do {
    name += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return name;
}

function generatedRegister(): RegisteredChannel[] {
  const channels: RegisteredChannel[] = [];
  for (let i = 0; i < AGENCIES; i++) {
    const name = nameOf(i + 1000);
    const agency = {
      code: `GEN-${i}`,
      nameTh: `หน่วยงาน ${i}`,
      nameEn: `Agency ${name}`,
      shortNameEn: null,
    };
    const raw: [RegisteredChannel["kind"], string][] = [
      ["website", `www.${name}.go.th`],
      ["email_domain", `${name}.go.th`],
      ["line_oa", `@${name}`.slice(0, 20)],
      ["phone", `02${String(1_000_000 + i).padStart(7, "0")}`],
      ["eservice_url", `https://eservice.${name}.go.th/`],
    ];
    for (const [kind, value] of raw) {
      channels.push({ id: `${i}:${kind}`, ...normaliseChannel(kind, value), agency });
    }
  }
  return channels;
}

const SMS =
  "กรมสรรพากร: ท่านได้รับเงินคืนภาษี 3,250 บาท กรุณายืนยันตัวตนที่ https://rd-go-th.com/refund ภายใน 24 ชม. สอบถามโทร 02-123-4567 หรือไลน์ไอดี: rd.thailand";

const register = [...demoRegister(), ...generatedRegister()];
const buildStart = performance.now();
const index = buildChannelIndex(register);
const buildMs = performance.now() - buildStart;
const exact = new Map(register.map((channel) => [channel.value, channel]));

const RUNS = 5_000;
const checkSamples: number[] = [];
const baselineSamples: number[] = [];
let sink = 0;
for (let run = 0; run < RUNS + 500; run++) {
  const start = performance.now();
  const result = checkItems(index, extractItems(SMS));
  const checked = performance.now() - start;
  const baseStart = performance.now();
  sink += exact.get("www.rd.go.th") ? 1 : 0;
  const baseline = performance.now() - baseStart;
  if (result.overall !== "danger") throw new Error("the SMS should be dangerous");
  if (run >= 500) {
    checkSamples.push(checked);
    baselineSamples.push(baseline);
  }
}

const p95 = percentile(checkSamples, 95);
const baseP95 = percentile(baselineSamples, 95);
console.log(`channels in index: ${register.length} (agencies: ${AGENCIES + 16})`);
console.log(
  `index build: ${buildMs.toFixed(0)} ms, heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
console.log(
  `check of a typical SMS: p50 ${percentile(checkSamples, 50).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`,
);
console.log(
  `baseline (one Map lookup): p95 ${baseP95.toFixed(4)} ms; ratio ${(p95 / Math.max(baseP95, 1e-6)).toFixed(0)}x (${sink > 0 ? "ok" : "?"})`,
);

/*
 * The same check end to end: `POST /api/v1/channels/check` through the app
 * (validation, rate limit, the register's version read, the cached index,
 * JSON out) on an embedded database holding the demo register plus 10,000
 * agencies and 50,000 channels loaded by the bulk import, against
 * `GET /healthz` on the same app.
 */
const ENDPOINT_RUNS = 1_000;
{
  const db = await connectPglite({});
  await migrate(db);
  const secrets = benchSecrets;
  await seedDemo({ db, secrets });
  const loadStart = performance.now();
  const report = await importAgencies({
    db,
    file: new TextEncoder().encode(generateImportFile({ agencies: AGENCIES })),
    fileName: "bench.csv",
    actor: { type: "system", id: "bench" },
  });
  const loadMs = performance.now() - loadStart;
  const app = benchApp(db);
  const check = () =>
    app.request("/api/v1/channels/check", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: SMS }),
    });
  const first = (await (await check()).json()) as { overall: string };
  if (first.overall !== "danger") throw new Error("the SMS should be dangerous");
  const endpointSamples: number[] = [];
  const healthSamples: number[] = [];
  for (let run = 0; run < ENDPOINT_RUNS + 100; run++) {
    const start = performance.now();
    const response = await check();
    await response.arrayBuffer();
    const checked = performance.now() - start;
    const healthStart = performance.now();
    await (await app.request("/healthz")).arrayBuffer();
    const health = performance.now() - healthStart;
    if (response.status !== 200) throw new Error(`check answered ${response.status}`);
    if (run >= 100) {
      endpointSamples.push(checked);
      healthSamples.push(health);
    }
  }
  const endpointP95 = percentile(endpointSamples, 95);
  const healthP95 = percentile(healthSamples, 95);
  console.log(
    `\nPOST /api/v1/channels/check on PGlite, ${report.channels.created} channels of ${report.agencies.created} agencies imported in ${(loadMs / 1000).toFixed(1)} s:`,
  );
  console.log(
    `  p50 ${percentile(endpointSamples, 50).toFixed(2)} ms, p95 ${endpointP95.toFixed(2)} ms; GET /healthz p95 ${healthP95.toFixed(2)} ms; ratio ${(endpointP95 / healthP95).toFixed(1)}x`,
  );
  await db.close();
}
