import { bodyLimit } from "hono/body-limit";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";

import { documentBatchApiRoutes } from "./api-routes";
import { documentBatchConsoleRoutes } from "./console-routes";
import { MAX_CSV_BYTES } from "./read-batch-csv";

export { documentBatchConsoleSection } from "./console-section";
export { createDocumentBatch, ISSUE_BATCH_JOB } from "./create-document-batch";
export { issueBatchChunk, issueDocumentBatchJob } from "./issue-batch-chunk";
export { issueRequestedDocument } from "./issue-requested-document";
export { csvTemplate, readBatchCsv } from "./read-batch-csv";
export { getDocumentBatch, listDocumentBatches } from "./read-batches";
export type { BatchItemInput, DocumentBatch } from "./schema";

/** Bulk and single issuance for agency systems (API) and administrators (console). */
export const documentBatchRoutes = createRouter();
documentBatchRoutes.route("/", documentBatchApiRoutes);
documentBatchRoutes.route("/", documentBatchConsoleRoutes);

/**
 * The console's CSV upload, refused by size before the CSRF check reads the
 * form: the file's limit and room for the form around it.
 */
export const batchUploadLimit = bodyLimit({
  maxSize: MAX_CSV_BYTES + 1024 * 1024,
  onError: () => {
    throw new AppError("payload_too_large", "The CSV file may be at most 30 MB.");
  },
});
