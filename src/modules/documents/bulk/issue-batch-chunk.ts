import { z } from "zod";

import type { Config } from "@/config/schema";
import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { isAppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import { defineJobHandler, PermanentJobError } from "@/core/jobs";
import type { Logger } from "@/core/log/logger";
import { selectAgencyById } from "@/modules/agencies";

import { selectDocumentTypeById } from "../document-type-repo";
import { ISSUE_BATCH_JOB } from "./create-document-batch";
import { issueRow } from "./issue-row";
import { batchRowKey } from "./item-problems";
import {
  finishBatchIfComplete,
  type ItemOutcome,
  markBatchRunning,
  selectBatch,
  selectPendingItems,
  settleItem,
} from "./repo";
import type { BatchCreator, BatchItem, RowProblem } from "./schema";

/** The documents of a batch are issued in the name of whoever sent it. */
function actorOf(creator: BatchCreator, agencyId: string): Actor {
  return creator.type === "officer"
    ? { type: "officer", officerId: creator.id, agencyId, role: null }
    : { type: "api_key", agencyId, keyId: creator.id, scopes: [] };
}

const keyReused: RowProblem = {
  field: "idempotencyKey",
  code: "key_reused",
  messages: {
    th: "คีย์นี้เคยใช้ออกเอกสารที่มีข้อมูลต่างกัน จึงไม่ออกเอกสารซ้ำ",
    en: "This key was used before for a document with other data; nothing was issued.",
  },
};

const internalFailure: RowProblem = {
  field: "(row)",
  code: "internal",
  messages: {
    th: "ระบบออกเอกสารแถวนี้ไม่สำเร็จหลังพยายามหลายครั้ง โปรดส่งแถวนี้อีกครั้งภายหลัง",
    en: "The system could not issue this row after several tries; send it again later.",
  },
};

export interface IssueBatchChunkOptions {
  db: Database;
  secrets: SecretBox;
  config: Config;
  logger: Logger;
  agencyId: string;
  batchId: string;
  from: number;
  to: number;
  /** On the job's last attempt a row that keeps failing is marked failed instead of retried. */
  isLastAttempt: boolean;
}

/**
 * Issues the rows of one chunk still pending. Each row's document is keyed
 * (by the client's key or by batch and row), so a chunk run again after a
 * crash finds what it issued the first time and issues nothing twice. A row
 * with bad data fails alone; the others go on.
 */
export async function issueBatchChunk(options: IssueBatchChunkOptions): Promise<void> {
  const { db, agencyId, batchId } = options;
  const agency = await selectAgencyById(db, agencyId);
  if (!agency) throw new PermanentJobError(`Agency ${agencyId} does not exist`);
  const work = await withinAgency(db, agencyId, async (scope) => {
    const batch = await selectBatch(scope, batchId);
    if (!batch) return null;
    await markBatchRunning(scope, batchId);
    const documentType = await selectDocumentTypeById(scope, batch.documentTypeId);
    const items = await selectPendingItems(scope, batchId, options);
    return { batch, documentType, items };
  });
  if (!work) throw new PermanentJobError(`Batch ${batchId} does not exist`);
  if (!work.documentType) throw new PermanentJobError(`Batch ${batchId} has no document type`);
  const { documentType } = work;
  const actor = actorOf(work.batch.createdBy, agencyId);

  for (const item of work.items) {
    const outcome = await issueItem(item, async () => {
      const result = await issueRow({
        db,
        secrets: options.secrets,
        config: options.config,
        agency,
        documentType,
        item: {
          holder: {
            nationalId: item.nationalIdSealed ? options.secrets.open(item.nationalIdSealed) : null,
            name: item.holderName,
          },
          data: item.data,
          courses: item.courses ?? undefined,
        },
        idempotencyKey: item.idempotencyKey,
        batchId,
        actor,
      });
      // A row's own key can only have found this row's document; a client's key may name another.
      const isOwnKey = item.idempotencyKey === batchRowKey(batchId, item.position);
      return isOwnKey || result.isSameRequest
        ? { status: "issued", documentId: result.document.id }
        : { status: "failed", errors: [keyReused] };
    });
    await withinAgency(db, agencyId, (scope) => settleItem(scope, batchId, item.position, outcome));
  }

  await withinAgency(db, agencyId, async (scope) => {
    const finished = await finishBatchIfComplete(scope, batchId);
    if (!finished) return;
    await recordAudit(scope.tx, {
      action: "document_batch.finished",
      actor,
      agencyId,
      target: { type: "document_batch", id: batchId },
      details: { total: finished.total, issued: finished.issued, failed: finished.failed },
    });
  });

  async function issueItem(
    item: BatchItem,
    issue: () => Promise<ItemOutcome>,
  ): Promise<ItemOutcome> {
    try {
      return await issue();
    } catch (error) {
      // Data the document type refuses will be refused on every try.
      if (isAppError(error) && error.code === "validation_failed") {
        return {
          status: "failed",
          errors: error.fields.map((field) => ({
            field: field.field,
            code: field.code ?? "invalid",
            messages: field.messages ?? { th: field.message, en: field.message },
          })),
        };
      }
      if (!options.isLastAttempt) throw error;
      options.logger.error(
        { err: error, batchId, position: item.position },
        "a batch row failed on the job's last attempt",
      );
      return { status: "failed", errors: [internalFailure] };
    }
  }
}

export const issueDocumentBatchJob = defineJobHandler({
  kind: ISSUE_BATCH_JOB,
  payload: z.object({
    batchId: z.uuid(),
    from: z.number().int().min(0),
    to: z.number().int().min(1),
  }),
  async handle(job, { db, config, secrets, logger }) {
    if (!job.agencyId) throw new PermanentJobError(`A ${ISSUE_BATCH_JOB} job names no agency`);
    if (!secrets) throw new Error("This worker has no secret key to sign documents with");
    await issueBatchChunk({
      db,
      secrets,
      config,
      logger,
      agencyId: job.agencyId,
      ...job.payload,
      isLastAttempt: job.attempt >= job.maxAttempts,
    });
  },
});
