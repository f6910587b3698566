import { createRoute, z } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { translate } from "@/core/i18n";
import { requireAgencyMember } from "@/modules/console";

import { describeProblem } from "./definition-problems";
import { problemMessages } from "./problem-messages";
import { publishService } from "./publish-service";
import { RetirementReasonSchema, retireService } from "./retire-service";
import { saveServiceDraft } from "./save-service-draft";
import { servicePolicy } from "./service-policy";

export const serviceAdminApiRoutes = createRouter();

const security = [{ bearer: [] }];
const params = z.object({ code: z.string(), serviceId: z.string() });
const DefinitionProblemSchema = z
  .object({
    field: z.string().openapi({ example: "steps.1.workingDays" }),
    message: z.string().openapi({ description: "The problem in English" }),
    messages: z
      .object({ th: z.string(), en: z.string() })
      .openapi({ description: "The problem in Thai and English, naming the field in words" }),
  })
  .openapi("DefinitionProblem");

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
              problems: z.array(DefinitionProblemSchema),
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
    const mustBe = (value: string) => ({
      th: translate("th", problemMessages.what.mustBe, { value }),
      en: translate("en", problemMessages.what.mustBe, { value }),
    });
    const mismatches = [
      definition.id === serviceId ? null : describeProblem(["id"], mustBe(serviceId)),
      definition.agencyCode === agency.code
        ? null
        : describeProblem(["agencyCode"], mustBe(agency.code)),
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

serviceAdminApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/services/{serviceId}/retire",
    tags: ["Services"],
    summary:
      "Retire a published service (administrators): it leaves the catalogue and takes no new applications; publishing again reinstates it",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({ reason: RetirementReasonSchema }).openapi({
              description: "Why, in Thai and English, as the service's page will tell the public",
            }),
          },
        },
      },
    },
    responses: {
      200: {
        description: "Retired",
        content: {
          "application/json": {
            schema: z.object({
              serviceId: z.string(),
              version: z.number().int().openapi({ description: "The last version published" }),
              retiredAt: z.string().openapi({ format: "date-time" }),
            }),
          },
        },
      },
      400: problemResponse("The reason is missing in a language"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A member of the agency who is not an administrator"),
      404: notMember,
      409: problemResponse("The service is not published (a draft, or already retired)"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const retired = await retireService({
      db: c.get("db"),
      author: actor,
      agencyCode: agency.code,
      serviceId: c.req.valid("param").serviceId,
      reason: c.req.valid("json").reason,
      requestId: c.get("requestId"),
    });
    return c.json({ ...retired, retiredAt: retired.retiredAt.toISOString() }, 200);
  },
);
