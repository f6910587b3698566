import { createRoute, z } from "@hono/zod-openapi";

import { listAgencyPublicKeys } from "@/core/crypto/signing-keys";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { selectAgencyByCode } from "@/modules/agencies";
import { answersJsonSchema, getPublishedService } from "@/modules/services";

import { verifyReceipt } from "../receipts";
import { ReferenceSchema, StatusCodeSchema } from "../schema";
import { lookUpStatus } from "../track";

export const publicApiRoutes = createRouter();

/** Guessing codes must be slow: a few tries a minute per client. */
const statusLookupLimit = rateLimit({
  name: "status-lookup",
  limit: (c) => c.get("config").security.signInRateLimitPerMinute,
  key: rateLimitKey,
});

const StatusSchema = z
  .object({
    reference: z.string(),
    status: z.string(),
    submittedAt: z.string().openapi({ format: "date-time" }),
    dueAt: z.string().openapi({ format: "date-time" }),
    isClockPaused: z.boolean(),
    service: z.object({ id: z.string(), name: z.object({ th: z.string(), en: z.string() }) }),
    agency: z.object({ code: z.string(), name: z.object({ th: z.string(), en: z.string() }) }),
    timeline: z.array(z.object({ kind: z.string(), occurredAt: z.string() })),
  })
  .openapi("PublicStatus");

publicApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/status-lookups",
    tags: ["Applications"],
    summary: "Where an application stands, by reference number and the code on its receipt",
    description: "No sign-in needed. Shows the status and dates only, never the answers.",
    middleware: [statusLookupLimit] as const,
    request: {
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({ reference: ReferenceSchema, statusCode: StatusCodeSchema }),
          },
        },
      },
    },
    responses: {
      200: { description: "The status", content: { "application/json": { schema: StatusSchema } } },
      400: problemResponse("The reference or code is not in the right form"),
      404: problemResponse("No application has this reference and code"),
      429: problemResponse("Too many tries; wait a minute"),
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const status = await lookUpStatus({
      db: c.get("db"),
      secrets: c.get("secrets"),
      reference: body.reference,
      statusCode: body.statusCode,
    });
    return c.json(
      {
        reference: status.reference,
        status: status.status,
        submittedAt: status.submittedAt.toISOString(),
        dueAt: status.dueAt.toISOString(),
        isClockPaused: status.isClockPaused,
        service: { id: status.service.id, name: status.service.definition.name },
        agency: {
          code: status.service.agency.code,
          name: { th: status.service.agency.nameTh, en: status.service.agency.nameEn },
        },
        timeline: status.timeline.map((event) => ({
          kind: event.kind,
          occurredAt: event.occurredAt.toISOString(),
        })),
      },
      200,
    );
  },
);

publicApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/receipts/verify",
    tags: ["Applications"],
    summary: "Check an acknowledgment receipt's signature (anyone may ask)",
    request: {
      body: {
        required: true,
        content: {
          "application/json": { schema: z.object({ receipt: z.string().min(1).max(1_000_000) }) },
        },
      },
    },
    responses: {
      200: {
        description: "Whether the receipt is authentic and unchanged, and what it says if so",
        content: {
          "application/json": {
            schema: z.object({
              verified: z.boolean(),
              reason: z.string().optional(),
              receipt: z.record(z.string(), z.unknown()).optional(),
              signedBy: z.object({ agencyCode: z.string(), kid: z.string() }).optional(),
            }),
          },
        },
      },
      400: problemResponse("The body is not valid"),
    },
  }),
  async (c) => {
    const db = c.get("db");
    const result = await verifyReceipt({
      db,
      jws: c.req.valid("json").receipt.trim(),
      agencyIdOfCode: async (code) => (await selectAgencyByCode(db, code))?.id ?? null,
    });
    if (!result.isValid) return c.json({ verified: false, reason: result.reason }, 200);
    return c.json(
      {
        verified: true,
        receipt: result.payload,
        signedBy: { agencyCode: result.payload.agency.code, kid: result.signedBy.kid },
      },
      200,
    );
  },
);

publicApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/signing-keys",
    tags: ["Applications"],
    summary: "The agency's public signing keys (JWKS), retired ones included",
    request: { params: z.object({ code: z.string() }) },
    responses: {
      200: {
        description: "A JSON Web Key Set",
        content: {
          "application/json": {
            schema: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }),
          },
        },
      },
      404: problemResponse("No such agency"),
    },
  }),
  async (c) => {
    const db = c.get("db");
    const agency = await selectAgencyByCode(db, c.req.valid("param").code.toUpperCase());
    if (!agency) throw new AppError("not_found", "There is no agency with this code.");
    const keys = await listAgencyPublicKeys({ db, agencyId: agency.id });
    c.header("Cache-Control", "public, max-age=300");
    return c.json({ keys: keys.map((key) => ({ ...key.jwk })) }, 200);
  },
);

publicApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/services/{serviceId}/answers.schema.json",
    tags: ["Applications"],
    summary: "The JSON Schema of the answers the service's current form takes",
    description:
      "Which answers are required can depend on other answers; the server decides and names every problem.",
    request: { params: z.object({ serviceId: z.string().min(1).max(80) }) },
    responses: {
      200: {
        description: "A JSON Schema (2020-12)",
        content: { "application/schema+json": { schema: z.record(z.string(), z.unknown()) } },
      },
      404: problemResponse("No published service with an online form has this id"),
    },
  }),
  async (c) => {
    const service = await getPublishedService({
      db: c.get("db"),
      serviceId: c.req.valid("param").serviceId,
    });
    if (!service.definition.form) {
      throw new AppError("not_found", "This service has no online form.");
    }
    return c.json(
      {
        $id: `/api/v1/services/${service.id}/answers.schema.json?version=${service.version}`,
        ...answersJsonSchema(service.definition.form),
      },
      200,
      { "content-type": "application/schema+json" },
    );
  },
);
