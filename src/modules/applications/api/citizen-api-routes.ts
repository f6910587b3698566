import { createRoute, z } from "@hono/zod-openapi";

import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";

import { amendApplication, rateApplication } from "../applicant-actions";
import { presentApplication } from "../present-application";
import {
  ApplicationSchema,
  IdempotencyKeySchema,
  ReceiptSchema,
  SubmitApplicationBodySchema,
} from "../schema";
import { formatStatusCode } from "../status-codes";
import { submitApplication } from "../submit-application";
import { getOwnApplication } from "../track";
import { applicationGate, applicationOrStaffView, receiptOf } from "./shared";

export const citizenApiRoutes = createRouter();

const security = [{ bearer: [] }];
const serviceParams = z.object({ serviceId: z.string().min(1).max(80) });
const applicationParams = z.object({ applicationId: z.uuid() });
const answersProblem = problemResponse(
  "Answers that need correcting: every problem is named by its field, in Thai and English",
);

citizenApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/services/{serviceId}/applications",
    tags: ["Applications"],
    summary: "Submit an application; answers with the application and its signed receipt",
    description:
      "The `Idempotency-Key` header makes retries safe: the same key with the same body returns the same application and receipt (with `Idempotent-Replayed: true`); the same key with another body is refused with 409.",
    security,
    request: {
      params: serviceParams,
      headers: z.object({ "idempotency-key": IdempotencyKeySchema }),
      body: {
        required: true,
        content: { "application/json": { schema: SubmitApplicationBodySchema } },
      },
    },
    responses: {
      201: {
        description: "Received: the application and its acknowledgment receipt",
        content: {
          "application/json": {
            schema: z.object({ application: ApplicationSchema, receipt: ReceiptSchema }),
          },
        },
      },
      400: answersProblem,
      401: problemResponse("Not signed in"),
      403: problemResponse("The sign-in's assurance level is below what the service requires"),
      404: problemResponse("No published service has this id"),
      409: problemResponse(
        "Answers for an outdated version, a service not offered online, or an idempotency key reused with another body",
      ),
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const submission = await submitApplication({
      db: c.get("db"),
      secrets: c.get("secrets"),
      actor: c.get("actor"),
      serviceId: c.req.valid("param").serviceId,
      serviceVersion: body.serviceVersion,
      answers: body.answers,
      draftId: body.draftId,
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      locale: c.get("locale"),
      requestId: c.get("requestId"),
    });
    if (submission.isReplay) c.header("Idempotent-Replayed", "true");
    // A new submission is presented from what was just written; a replay is read back.
    const view =
      submission.service && submission.attachments
        ? presentApplication({
            application: submission.application,
            service: submission.service,
            events: [
              {
                id: submission.application.id,
                kind: "submitted",
                actorType: "citizen",
                actorId: submission.application.citizenId,
                isVisibleToApplicant: true,
                details: { reference: submission.application.reference },
                occurredAt: submission.application.submittedAt,
              },
            ],
            attachments: submission.attachments,
            rating: null,
            dataSources: submission.dataSources ?? [],
          })
        : (
            await getOwnApplication({
              db: c.get("db"),
              actor: c.get("actor"),
              applicationId: submission.application.id,
            })
          ).view;
    return c.json(
      {
        application: view,
        receipt: {
          jws: submission.receipt.jws,
          payload: submission.receipt.payload,
          statusCode: formatStatusCode(
            c.get("secrets").open(submission.application.statusCodeSealed),
          ),
        },
      },
      201,
    );
  },
);

citizenApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/applications/{applicationId}",
    tags: ["Applications"],
    summary:
      "An application: the applicant's own, or one of the agency's for its staff and systems",
    security,
    middleware: [applicationGate] as const,
    request: { params: applicationParams },
    responses: {
      200: {
        description: "The application",
        content: { "application/json": { schema: ApplicationSchema } },
      },
      401: problemResponse("Not signed in"),
      404: problemResponse("No such application visible to the caller"),
    },
  }),
  async (c) => c.json(await applicationOrStaffView(c, c.req.valid("param").applicationId), 200),
);

citizenApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/applications/{applicationId}/receipt",
    tags: ["Applications"],
    summary: "The acknowledgment receipt: the latest, signed by the agency (JWS)",
    security,
    middleware: [applicationGate] as const,
    request: { params: applicationParams },
    responses: {
      200: {
        description: "The receipt",
        content: { "application/json": { schema: ReceiptSchema } },
      },
      401: problemResponse("Not signed in"),
      404: problemResponse("No such application of the caller's"),
    },
  }),
  async (c) => c.json(await receiptOf(c, c.req.valid("param").applicationId), 200),
);

citizenApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/applications/{applicationId}/amend",
    tags: ["Applications"],
    summary: "Answer the agency's request for more information with amended answers",
    security,
    middleware: [applicationGate] as const,
    request: {
      params: applicationParams,
      body: {
        required: true,
        content: {
          "application/json": { schema: z.object({ answers: z.record(z.string(), z.unknown()) }) },
        },
      },
    },
    responses: {
      200: {
        description: "Amended: the application and the new receipt",
        content: {
          "application/json": {
            schema: z.object({ application: ApplicationSchema, receipt: ReceiptSchema }),
          },
        },
      },
      400: answersProblem,
      401: problemResponse("Not signed in"),
      404: problemResponse("No such application of the caller's"),
      409: problemResponse("The agency has not asked for more information"),
    },
  }),
  async (c) => {
    const { applicationId } = c.req.valid("param");
    const amended = await amendApplication({
      db: c.get("db"),
      secrets: c.get("secrets"),
      actor: c.get("actor"),
      applicationId,
      answers: c.req.valid("json").answers,
      locale: c.get("locale"),
      requestId: c.get("requestId"),
    });
    return c.json(
      {
        application: await applicationOrStaffView(c, applicationId),
        receipt: {
          ...amended.receipt,
          statusCode: formatStatusCode(c.get("secrets").open(amended.application.statusCodeSealed)),
        },
      },
      200,
    );
  },
);

citizenApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/applications/{applicationId}/rating",
    tags: ["Applications"],
    summary: "Rate a decided application, 1 to 5, once",
    security,
    middleware: [applicationGate] as const,
    request: {
      params: applicationParams,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({
              score: z.number().int().min(1).max(5),
              comment: z.string().trim().max(2000).nullable().optional(),
            }),
          },
        },
      },
    },
    responses: {
      204: { description: "Thank you" },
      400: problemResponse("The score is not 1 to 5"),
      401: problemResponse("Not signed in"),
      404: problemResponse("No such application of the caller's"),
      409: problemResponse("Not decided yet, or already rated"),
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    await rateApplication({
      db: c.get("db"),
      actor: c.get("actor"),
      applicationId: c.req.valid("param").applicationId,
      score: body.score,
      comment: body.comment ? body.comment : null,
      requestId: c.get("requestId"),
    });
    return c.body(null, 204);
  },
);
