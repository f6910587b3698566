import { createRoute, z } from "@hono/zod-openapi";

import { authorize } from "@/core/auth/policy";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";

import { requireAgencyMember } from "./agency-access";
import {
  createAgencyApiKey,
  getAgencyApiKey,
  listAgencyApiKeys,
  revokeAgencyApiKey,
} from "./manage-api-keys";
import {
  ActorSchema,
  AgencyCodeParamSchema,
  ApiKeyIdParamSchema,
  ApiKeySchema,
  CreateApiKeyBodySchema,
  CreatedApiKeySchema,
} from "./schema";

export const consoleApiRoutes = createRouter();

consoleApiRoutes.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
  type: "http",
  scheme: "bearer",
  description:
    "An agency's API key (`pratu_ak_…`), a person's access token (`pratu_at_…`), or a citizen's access token from the identity provider (a JWT for Pratu's API, or an opaque token the provider's userinfo endpoint knows). A browser session cookie works too, with the X-CSRF-Token header on changes.",
});

const security = [{ bearer: [] }];
const notMember = problemResponse(
  "No such agency, or the caller is not one of its members (the same answer, so nothing leaks)",
);

consoleApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/me",
    tags: ["Accounts"],
    summary: "Who the credential stands for",
    security,
    responses: {
      200: { description: "The actor", content: { "application/json": { schema: ActorSchema } } },
      401: problemResponse("No credential, or an unknown one"),
    },
  }),
  (c) => {
    const actor = c.get("actor");
    if (actor.type === "anonymous") throw new AppError("unauthenticated");
    return c.json(ActorSchema.parse(actor), 200);
  },
);

consoleApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/api-keys",
    tags: ["API keys"],
    summary: "The agency's API keys (administrators)",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: z.object({ code: AgencyCodeParamSchema }) },
    responses: {
      200: {
        description: "The keys, newest first; never their secrets",
        content: { "application/json": { schema: z.object({ items: z.array(ApiKeySchema) }) } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("A member of the agency whose role does not manage keys"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    authorize(actor, "api_key.list", { agencyId: agency.id });
    const items = await listAgencyApiKeys({ db: c.get("db"), agencyId: agency.id });
    return c.json({ items }, 200);
  },
);

consoleApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/api-keys",
    tags: ["API keys"],
    summary: "Create an API key for the agency's systems (administrators)",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: z.object({ code: AgencyCodeParamSchema }),
      body: { required: true, content: { "application/json": { schema: CreateApiKeyBodySchema } } },
    },
    responses: {
      201: {
        description: "The key; its secret is in this answer only",
        content: { "application/json": { schema: CreatedApiKeySchema } },
      },
      400: problemResponse("The request is not valid"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A member of the agency whose role does not manage keys"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    authorize(actor, "api_key.create", { agencyId: agency.id });
    const body = c.req.valid("json");
    const created = await createAgencyApiKey({
      db: c.get("db"),
      actor,
      agencyId: agency.id,
      name: body.name,
      scopes: body.scopes,
      requestId: c.get("requestId"),
    });
    c.header("Cache-Control", "no-store");
    return c.json(created, 201);
  },
);

consoleApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/api-keys/{id}/revoke",
    tags: ["API keys"],
    summary: "Revoke an API key of the agency (administrators)",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: z.object({ code: AgencyCodeParamSchema, id: ApiKeyIdParamSchema }) },
    responses: {
      200: {
        description: "The revoked key (revoking again changes nothing)",
        content: { "application/json": { schema: ApiKeySchema } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("A member of the agency whose role does not manage keys"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const db = c.get("db");
    const apiKey = await getAgencyApiKey({
      db,
      agencyId: agency.id,
      keyId: c.req.valid("param").id,
    });
    authorize(actor, "api_key.revoke", apiKey);
    const revoked = await revokeAgencyApiKey({
      db,
      actor,
      agencyId: apiKey.agencyId,
      keyId: apiKey.id,
      requestId: c.get("requestId"),
    });
    return c.json(revoked, 200);
  },
);
