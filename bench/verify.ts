/**
 * Verification is public and read-heavy: verifications per second through
 * the app for a typed code, an uploaded PDF and a credential posted to the
 * VC-API, against GET /healthz on the same app in the same run.
 *   node_modules/.bin/node --import tsx bench/verify.ts
 */
import { performance } from "node:perf_hooks";

import { newId } from "@/core/db/ids";
import { migrate } from "@/core/db/migrate";
import { connectPglite } from "@/core/db/pglite";
import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";
import { selectAgencyByCode } from "@/modules/agencies";
import { issueDocument, saveDocumentType } from "@/modules/documents";
import { selectIssuedPdf } from "@/modules/documents/repo";

import { benchApp, benchConfig, benchSecrets, percentile } from "./support";

const RUNS = 300;
const WARM_UP = 30;

const db = await connectPglite({});
await migrate(db);
const secrets = benchSecrets;
const config = benchConfig;
await seedDemo({ db, secrets });
const app = benchApp(db);

const agency = (await selectAgencyByCode(db, "DOPA"))!;
const documentType = await withinAgency(db, agency.id, (scope) =>
  saveDocumentType(scope, {
    code: "bench-permit",
    kind: "permit",
    title: { th: "ใบอนุญาตทดสอบ", en: "Bench permit" },
    credentialType: "PermitCredential",
    validDays: 365,
    service: null,
    signatory: {
      name: { th: "นายทะเบียน", en: "Registrar" },
      position: { th: "นายทะเบียน", en: "Registrar" },
    },
    fields: [{ key: "shopName", label: { th: "ชื่อร้าน", en: "Shop" }, type: "text", required: true }],
  }),
);
const { document } = await issueDocument({
  db,
  secrets,
  config,
  agency,
  documentType,
  holder: { name: "นางสาวสมหญิง ใจดี" },
  data: { shopName: "ร้านข้าวแกงป้าศรี" },
  idempotencyKey: newId(),
  actor: { type: "system", id: "bench" },
});
const pdf = (await selectIssuedPdf(db, document.id))!;

async function measure(
  name: string,
  request: () => Response | Promise<Response>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS + WARM_UP; run++) {
    const start = performance.now();
    const response = await request();
    const body = await response.text();
    const took = performance.now() - start;
    if (response.status !== 200) throw new Error(`${name} answered ${response.status}: ${body}`);
    if (run >= WARM_UP) samples.push(took);
  }
  return samples;
}

const health = await measure("healthz", () => app.request("/healthz"));
const byCode = await measure("code", () =>
  app.request("/api/v1/documents/verify", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: document.verifyCode }),
  }),
);
const byPdf = await measure("pdf", () =>
  app.request("/api/v1/documents/verify", {
    method: "POST",
    headers: { "content-type": "application/pdf" },
    body: Buffer.from(pdf),
  }),
);
const byCredential = await measure("credential", () =>
  app.request("/credentials/verify", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ verifiableCredential: document.credential }),
  }),
);

const healthP50 = percentile(health, 50);
console.log(
  `verification on PGlite, ${RUNS} requests each, one at a time (PDF ${pdf.length} bytes):`,
);
console.log(`  GET /healthz (baseline): p50 ${healthP50.toFixed(2)} ms`);
for (const [name, samples] of [
  ["POST /api/v1/documents/verify {code}", byCode],
  ["POST /api/v1/documents/verify (PDF)", byPdf],
  ["POST /credentials/verify (VC)", byCredential],
] as const) {
  const p50 = percentile(samples, 50);
  console.log(
    `  ${name}: p50 ${p50.toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, ~${Math.round(1000 / p50)}/s on one connection; ratio to baseline ${(p50 / healthP50).toFixed(1)}x`,
  );
}
await db.close();
