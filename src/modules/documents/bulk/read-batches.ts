import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { selectDocumentTypes } from "../document-type-repo";
import type { DocumentType } from "../schema";
import { documentBatchPolicy } from "./policy";
import { selectBatch, selectFailedItems, selectRecentBatches } from "./repo";
import type { BatchItem, BatchRowError, DocumentBatch } from "./schema";

export interface BatchView {
  batch: DocumentBatch;
  /** The type the batch issues; null only if it has since been removed from the list. */
  documentType: Pick<DocumentType, "code" | "title" | "kind"> | null;
}

/** A failed row's problems, placed where the sender will look: the item index or the CSV line. */
export function rowErrorsOf(batch: Pick<DocumentBatch, "source">, item: BatchItem) {
  const row = batch.source === "csv" && item.sourceLine !== null ? item.sourceLine : item.position;
  return item.errors.map((error): BatchRowError => ({
    ...error,
    row,
    holderName: item.holderName,
  }));
}

async function typesById(scope: Parameters<typeof selectDocumentTypes>[0]) {
  const types = await selectDocumentTypes(scope);
  return new Map(types.map((type) => [type.id, type]));
}

/** A batch's progress and the problems of its failed rows (the first `errorLimit` rows). */
export async function getDocumentBatch(options: {
  db: Database;
  actor: Actor;
  agencyId: string;
  batchId: string;
  errorLimit?: number;
}): Promise<BatchView & { errors: BatchRowError[] }> {
  documentBatchPolicy.authorize(options.actor, "document_batch.view", {
    agencyId: options.agencyId,
  });
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const batch = await selectBatch(scope, options.batchId);
    if (!batch) throw new AppError("not_found", "There is no such batch.");
    const failed = await selectFailedItems(scope, batch.id, options.errorLimit ?? 5000);
    const types = await typesById(scope);
    return {
      batch,
      documentType: types.get(batch.documentTypeId) ?? null,
      errors: failed.flatMap((item) => rowErrorsOf(batch, item)),
    };
  });
}

/** The agency's latest batches, newest first. */
export async function listDocumentBatches(options: {
  db: Database;
  actor: Actor;
  agencyId: string;
  limit?: number;
}): Promise<BatchView[]> {
  documentBatchPolicy.authorize(options.actor, "document_batch.view", {
    agencyId: options.agencyId,
  });
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const batches = await selectRecentBatches(scope, options.limit ?? 50);
    const types = await typesById(scope);
    return batches.map((batch) => ({
      batch,
      documentType: types.get(batch.documentTypeId) ?? null,
    }));
  });
}
