import { createRoute, z } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { requireAgencyMember } from "@/modules/console";

import { publishService } from "./publish-service";
import { saveServiceDraft } from "./save-service-draft";
import { servicePolicy } from "./service-policy";

export const serviceAdminApiRoutes = createRouter();

const security = [{ bearer: [] }];
const params = z.object({ code: z.string(), serviceId: z.string() });
const notMember = problemResponse(
  "No such agency, or the caller is not one of its members (the same answer, so nothing leaks)",
);

serviceAdminApiRoutes.openapi(
  createRoute({
    method: "put",
    path: "/api/v1/agencies/{code}/services/{serviceId}/draft",
    tags: ["Services"],
    summary: "Save a service's draft definition (administrators); what it still lacks comes back",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.record(z.string(), z.unknown()).openapi({
              description:
                "A service definition as /api/v1/services/schema.json describes it; a draft may be incomplete",
            }),
          },
        },
      },
    },
    responses: {
      200: {
        description: "Saved; the problems publication would refuse",
        content: {
          "application/json": {
            schema: z.object({
              serviceId: z.string(),
              problems: z.array(z.object({ field: z.string(), message: z.string() })),
            }),
          },
        },
      },
      400: problemResponse("The body names another service or agency"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A member of the agency who is not an administrator"),
      404: notMember,
      409: problemResponse("Another agency already uses this service id"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    servicePolicy.authorize(actor, "service.edit", { agencyId: agency.id });
    const { serviceId } = c.req.valid("param");
    const definition = c.req.valid("json");
    const mismatches = [
      definition.id === serviceId ? null : { field: "id", message: `Must be ${serviceId}` },
      definition.agencyCode === agency.code
        ? null
        : { field: "agencyCode", message: `Must be ${agency.code}` },
    ].filter((problem) => problem !== null);
    if (mismatches.length > 0) {
      throw new AppError("validation_failed", "The definition names another service.", {
        fields: mismatches,
      });
    }
    const saved = await saveServiceDraft({
      db: c.get("db"),
      author: actor,
      definition,
      requestId: c.get("requestId"),
    });
    return c.json({ serviceId: saved.serviceId, problems: saved.problems }, 200);
  },
);

serviceAdminApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/services/{serviceId}/publish",
    tags: ["Services"],
    summary: "Publish a service's draft as its next version (administrators)",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params },
    responses: {
      201: {
        description: "The version published",
        content: {
          "application/json": {
            schema: z.object({
              serviceId: z.string(),
              version: z.number().int(),
              publishedAt: z.string().openapi({ format: "date-time" }),
            }),
          },
        },
      },
      400: problemResponse("The draft is not a complete definition; every problem is named"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A member of the agency who is not an administrator"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const published = await publishService({
      db: c.get("db"),
      author: actor,
      agencyCode: agency.code,
      serviceId: c.req.valid("param").serviceId,
      requestId: c.get("requestId"),
    });
    return c.json({ ...published, publishedAt: published.publishedAt.toISOString() }, 201);
  },
);
