import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import { normalizeThaiIdInput } from "@/core/identity/thai-id";
import { enqueueJob } from "@/core/jobs";

import { selectDocumentTypeByCode } from "../document-type-repo";
import type { DocumentType } from "../schema";
import { batchItemProblems, batchRowKey, clientDocumentKey } from "./item-problems";
import { authorizeBatchCreation } from "./policy";
import { insertBatch, insertBatchItems, selectBatchByIdempotencyKey } from "./repo";
import {
  BATCH_CHUNK_SIZE,
  type BatchCreator,
  type BatchItemInput,
  type BatchSource,
  type DocumentBatch,
  MAX_BATCH_ITEMS,
} from "./schema";

export const ISSUE_BATCH_JOB = "document_batch.issue";

/** The officer or API key a batch is issued in the name of. */
export function batchCreatorOf(actor: Actor): BatchCreator {
  if (actor.type === "officer") return { type: "officer", id: actor.officerId };
  if (actor.type === "api_key") return { type: "api_key", id: actor.keyId };
  throw new AppError("forbidden", "Only an officer or an agency system starts a batch.");
}

/** The document type a request names, or a 400 that says so in both languages. */
export async function documentTypeNamed(scope: AgencyScope, code: string): Promise<DocumentType> {
  const documentType = await selectDocumentTypeByCode(scope, code);
  if (documentType) return documentType;
  const problem: FieldProblem = {
    field: "documentType",
    code: "unknown_document_type",
    message: `The agency has no document type "${code}".`,
    messages: {
      th: `หน่วยงานไม่มีเอกสารประเภท "${code}"`,
      en: `The agency has no document type "${code}".`,
    },
  };
  throw new AppError("validation_failed", problem.message, { fields: [problem] });
}

export interface CreateDocumentBatchOptions {
  db: Database;
  secrets: SecretBox;
  actor: Actor;
  agencyId: string;
  documentTypeCode: string;
  items: readonly BatchItemInput[];
  source: BatchSource;
  fileName?: string | null;
  /** The same key again answers the batch made the first time, whatever the body. */
  idempotencyKey?: string | null;
  requestId?: string | undefined;
}

/**
 * Accepts a batch: every row is checked first and the whole request refused
 * (400, each problem at `items.N.field`) if any row is wrong; otherwise the
 * batch, its rows and the jobs that issue them in chunks are stored in one
 * transaction, and the documents come later from the worker.
 */
export async function createDocumentBatch(
  options: CreateDocumentBatchOptions,
): Promise<{ batch: DocumentBatch; isNew: boolean }> {
  const { db, agencyId, items } = options;
  authorizeBatchCreation(options.actor, agencyId);
  const creator = batchCreatorOf(options.actor);
  if (items.length === 0 || items.length > MAX_BATCH_ITEMS) {
    throw new AppError("validation_failed", "A batch has 1 to 5,000 rows.", {
      fields: [
        {
          field: "items",
          code: "batch_size",
          message: `A batch has 1 to ${MAX_BATCH_ITEMS.toLocaleString("en")} rows.`,
          messages: {
            th: `ชุดเอกสารต้องมี 1 ถึง ${MAX_BATCH_ITEMS.toLocaleString("en")} รายการ`,
            en: `A batch has 1 to ${MAX_BATCH_ITEMS.toLocaleString("en")} rows.`,
          },
        },
      ],
    });
  }
  return withinAgency(db, agencyId, async (scope) => {
    if (options.idempotencyKey) {
      const earlier = await selectBatchByIdempotencyKey(scope, options.idempotencyKey);
      if (earlier) return { batch: earlier, isNew: false };
    }
    const documentType = await documentTypeNamed(scope, options.documentTypeCode);
    const problems = batchItemProblems(documentType, items);
    if (problems.length > 0) {
      throw new AppError("validation_failed", "Some rows are not valid; nothing was queued.", {
        fields: problems.map(({ item, ...problem }) => ({
          ...problem,
          field: `items.${item}.${problem.field}`,
        })),
      });
    }
    const batchId = newId();
    const batch = await insertBatch(
      scope,
      {
        id: batchId,
        documentTypeId: documentType.id,
        source: options.source,
        fileName: options.fileName ?? null,
        total: items.length,
        createdBy: creator,
      },
      options.idempotencyKey ?? null,
    );
    await insertBatchItems(
      scope,
      batchId,
      items.map((item, position) => ({
        position,
        sourceLine: item.sourceLine ?? null,
        holderName: item.holder.name,
        // Sealed until the row is issued, then cleared: only the document's keyed hash stays.
        nationalIdSealed: item.holder.nationalId
          ? options.secrets.seal(normalizeThaiIdInput(item.holder.nationalId))
          : null,
        data: item.data,
        courses: item.courses ?? null,
        idempotencyKey: item.idempotencyKey
          ? clientDocumentKey(item.idempotencyKey)
          : batchRowKey(batchId, position),
      })),
    );
    for (let from = 0; from < items.length; from += BATCH_CHUNK_SIZE) {
      await enqueueJob(scope.tx, {
        kind: ISSUE_BATCH_JOB,
        agencyId,
        payload: { batchId, from, to: Math.min(from + BATCH_CHUNK_SIZE, items.length) },
        dedupeKey: `${ISSUE_BATCH_JOB}:${batchId}:${from}`,
      });
    }
    await recordAudit(scope.tx, {
      action: "document_batch.created",
      actor: options.actor,
      agencyId,
      target: { type: "document_batch", id: batchId },
      requestId: options.requestId,
      details: {
        documentType: documentType.code,
        source: options.source,
        total: items.length,
        ...(options.fileName ? { fileName: options.fileName } : {}),
      },
    });
    return { batch, isNew: true };
  });
}
