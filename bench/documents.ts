/**
 * Bulk issuance: a university's batch of transcripts through the real path
 * (the batch accepted as the API accepts it, then the worker's chunk jobs:
 * credential signed, PDF rendered with its XML, PAdES-signed, stored, logged
 * and audited), in documents per second, against rendering the same
 * transcript's PDF alone in the same run.
 *   node_modules/.bin/node --import tsx bench/documents.ts
 * BENCH_DOCUMENTS sets the batch size (5,000 by default, the most one batch
 * holds); BENCH_DATABASE_URL runs it on PostgreSQL with the configured
 * worker concurrency instead of the embedded database.
 */
import { performance } from "node:perf_hooks";

import { loadConfig } from "@/config/load";
import { findOfficerByEmail } from "@/core/auth/officers";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { migrate } from "@/core/db/migrate";
import { connectPglite } from "@/core/db/pglite";
import { connectPostgres } from "@/core/db/postgres";
import { withinAgency } from "@/core/db/tenant";
import { startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";
import { seedDemo } from "@/demo/seed";
import { DEMO_REGISTRAR_EMAIL } from "@/demo/transcripts";
import { selectAgencyByCode } from "@/modules/agencies";
import { renderDocumentPdf } from "@/modules/documents";
import { createDocumentBatch, issueDocumentBatchJob } from "@/modules/documents/bulk";
import { selectDocumentTypeByCode } from "@/modules/documents/document-type-repo";
import { pdfContentOf } from "@/modules/documents/pdf-content";
import { transcriptAttachment } from "@/modules/documents/transcripts";
import { sampleTranscriptItems } from "@/modules/documents/transcripts/sample-transcripts";

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 5_000);
const BASELINE_RENDERS = 50;
const SECRET = "bench-secret-key-0123456789abcdef0123456789abcdef";

const config = loadConfig({
  env: {},
  overrides: {
    server: { publicUrl: "http://localhost" },
    security: { secretKey: SECRET },
    logging: { level: "error" },
  },
});
const logger = createLogger("error");
const secrets = new SecretBox(SECRET);
const url = process.env.BENCH_DATABASE_URL;
const db: Database = url ? await connectPostgres({ url, poolSize: 10 }) : await connectPglite({});
await migrate(db);
await seedDemo({ db, secrets });

const university = (await selectAgencyByCode(db, "CMU"))!;
const registrar = (await findOfficerByEmail(db, DEMO_REGISTRAR_EMAIL))!;
const documentType = (await withinAgency(db, university.id, (scope) =>
  selectDocumentTypeByCode(scope, "transcript"),
))!;
const items = sampleTranscriptItems(DOCUMENTS, { offset: Date.now() % 1_000_000 });

// The baseline: the same transcript's PDF, rendered and nothing else.
const sample = items[0]!;
const renderStart = performance.now();
for (let run = 0; run < BASELINE_RENDERS; run++) {
  await renderDocumentPdf(
    pdfContentOf({
      agency: university,
      documentType,
      data: sample.data,
      holderName: sample.holder.name,
      number: `CMU-2569-${String(run).padStart(6, "0")}`,
      verifyUrl: "http://localhost/v/0123456789",
      verifyCode: "0123456789",
      issuedAt: new Date(),
      validUntil: null,
      locale: "th",
      attachments: [
        transcriptAttachment({
          agency: university,
          documentType,
          holderName: sample.holder.name,
          data: sample.data,
          courses: sample.courses,
        }),
      ],
    }),
  );
}
const renderPerSecond = BASELINE_RENDERS / ((performance.now() - renderStart) / 1000);

const acceptStart = performance.now();
const { batch } = await createDocumentBatch({
  db,
  secrets,
  actor: { type: "officer", officerId: registrar.id, agencyId: university.id, role: "admin" },
  agencyId: university.id,
  documentTypeCode: "transcript",
  items,
  source: "api",
});
const acceptMs = performance.now() - acceptStart;

const issueStart = performance.now();
const worker = startWorker({
  db,
  logger,
  config,
  secrets,
  poll: false,
  ...(url ? {} : { concurrency: 1 }),
  handlers: [issueDocumentBatchJob],
});
while ((await worker.runOnce()) > 0);
await worker.stop();
const issueSeconds = (performance.now() - issueStart) / 1000;

const { rows } = await db.query<{ issued: number; failed: number; status: string }>(
  "select issued, failed, status from document_batches where id = $1",
  [batch.id],
);
const done = rows[0]!;
if (done.status !== "done" || done.issued !== DOCUMENTS) {
  throw new Error(
    `The batch ended ${done.status} with ${done.issued} issued, ${done.failed} failed`,
  );
}
const issuedPerSecond = DOCUMENTS / issueSeconds;
console.log(
  `bulk issuance on ${url ? "PostgreSQL" : "PGlite"}: ${DOCUMENTS} transcripts accepted in ${acceptMs.toFixed(0)} ms, issued in ${issueSeconds.toFixed(1)} s`,
);
console.log(
  `  ${issuedPerSecond.toFixed(1)} documents/s; rendering alone ${renderPerSecond.toFixed(1)} PDFs/s; ratio ${(renderPerSecond / issuedPerSecond).toFixed(2)}x`,
);
await db.close();
