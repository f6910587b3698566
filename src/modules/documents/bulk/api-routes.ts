import { createRoute, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { type AgencyAccessEnv, requireAgencyMember } from "@/modules/console";

import { createDocumentBatch } from "./create-document-batch";
import { issueRequestedDocument } from "./issue-requested-document";
import { normaliseItem } from "./item-problems";
import {
  BatchSchema,
  BatchWithErrorsSchema,
  IssuedDocumentSchema,
  presentBatch,
  presentIssuedDocument,
  presentRowErrors,
} from "./present-batch";
import { getDocumentBatch, listDocumentBatches } from "./read-batches";
import { requestProblems } from "./request-problems";
import {
  ClientIdempotencyKeySchema,
  CreateBatchBodySchema,
  IssueDocumentBodySchema,
  MAX_BATCH_ITEMS,
} from "./schema";

export const documentBatchApiRoutes = createRouter();

const security = [{ bearer: [] }];
const codeParam = z.object({ code: z.string() });
/** 5,000 transcripts with their courses come to some tens of megabytes; more is refused unread. */
const MAX_BATCH_BYTES = 40 * 1024 * 1024;

const limitBody = (maxSize: number): MiddlewareHandler<AgencyAccessEnv> =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(
        "payload_too_large",
        `The request body is larger than ${Math.round(maxSize / 1024 / 1024)} MB.`,
      );
    },
  });

/** Structural problems of the body in Thai and English, before any row is looked at. */
function refuseInvalidBody(result: { success: boolean; error?: z.ZodError }): undefined {
  if (!result.success && result.error) {
    throw new AppError("validation_failed", "The request is not valid; nothing was queued.", {
      fields: requestProblems(result.error.issues),
    });
  }
  return undefined;
}

const notMember = problemResponse(
  "No such agency, or the caller is not one of its members (the same answer, so nothing leaks)",
);

function contextOf(c: Pick<Context<AppEnv>, "get">, agencyCode: string) {
  return { publicUrl: c.get("config").server.publicUrl, agencyCode };
}

documentBatchApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/documents/batches",
    tags: ["Documents"],
    summary: `Issue up to ${MAX_BATCH_ITEMS.toLocaleString("en")} documents of one type in the background`,
    description: `Every row is checked first: if any is wrong the answer is 400 with each problem at \`items.N.field\` in Thai and English, and nothing is queued. Otherwise the batch is queued (202) and issued by the worker in chunks; follow \`statusUrl\`. A row without its own \`idempotencyKey\` is keyed by batch and row, so no row is ever issued twice. For a document type of kind \`transcript\`, each item carries its \`courses\`; the PDF then carries them as \`transcript.xml\`. An \`Idempotency-Key\` header makes the request itself safe to repeat.`,
    security,
    middleware: [requireAgencyMember, limitBody(MAX_BATCH_BYTES)] as const,
    request: {
      params: codeParam,
      headers: z.object({ "idempotency-key": ClientIdempotencyKeySchema.optional() }),
      body: { required: true, content: { "application/json": { schema: CreateBatchBodySchema } } },
    },
    responses: {
      202: {
        description: "Queued; the batch and where to follow it",
        content: { "application/json": { schema: BatchSchema } },
      },
      400: problemResponse("Some rows are not valid; each problem is named and nothing was queued"),
      401: problemResponse("Not signed in"),
      403: problemResponse(
        "An officer who is not an administrator, or a key without documents:issue",
      ),
      404: notMember,
      413: problemResponse("The body is too large"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const body = c.req.valid("json");
    const { batch } = await createDocumentBatch({
      db: c.get("db"),
      secrets: c.get("secrets"),
      actor,
      agencyId: agency.id,
      documentTypeCode: body.documentType,
      items: body.items.map(normaliseItem),
      source: "api",
      idempotencyKey: c.req.valid("header")["idempotency-key"] ?? null,
      requestId: c.get("requestId"),
    });
    const view = await getDocumentBatch({
      db: c.get("db"),
      actor,
      agencyId: agency.id,
      batchId: batch.id,
      errorLimit: 0,
    });
    const presented = presentBatch(view, contextOf(c, agency.code));
    c.header("Location", presented.statusUrl);
    return c.json(presented, 202);
  },
  refuseInvalidBody,
);

documentBatchApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/documents/batches",
    tags: ["Documents"],
    summary: "The agency's latest batches with their progress",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: codeParam },
    responses: {
      200: {
        description: "Newest first, at most 50",
        content: { "application/json": { schema: z.object({ items: z.array(BatchSchema) }) } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("A key without documents:issue"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const views = await listDocumentBatches({ db: c.get("db"), actor, agencyId: agency.id });
    const context = contextOf(c, agency.code);
    return c.json({ items: views.map((view) => presentBatch(view, context)) }, 200);
  },
);

documentBatchApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/documents/batches/{batchId}",
    tags: ["Documents"],
    summary: "A batch's progress, with the problems of its failed rows",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: codeParam.extend({ batchId: z.string() }) },
    responses: {
      200: {
        description: "Counts, status and row errors",
        content: { "application/json": { schema: BatchWithErrorsSchema } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("A key without documents:issue"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const batchId = z.uuid().safeParse(c.req.valid("param").batchId);
    if (!batchId.success) throw new AppError("not_found", "There is no such batch.");
    const view = await getDocumentBatch({
      db: c.get("db"),
      actor,
      agencyId: agency.id,
      batchId: batchId.data,
    });
    return c.json(
      { ...presentBatch(view, contextOf(c, agency.code)), errors: presentRowErrors(view.errors) },
      200,
    );
  },
);

documentBatchApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/documents",
    tags: ["Documents"],
    summary: "Issue one document now",
    description:
      "Renders, signs and stores the document before answering 201. The `Idempotency-Key` header is required: the same key again answers 200 with the document issued the first time, and 409 if the data differ. A transcript carries its `courses`.",
    security,
    middleware: [requireAgencyMember, limitBody(2 * 1024 * 1024)] as const,
    request: {
      params: codeParam,
      headers: z.object({ "idempotency-key": ClientIdempotencyKeySchema }),
      body: {
        required: true,
        content: { "application/json": { schema: IssueDocumentBodySchema } },
      },
    },
    responses: {
      200: {
        description: "Issued before under this key",
        content: { "application/json": { schema: IssuedDocumentSchema } },
      },
      201: {
        description: "Issued",
        content: { "application/json": { schema: IssuedDocumentSchema } },
      },
      400: problemResponse("The data do not fit the document type; each problem is named"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A viewer, or a key without documents:issue"),
      404: notMember,
      409: problemResponse("The key was used for a document with other data"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const body = c.req.valid("json");
    const outcome = await issueRequestedDocument({
      db: c.get("db"),
      secrets: c.get("secrets"),
      config: c.get("config"),
      actor,
      agency,
      documentTypeCode: body.documentType,
      item: normaliseItem(body),
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      locale: body.locale,
      requestId: c.get("requestId"),
    });
    const presented = presentIssuedDocument(outcome.document, {
      publicUrl: c.get("config").server.publicUrl,
    });
    return outcome.isNew ? c.json(presented, 201) : c.json(presented, 200);
  },
  refuseInvalidBody,
);
