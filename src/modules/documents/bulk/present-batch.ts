import { z } from "@hono/zod-openapi";

import { verifyUrlOf } from "../issuance-steps";
import type { IssuedDocument } from "../schema";
import type { BatchView } from "./read-batches";
import { type BatchRowError, batchSources, batchStatuses } from "./schema";

function base(publicUrl: string): string {
  return publicUrl.replace(/\/$/, "");
}

export function batchPath(agencyCode: string, batchId: string): string {
  return `/api/v1/agencies/${agencyCode}/documents/batches/${batchId}`;
}

const Bilingual = z.object({ th: z.string(), en: z.string() });

export const BatchRowErrorSchema = z
  .object({
    row: z.number().int().openapi({
      description:
        "The item's index in `items` (from 0) for a batch sent through the API; the CSV line (the header is line 1) for an upload",
    }),
    field: z.string().openapi({ example: "data.gpa" }),
    code: z.string().openapi({ example: "invalid_number" }),
    messages: Bilingual,
  })
  .openapi("DocumentBatchRowError");

export const BatchSchema = z
  .object({
    id: z.uuid(),
    documentType: z.string().nullable(),
    source: z.enum(batchSources),
    fileName: z.string().nullable(),
    status: z.enum(batchStatuses),
    total: z.number().int(),
    issued: z.number().int(),
    failed: z.number().int(),
    pending: z.number().int(),
    createdAt: z.string().openapi({ format: "date-time" }),
    startedAt: z.string().nullable().openapi({ format: "date-time" }),
    finishedAt: z.string().nullable().openapi({ format: "date-time" }),
    statusUrl: z.string().openapi({ description: "Where to follow the batch's progress" }),
  })
  .openapi("DocumentBatch");

export const BatchWithErrorsSchema = BatchSchema.extend({
  errors: z.array(BatchRowErrorSchema),
}).openapi("DocumentBatchProgress");

export function presentBatch(view: BatchView, context: { publicUrl: string; agencyCode: string }) {
  const { batch } = view;
  return {
    id: batch.id,
    documentType: view.documentType?.code ?? null,
    source: batch.source,
    fileName: batch.fileName,
    status: batch.status,
    total: batch.total,
    issued: batch.issued,
    failed: batch.failed,
    pending: batch.total - batch.issued - batch.failed,
    createdAt: batch.createdAt.toISOString(),
    startedAt: batch.startedAt?.toISOString() ?? null,
    finishedAt: batch.finishedAt?.toISOString() ?? null,
    statusUrl: `${base(context.publicUrl)}${batchPath(context.agencyCode, batch.id)}`,
  };
}

export function presentRowErrors(errors: readonly BatchRowError[]) {
  return errors.map(({ row, field, code, messages }) => ({ row, field, code, messages }));
}

export const IssuedDocumentSchema = z
  .object({
    id: z.uuid(),
    number: z.string().openapi({ example: "CMU-2569-000042" }),
    verifyCode: z.string().openapi({ example: "7K2M9QX4TB" }),
    verifyUrl: z.string().openapi({ description: "The short link printed in the QR code" }),
    status: z.enum(["active", "suspended", "revoked"]),
    issuedAt: z.string().openapi({ format: "date-time" }),
    validUntil: z.string().nullable().openapi({ format: "date-time" }),
    credential: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The signed W3C verifiable credential, as the PDF carries it" }),
    links: z.object({
      verify: z.string().openapi({ description: "The public page that checks the document" }),
    }),
  })
  .openapi("IssuedDocumentSummary");

export function presentIssuedDocument(document: IssuedDocument, context: { publicUrl: string }) {
  const verifyUrl = verifyUrlOf(context.publicUrl, document.verifyCode);
  return {
    id: document.id,
    number: document.number,
    verifyCode: document.verifyCode,
    verifyUrl,
    status: document.status,
    issuedAt: document.issuedAt.toISOString(),
    validUntil: document.validUntil?.toISOString() ?? null,
    credential: document.credential,
    links: { verify: verifyUrl },
  };
}
