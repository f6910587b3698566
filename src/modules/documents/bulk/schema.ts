import { z } from "@hono/zod-openapi";

import { MAX_COURSES, type TranscriptCourse, TranscriptCourseSchema } from "../transcripts";

export const MAX_BATCH_ITEMS = 5000;
/** Rows one job issues before the next job takes over: a worker never holds a batch for long. */
export const BATCH_CHUNK_SIZE = 50;

export const batchStatuses = ["queued", "running", "done"] as const;
export type BatchStatus = (typeof batchStatuses)[number];
export const batchSources = ["api", "csv"] as const;
export type BatchSource = (typeof batchSources)[number];

const ClientKey = z
  .string()
  .min(1)
  .max(150)
  .regex(/^[\x21-\x7E]+$/, "printable ASCII without spaces");

export const HolderSchema = z
  .object({
    nationalId: z
      .string()
      .max(30)
      .nullish()
      .openapi({ description: "13-digit citizen ID; the document then shows in their account" }),
    name: z.string().max(300).openapi({ example: "นางสาวอารีรัตน์ แก้วมณี" }),
  })
  .strict()
  .openapi("DocumentHolder");

const DataSchema = z
  .record(z.string().max(40), z.union([z.string().max(2000), z.number()]))
  .openapi({
    description: "Field values by the document type's field keys; dates as YYYY-MM-DD",
    example: { studentId: "600610001", gpa: "3.52" },
  });

export const BatchItemSchema = z
  .object({
    holder: HolderSchema,
    data: DataSchema,
    courses: z.array(TranscriptCourseSchema).max(MAX_COURSES).optional().openapi({
      description: "A transcript's courses (document types of kind transcript only)",
    }),
    idempotencyKey: ClientKey.optional().openapi({
      description:
        "The client's own key for this document: sending it again, in any batch or to the single-document endpoint, finds the document issued the first time",
    }),
  })
  .strict()
  .openapi("DocumentBatchItem");

export const CreateBatchBodySchema = z
  .object({
    documentType: z.string().max(60).openapi({ example: "transcript" }),
    items: z.array(BatchItemSchema).min(1).max(MAX_BATCH_ITEMS),
  })
  .strict()
  .openapi("DocumentBatchRequest");

export const IssueDocumentBodySchema = z
  .object({
    documentType: z.string().max(60),
    holder: HolderSchema,
    data: DataSchema,
    courses: z.array(TranscriptCourseSchema).max(MAX_COURSES).optional(),
    locale: z.enum(["th", "en"]).optional(),
  })
  .strict()
  .openapi("IssueDocumentRequest");

export { ClientKey as ClientIdempotencyKeySchema };

/** One row to issue, from the API or a CSV, with values as text. */
export interface BatchItemInput {
  holder: { nationalId: string | null; name: string };
  data: Record<string, string>;
  courses?: TranscriptCourse[] | undefined;
  idempotencyKey?: string | undefined;
  /** Where the row starts in an uploaded CSV (the header is line 1). */
  sourceLine?: number | undefined;
}

/** What went wrong with one field of one row, in both languages. */
export interface RowProblem {
  field: string;
  code: string;
  messages: { th: string; en: string };
}

export interface BatchCreator {
  type: "officer" | "api_key";
  id: string;
}

export interface DocumentBatch {
  id: string;
  agencyId: string;
  documentTypeId: string;
  source: BatchSource;
  fileName: string | null;
  total: number;
  issued: number;
  failed: number;
  status: BatchStatus;
  createdBy: BatchCreator;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface BatchItem {
  position: number;
  sourceLine: number | null;
  holderName: string;
  nationalIdSealed: string | null;
  data: Record<string, string>;
  courses: TranscriptCourse[] | null;
  idempotencyKey: string;
  status: "pending" | "issued" | "failed";
  documentId: string | null;
  errors: RowProblem[];
}

/** A failed row's problem as the API and the console show it. */
export interface BatchRowError extends RowProblem {
  /** The item's index in `items` (from 0) for the API; the CSV line for an upload. */
  row: number;
  holderName: string;
}
