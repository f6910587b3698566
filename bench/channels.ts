/**
 * The checker's latency for a typical SMS with 10,000 agencies and 50,000
 * channels in the index, against a plain Map lookup in the same run.
 *   node_modules/.bin/node --import tsx bench/channels.ts
 */
import { performance } from "node:perf_hooks";

import {
  buildChannelIndex,
  checkItems,
  extractItems,
  normaliseChannel,
  type RegisteredChannel,
} from "@/modules/channels";
import { demoRegister } from "@/modules/channels/check/test-index";

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

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
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
