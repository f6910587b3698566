import { createRoute, z } from "@hono/zod-openapi";

import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { requireAgencyMember } from "@/modules/console";

import { exportApplications } from "../export-applications";
import { listInbox } from "../inbox";
import {
  addInternalNote,
  claimApplication,
  decideApplication,
  requestInformation,
} from "../officer-actions";
import { applicationStatuses } from "../schema";
import { applicationGate, applicationOrStaffView, staffAgencyOf } from "./shared";

export const staffApiRoutes = createRouter();

const security = [{ bearer: [] }];
const applicationParams = z.object({ applicationId: z.uuid() });

const InboxQuerySchema = z.object({
  status: z.enum([...applicationStatuses, "open", "all"]).optional(),
  service: z.string().max(80).optional(),
  assignee: z.enum(["me", "unclaimed", "all"]).optional(),
  overdue: z.enum(["true", "false"]).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

const InboxItemSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    serviceId: z.string(),
    serviceVersion: z.number().int(),
    serviceName: z.object({ th: z.string(), en: z.string() }),
    status: z.enum(applicationStatuses),
    submittedAt: z.string().openapi({ format: "date-time" }),
    dueAt: z.string().openapi({ format: "date-time" }),
    isOverdue: z.boolean(),
    isClockPaused: z.boolean(),
    claimedBy: z.string().nullable(),
    claimedByName: z.string().nullable(),
  })
  .openapi("InboxItem");

function inboxFilter(query: z.infer<typeof InboxQuerySchema>) {
  return {
    status: query.status,
    serviceId: query.service,
    assignee: query.assignee,
    isOverdueOnly: query.overdue === "true",
    submittedSince: query.since ? new Date(query.since) : undefined,
    limit: query.limit,
    offset: query.offset,
  };
}

function presentInbox(result: Awaited<ReturnType<typeof listInbox>>) {
  return {
    total: result.total,
    items: result.items.map(({ application, service, claimedByName, isOverdue }) => ({
      id: application.id,
      reference: application.reference,
      serviceId: application.serviceId,
      serviceVersion: application.serviceVersion,
      serviceName: service.definition.name,
      status: application.status,
      submittedAt: application.submittedAt.toISOString(),
      dueAt: application.dueAt.toISOString(),
      isOverdue,
      isClockPaused: application.pausedSince !== null,
      claimedBy: application.claimedBy,
      claimedByName,
    })),
  };
}

const InboxResponse = {
  description: "Applications, due soonest first",
  content: {
    "application/json": {
      schema: z.object({ total: z.number().int(), items: z.array(InboxItemSchema) }),
    },
  },
};

staffApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/inbox",
    tags: ["Officer inbox"],
    summary: "The caller's agency's queue, ordered by due time",
    security,
    request: { query: InboxQuerySchema },
    responses: {
      200: InboxResponse,
      401: problemResponse("Not signed in"),
      403: problemResponse("Not staff of one chosen agency"),
    },
  }),
  async (c) => {
    const staff = await staffAgencyOf(c);
    const result = await listInbox({
      db: c.get("db"),
      ...staff,
      filter: inboxFilter(c.req.valid("query")),
    });
    return c.json(presentInbox(result), 200);
  },
);

staffApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/applications",
    tags: ["Agency systems"],
    summary: "The agency's applications, for its own systems (API key with applications:read)",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: z.object({ code: z.string() }), query: InboxQuerySchema },
    responses: {
      200: InboxResponse,
      401: problemResponse("Not signed in"),
      403: problemResponse("The key lacks the applications:read scope"),
      404: problemResponse("No such agency, or the caller is not one of its members"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const result = await listInbox({
      db: c.get("db"),
      actor,
      agencyId: agency.id,
      filter: inboxFilter(c.req.valid("query")),
    });
    return c.json(presentInbox(result), 200);
  },
);

staffApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/applications/export",
    tags: ["Agency systems"],
    summary: "Export the agency's applications with their answers, as JSON Lines or CSV",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: z.object({ code: z.string() }),
      query: InboxQuerySchema.extend({ format: z.enum(["jsonl", "csv"]).default("jsonl") }),
    },
    responses: {
      200: {
        description: "One application per line (JSON Lines), or one per row (CSV, UTF-8 with BOM)",
        content: {
          "application/x-ndjson": { schema: z.string() },
          "text/csv": { schema: z.string() },
        },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("The key lacks the applications:read scope"),
      404: problemResponse("No such agency, or the caller is not one of its members"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const query = c.req.valid("query");
    const exported = await exportApplications({
      db: c.get("db"),
      actor,
      agencyId: agency.id,
      filter: { ...inboxFilter(query), status: query.status ?? "all" },
      format: query.format,
      requestId: c.get("requestId"),
    });
    return c.body(exported.body, 200, {
      "content-type": exported.contentType,
      "content-disposition": `attachment; filename="${agency.code}-applications.${query.format}"`,
    });
  },
);

const actionResponses = (ok: string) => ({
  200: {
    description: ok,
    content: {
      "application/json": {
        schema: z.object({ id: z.uuid(), status: z.enum(applicationStatuses) }),
      },
    },
  },
  400: problemResponse("The request is not valid"),
  401: problemResponse("Not signed in"),
  403: problemResponse("The caller's role or key may not do this"),
  404: problemResponse("No such application in the caller's agency"),
  409: problemResponse("Not possible in the application's state; the reason is given"),
});

staffApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/applications/{applicationId}/claim",
    tags: ["Officer inbox"],
    summary: "Take the application into review, or assign it to a colleague",
    security,
    middleware: [applicationGate] as const,
    request: {
      params: applicationParams,
      body: {
        required: false,
        content: { "application/json": { schema: z.object({ assignTo: z.uuid().optional() }) } },
      },
    },
    responses: actionResponses("Claimed"),
  }),
  async (c) => {
    const staff = await staffAgencyOf(c);
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    const application = await claimApplication({
      db: c.get("db"),
      ...staff,
      applicationId: c.req.valid("param").applicationId,
      assignTo: body.assignTo,
      requestId: c.get("requestId"),
    });
    return c.json({ id: application.id, status: application.status }, 200);
  },
);

staffApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/applications/{applicationId}/request-info",
    tags: ["Officer inbox"],
    summary: "Ask the applicant for more information (once; the clock pauses)",
    security,
    middleware: [applicationGate] as const,
    request: {
      params: applicationParams,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({
              message: z.string().trim().min(1).max(2000),
              fields: z.array(z.string().max(100)).max(100).default([]),
            }),
          },
        },
      },
    },
    responses: actionResponses("Requested; the applicant is told"),
  }),
  async (c) => {
    const staff = await staffAgencyOf(c);
    const body = c.req.valid("json");
    const application = await requestInformation({
      db: c.get("db"),
      ...staff,
      applicationId: c.req.valid("param").applicationId,
      message: body.message,
      fields: body.fields,
      requestId: c.get("requestId"),
    });
    return c.json({ id: application.id, status: application.status }, 200);
  },
);

staffApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/applications/{applicationId}/decision",
    tags: ["Officer inbox"],
    summary: "Approve or reject, with the reason the applicant will read",
    security,
    middleware: [applicationGate] as const,
    request: {
      params: applicationParams,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({
              outcome: z.enum(["approved", "rejected"]),
              reason: z.string().trim().min(1).max(2000),
              templateId: z.string().max(100).optional(),
            }),
          },
        },
      },
    },
    responses: actionResponses("Decided; the applicant is told"),
  }),
  async (c) => {
    const staff = await staffAgencyOf(c);
    const body = c.req.valid("json");
    const application = await decideApplication({
      db: c.get("db"),
      ...staff,
      applicationId: c.req.valid("param").applicationId,
      outcome: body.outcome,
      reason: body.reason,
      templateId: body.templateId,
      requestId: c.get("requestId"),
    });
    return c.json({ id: application.id, status: application.status }, 200);
  },
);

staffApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/applications/{applicationId}/notes",
    tags: ["Officer inbox"],
    summary: "Add an internal note (never shown to the applicant)",
    security,
    middleware: [applicationGate] as const,
    request: {
      params: applicationParams,
      body: {
        required: true,
        content: {
          "application/json": { schema: z.object({ body: z.string().trim().min(1).max(4000) }) },
        },
      },
    },
    responses: { ...actionResponses("Noted"), 200: { description: "Noted" } },
  }),
  async (c) => {
    const staff = await staffAgencyOf(c);
    const { applicationId } = c.req.valid("param");
    await addInternalNote({
      db: c.get("db"),
      ...staff,
      applicationId,
      body: c.req.valid("json").body,
      requestId: c.get("requestId"),
    });
    return c.json(await applicationOrStaffView(c, applicationId), 200);
  },
);
