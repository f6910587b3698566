import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";

import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { type AgencyAccess, type AgencyAccessEnv, requireAgencyMember } from "@/modules/console";

import { decideGrant, type ProviderGrantChange } from "./decide-grant";
import { getGrant, listGrants } from "./list-grants";
import { authorizeGrantChange, authorizeGrantView } from "./policy";
import { presentGrant } from "./present-grant";
import { requestGrant } from "./request-grant";
import { revokeGrant } from "./revoke-grant";
import {
  GrantDecisionInputSchema,
  GrantListQuerySchema,
  grantProblems,
  GrantRequestInputSchema,
  GrantRevocationInputSchema,
  GrantSchema,
  invalidGrant,
} from "./schema";
import { withdrawGrantRequest } from "./withdraw-grant-request";

/**
 * Access rights through the API, for either party's systems (a key with
 * exchange:manage) or administrators (a bearer token): the consumer asks
 * or withdraws, the provider decides or revokes, both list.
 */
export const grantApiRoutes = createRouter();

const TAGS = ["Data exchange"];
const security = [{ bearer: [] }];
const codeParam = z.object({ code: z.string().openapi({ example: "CHIANGMAI-CITY" }) });
const grantParams = codeParam.extend({ id: z.string().openapi({ format: "uuid" }) });

const notMember = problemResponse(
  "No such agency, or the caller is not one of its members (the same answer, so nothing leaks)",
);
const notParty = problemResponse(
  "No such agency or access right, or the caller is not a member of a party to it",
);

function instanceOf(c: Pick<Context<AppEnv>, "get">): string {
  return c.get("config").exchange.instance;
}

/** A change the provider agency in the path makes to one of its grants. */
function providerGrantChange(
  c: Pick<Context<AgencyAccessEnv & AppEnv>, "get">,
  grantId: string,
  input: unknown,
): ProviderGrantChange {
  const { agency, actor } = c.get("agencyAccess");
  return {
    db: c.get("db"),
    instance: instanceOf(c),
    actor,
    providerAgencyId: agency.id,
    grantId,
    input,
    requestId: c.get("requestId"),
  };
}

/** What `requireAgencyMember` found; it runs before the validators whose hooks ask for it. */
function accessOf(c: Context<AppEnv>): AgencyAccess {
  return (c as unknown as Context<AgencyAccessEnv>).get("agencyAccess");
}

/**
 * Refuses a caller who may not change access rights before their body is
 * read, then a body that does not parse, with each problem in Thai and English.
 */
function changeHook(result: { success: boolean; error?: z.ZodError }, c: Context<AppEnv>) {
  const { actor, agency } = accessOf(c);
  authorizeGrantChange(actor, agency.id);
  if (!result.success && result.error) throw invalidGrant(grantProblems(result.error.issues));
  return undefined;
}

function viewHook(result: { success: boolean; error?: z.ZodError }, c: Context<AppEnv>) {
  const { actor, agency } = accessOf(c);
  authorizeGrantView(actor, agency.id);
  if (!result.success && result.error) throw invalidGrant(grantProblems(result.error.issues));
  return undefined;
}

const grantResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: GrantSchema } },
});

grantApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/exchange/grant-requests",
    tags: TAGS,
    summary: "Ask a provider for access to one of its data services",
    description:
      "The agency in the path is the consumer. Nothing is allowed until the provider approves: the request waits with status `requested`, and the provider's administrators are told. One open request or grant per data service, subsystem and purpose.",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: codeParam,
      body: {
        required: true,
        content: { "application/json": { schema: GrantRequestInputSchema } },
      },
    },
    responses: {
      201: grantResponse("Requested"),
      400: problemResponse("Not valid: each problem is named, in Thai and English"),
      401: problemResponse("Not signed in"),
      403: problemResponse("Not an administrator, or a key without exchange:manage"),
      404: notMember,
      409: problemResponse("An open request or grant already covers this"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const view = await requestGrant({
      db: c.get("db"),
      instance: instanceOf(c),
      actor,
      consumerAgencyId: agency.id,
      input: c.req.valid("json"),
      requestId: c.get("requestId"),
    });
    c.header("Location", `/api/v1/agencies/${agency.code}/exchange/grants/${view.grant.id}`);
    return c.json(presentGrant(view, instanceOf(c)), 201);
  },
  changeHook,
);

grantApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/exchange/grants",
    tags: TAGS,
    summary: "The agency's access rights, as provider and as consumer",
    description:
      "`role=provider`: requests to decide and grants made to others; `role=consumer`: the agency's own requests and grants; neither: both. Pending requests first, then newest; at most 200.",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: codeParam, query: GrantListQuerySchema },
    responses: {
      200: {
        description: "The grants",
        content: { "application/json": { schema: z.object({ items: z.array(GrantSchema) }) } },
      },
      400: problemResponse("An unknown role or status"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A key without exchange:manage"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const query = c.req.valid("query");
    const views = await listGrants({
      db: c.get("db"),
      instance: instanceOf(c),
      actor,
      agencyId: agency.id,
      role: query.role,
      status: query.status,
    });
    return c.json({ items: views.map((view) => presentGrant(view, instanceOf(c))) }, 200);
  },
  viewHook,
);

grantApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/exchange/grants/{id}",
    tags: TAGS,
    summary: "One access right the agency is party to",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: grantParams },
    responses: {
      200: grantResponse("The grant"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A key without exchange:manage"),
      404: notParty,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const view = await getGrant({
      db: c.get("db"),
      instance: instanceOf(c),
      actor,
      agencyId: agency.id,
      grantId: c.req.valid("param").id,
    });
    return c.json(presentGrant(view, instanceOf(c)), 200);
  },
);

grantApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/exchange/grants/{id}/decision",
    tags: TAGS,
    summary: "Approve or reject a request (the provider)",
    description:
      "The agency in the path is the provider. Approving may narrow the fields to a subset of those asked for and set the expiry and the rate limit; rejecting needs a `note`. The consumer's administrators are told.",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: grantParams,
      body: {
        required: true,
        content: { "application/json": { schema: GrantDecisionInputSchema } },
      },
    },
    responses: {
      200: grantResponse("Decided"),
      400: problemResponse("Not valid: each problem is named, in Thai and English"),
      401: problemResponse("Not signed in"),
      403: problemResponse(
        "The consumer (only the provider decides), not an administrator, or a key without exchange:manage",
      ),
      404: notParty,
      409: problemResponse("Already decided or withdrawn"),
    },
  }),
  async (c) => {
    const view = await decideGrant(
      providerGrantChange(c, c.req.valid("param").id, c.req.valid("json")),
    );
    return c.json(presentGrant(view, instanceOf(c)), 200);
  },
  changeHook,
);

grantApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/exchange/grants/{id}/revoke",
    tags: TAGS,
    summary: "Revoke an approved grant (the provider); it takes effect at once",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: grantParams,
      body: {
        required: true,
        content: { "application/json": { schema: GrantRevocationInputSchema } },
      },
    },
    responses: {
      200: grantResponse("Revoked"),
      400: problemResponse("No note"),
      401: problemResponse("Not signed in"),
      403: problemResponse(
        "The consumer (only the provider revokes), not an administrator, or a key without exchange:manage",
      ),
      404: notParty,
      409: problemResponse("The grant is not approved"),
    },
  }),
  async (c) => {
    const view = await revokeGrant(
      providerGrantChange(c, c.req.valid("param").id, c.req.valid("json")),
    );
    return c.json(presentGrant(view, instanceOf(c)), 200);
  },
  changeHook,
);

grantApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/exchange/grants/{id}/withdraw",
    tags: TAGS,
    summary: "Withdraw a request not yet decided (the consumer)",
    description:
      "The request leaves the list; both agencies' audit chains keep it. The provider's administrators are told.",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: grantParams },
    responses: {
      204: { description: "Withdrawn" },
      401: problemResponse("Not signed in"),
      403: problemResponse(
        "The provider (only the consumer withdraws), not an administrator, or a key without exchange:manage",
      ),
      404: notParty,
      409: problemResponse("Already decided"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    await withdrawGrantRequest({
      db: c.get("db"),
      instance: instanceOf(c),
      actor,
      consumerAgencyId: agency.id,
      grantId: c.req.valid("param").id,
      requestId: c.get("requestId"),
    });
    return c.body(null, 204);
  },
);
