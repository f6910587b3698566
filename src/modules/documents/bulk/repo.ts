import type { AgencyScope } from "@/core/db/tenant";

import type { TranscriptCourse } from "../transcripts";
import type {
  BatchCreator,
  BatchItem,
  BatchSource,
  BatchStatus,
  DocumentBatch,
  RowProblem,
} from "./schema";

interface BatchRow {
  agency_id: string;
  id: string;
  document_type_id: string;
  source: BatchSource;
  file_name: string | null;
  total: number;
  issued: number;
  failed: number;
  status: BatchStatus;
  created_by_type: BatchCreator["type"];
  created_by_id: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const batchColumns = `agency_id, id, document_type_id, source, file_name, total, issued, failed,
  status, created_by_type, created_by_id, created_at, started_at, finished_at`;

function toBatch(row: BatchRow): DocumentBatch {
  return {
    id: row.id,
    agencyId: row.agency_id,
    documentTypeId: row.document_type_id,
    source: row.source,
    fileName: row.file_name,
    total: row.total,
    issued: row.issued,
    failed: row.failed,
    status: row.status,
    createdBy: { type: row.created_by_type, id: row.created_by_id },
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export async function insertBatch(
  scope: AgencyScope,
  batch: Pick<
    DocumentBatch,
    "id" | "documentTypeId" | "source" | "fileName" | "total" | "createdBy"
  >,
  idempotencyKey: string | null,
): Promise<DocumentBatch> {
  const { rows } = await scope.tx.query<BatchRow>(
    `insert into document_batches (agency_id, id, document_type_id, source, file_name, total,
                                   created_by_type, created_by_id, idempotency_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     returning ${batchColumns}`,
    [
      scope.agencyId,
      batch.id,
      batch.documentTypeId,
      batch.source,
      batch.fileName,
      batch.total,
      batch.createdBy.type,
      batch.createdBy.id,
      idempotencyKey,
    ],
  );
  return toBatch(rows[0]!);
}

export interface NewBatchItem {
  position: number;
  sourceLine: number | null;
  holderName: string;
  nationalIdSealed: string | null;
  data: Record<string, string>;
  courses: TranscriptCourse[] | null;
  idempotencyKey: string;
}

const INSERT_ROWS_AT_ONCE = 500;

/** Stores a batch's rows, a few hundred per statement, each statement one JSON parameter. */
export async function insertBatchItems(
  scope: AgencyScope,
  batchId: string,
  items: readonly NewBatchItem[],
): Promise<void> {
  for (let start = 0; start < items.length; start += INSERT_ROWS_AT_ONCE) {
    const rows = items.slice(start, start + INSERT_ROWS_AT_ONCE).map((item) => ({
      position: item.position,
      source_line: item.sourceLine,
      holder_name: item.holderName,
      national_id_sealed: item.nationalIdSealed,
      data: item.data,
      courses: item.courses,
      idempotency_key: item.idempotencyKey,
    }));
    await scope.tx.query(
      `insert into document_batch_items (agency_id, batch_id, position, source_line, holder_name,
                                         national_id_sealed, data, courses, idempotency_key)
       select $1, $2, item.position, item.source_line, item.holder_name, item.national_id_sealed,
              item.data, item.courses, item.idempotency_key
         from jsonb_to_recordset($3::jsonb) as item(position integer, source_line integer,
              holder_name text, national_id_sealed text, data jsonb, courses jsonb,
              idempotency_key text)`,
      [scope.agencyId, batchId, JSON.stringify(rows)],
    );
  }
}

export async function selectBatch(scope: AgencyScope, id: string): Promise<DocumentBatch | null> {
  const { rows } = await scope.tx.query<BatchRow>(
    `select ${batchColumns} from document_batches where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
  return rows[0] ? toBatch(rows[0]) : null;
}

export async function selectBatchByIdempotencyKey(
  scope: AgencyScope,
  idempotencyKey: string,
): Promise<DocumentBatch | null> {
  const { rows } = await scope.tx.query<BatchRow>(
    `select ${batchColumns} from document_batches where agency_id = $1 and idempotency_key = $2`,
    [scope.agencyId, idempotencyKey],
  );
  return rows[0] ? toBatch(rows[0]) : null;
}

export async function selectRecentBatches(
  scope: AgencyScope,
  limit: number,
): Promise<DocumentBatch[]> {
  const { rows } = await scope.tx.query<BatchRow>(
    `select ${batchColumns} from document_batches where agency_id = $1
      order by created_at desc, id desc limit $2`,
    [scope.agencyId, limit],
  );
  return rows.map(toBatch);
}

interface ItemRow {
  position: number;
  source_line: number | null;
  holder_name: string;
  national_id_sealed: string | null;
  data: Record<string, string>;
  courses: TranscriptCourse[] | null;
  idempotency_key: string;
  status: BatchItem["status"];
  document_id: string | null;
  errors: RowProblem[];
}

const itemColumns = `position, source_line, holder_name, national_id_sealed, data, courses,
  idempotency_key, status, document_id, errors`;

function toItem(row: ItemRow): BatchItem {
  return {
    position: row.position,
    sourceLine: row.source_line,
    holderName: row.holder_name,
    nationalIdSealed: row.national_id_sealed,
    data: row.data,
    courses: row.courses,
    idempotencyKey: row.idempotency_key,
    status: row.status,
    documentId: row.document_id,
    errors: row.errors,
  };
}

/** The rows of one chunk still to issue, in order. */
export async function selectPendingItems(
  scope: AgencyScope,
  batchId: string,
  range: { from: number; to: number },
): Promise<BatchItem[]> {
  const { rows } = await scope.tx.query<ItemRow>(
    `select ${itemColumns} from document_batch_items
      where agency_id = $1 and batch_id = $2 and position >= $3 and position < $4
        and status = 'pending'
      order by position`,
    [scope.agencyId, batchId, range.from, range.to],
  );
  return rows.map(toItem);
}

export async function selectFailedItems(
  scope: AgencyScope,
  batchId: string,
  limit: number,
): Promise<BatchItem[]> {
  const { rows } = await scope.tx.query<ItemRow>(
    `select ${itemColumns} from document_batch_items
      where agency_id = $1 and batch_id = $2 and status = 'failed'
      order by position limit $3`,
    [scope.agencyId, batchId, limit],
  );
  return rows.map(toItem);
}

export type ItemOutcome =
  { status: "issued"; documentId: string } | { status: "failed"; errors: RowProblem[] };

/**
 * Records a row's outcome once: a row already settled (by an earlier run of
 * the same job) is left as it is, and the batch's counters move only when the
 * row did. The holder's sealed national ID is dropped either way.
 */
export async function settleItem(
  scope: AgencyScope,
  batchId: string,
  position: number,
  outcome: ItemOutcome,
): Promise<boolean> {
  const result = await scope.tx.query(
    `update document_batch_items
        set status = $4, document_id = $5, errors = $6, national_id_sealed = null,
            processed_at = now()
      where agency_id = $1 and batch_id = $2 and position = $3 and status = 'pending'`,
    [
      scope.agencyId,
      batchId,
      position,
      outcome.status,
      outcome.status === "issued" ? outcome.documentId : null,
      JSON.stringify(outcome.status === "failed" ? outcome.errors : []),
    ],
  );
  if ((result.rowCount ?? 0) === 0) return false;
  await scope.tx.query(
    `update document_batches
        set issued = issued + $3, failed = failed + $4, updated_at = now()
      where agency_id = $1 and id = $2`,
    [
      scope.agencyId,
      batchId,
      outcome.status === "issued" ? 1 : 0,
      outcome.status === "failed" ? 1 : 0,
    ],
  );
  return true;
}

export async function markBatchRunning(scope: AgencyScope, batchId: string): Promise<void> {
  await scope.tx.query(
    `update document_batches set status = 'running', started_at = now(), updated_at = now()
      where agency_id = $1 and id = $2 and status = 'queued'`,
    [scope.agencyId, batchId],
  );
}

/**
 * Marks the batch done when no row is left pending; true only for the call
 * that did. Each chunk asks after its own rows are committed, so whichever
 * finishes last sees every row settled.
 */
export async function finishBatchIfComplete(
  scope: AgencyScope,
  batchId: string,
): Promise<DocumentBatch | null> {
  const { rows } = await scope.tx.query<BatchRow>(
    `update document_batches
        set status = 'done', finished_at = now(), updated_at = now()
      where agency_id = $1 and id = $2 and status <> 'done'
        and not exists (select 1 from document_batch_items
                         where agency_id = $1 and batch_id = $2 and status = 'pending')
      returning ${batchColumns}`,
    [scope.agencyId, batchId],
  );
  return rows[0] ? toBatch(rows[0]) : null;
}
