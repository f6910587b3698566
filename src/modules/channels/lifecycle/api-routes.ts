import { createRoute, z } from "@hono/zod-openapi";

import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { requireAgencyMember } from "@/modules/console";

import { listChannelEvents } from "../repo";
import { channelKinds } from "../schema";
import { selectChannelState } from "./channel-state-repo";
import { checkDomainVerification } from "./check-domain-verification";
import { channelPolicy } from "./policy";
import { ManagedChannelSchema, presentManagedChannel } from "./present-channel";
import { MAX_CHANNEL_INPUT, MAX_OWNER, registerChannel } from "./register-channel";
import { startVerification } from "./start-verification";
import { selectLatestVerification } from "./verification-repo";

/**
 * The channel lifecycle for an agency's own systems and officers with a
 * bearer token: register a channel, ask for a token, check it. Reading
 * takes an API key with agency:read or any member; changing takes an
 * administrator.
 */
export const channelApiRoutes = createRouter();

const security = [{ bearer: [] }];
const tags = ["Channels"];
const notMember = problemResponse(
  "No such agency or channel, or the caller is not one of the agency's members (the same answer, so nothing leaks)",
);
const forbidden = problemResponse("A member whose role does not manage the agency's channels");
const CodeParam = z.string().openapi({ param: { name: "code", in: "path" }, example: "DOPA" });
const params = z.object({ code: CodeParam });
const recordParams = z.object({
  code: CodeParam,
  id: z.string().openapi({ param: { name: "id", in: "path" } }),
});

async function loadChannel({
  db,
  secrets,
  agencyId,
  channelId,
  showsToken,
}: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
  channelId: string;
  showsToken: boolean;
}) {
  if (!z.uuid().safeParse(channelId).success) throw new AppError("not_found");
  const found = await withinAgency(db, agencyId, async (scope) => {
    const channel = await selectChannelState(scope, channelId);
    if (!channel) return null;
    return {
      channel,
      verification: await selectLatestVerification(scope, channelId),
      events: await listChannelEvents(scope, channelId),
    };
  });
  if (!found) throw new AppError("not_found", "There is no such channel.");
  const sealed = showsToken ? found.verification?.tokenSealed : null;
  return presentManagedChannel(
    found.channel,
    found.verification,
    sealed ? secrets.open(sealed) : null,
    found.events,
  );
}

const channelResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ManagedChannelSchema } },
});

channelApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/channels",
    tags,
    summary: "Register a channel of the agency (pending until control is proved)",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({
              kind: z.enum(channelKinds),
              value: z.string().max(MAX_CHANNEL_INPUT),
              owner: z.string().max(MAX_OWNER).optional(),
            }),
          },
        },
      },
    },
    responses: {
      201: channelResponse("The channel, pending"),
      400: problemResponse("The channel is not valid"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("The agency has already registered this channel"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    channelPolicy.authorize(actor, "channel.manage", { agencyId: agency.id });
    const body = c.req.valid("json");
    const db = c.get("db");
    const { channelId } = await registerChannel({
      db,
      actor,
      agencyId: agency.id,
      form: { kind: body.kind, value: body.value, owner: body.owner ?? "" },
      t: c.get("t"),
      requestId: c.get("requestId"),
    });
    const channel = await loadChannel({
      db,
      secrets: c.get("secrets"),
      agencyId: agency.id,
      channelId,
      showsToken: false,
    });
    return c.json(channel, 201);
  },
);

channelApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/channels/{id}",
    tags,
    summary: "One of the agency's channels, in any status, with its history",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: recordParams },
    responses: {
      200: channelResponse("The channel; tokens to publish are shown to administrators only"),
      401: problemResponse("Not signed in"),
      403: problemResponse("An API key without agency:read"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    channelPolicy.authorize(actor, "channel.view", { agencyId: agency.id });
    c.header("Cache-Control", "no-store");
    const channel = await loadChannel({
      db: c.get("db"),
      secrets: c.get("secrets"),
      agencyId: agency.id,
      channelId: c.req.valid("param").id,
      showsToken: channelPolicy.can(actor, "channel.manage", { agencyId: agency.id }),
    });
    return c.json(channel, 200);
  },
);

channelApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/channels/{id}/verification",
    tags,
    summary: "Start proving control: a token to publish, a code to post, or a link e-mailed",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: recordParams },
    responses: {
      201: channelResponse("The channel, with what to publish or post in `verification`"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("The channel is retired"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const db = c.get("db");
    const secrets = c.get("secrets");
    const channelId = c.req.valid("param").id;
    // Looked up first, so that an unknown channel is 404 before any role is asked about.
    await loadChannel({ db, secrets, agencyId: agency.id, channelId, showsToken: false });
    channelPolicy.authorize(actor, "channel.manage", { agencyId: agency.id });
    await startVerification({
      db,
      secrets,
      settings: c.get("config").channels,
      actor,
      agencyId: agency.id,
      channelId,
      locale: c.get("locale"),
      requestId: c.get("requestId"),
    });
    c.header("Cache-Control", "no-store");
    const channel = await loadChannel({
      db,
      secrets,
      agencyId: agency.id,
      channelId,
      showsToken: true,
    });
    return c.json(channel, 201);
  },
);

channelApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/channels/{id}/check",
    tags,
    summary: "Look for the published token of a domain channel now",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: recordParams },
    responses: {
      200: {
        description: "verified, in_review (the operator decides), expired, or failed with why",
        content: {
          "application/json": {
            schema: z.object({
              outcome: z.enum(["verified", "in_review", "expired", "failed"]),
              dns: z.string().optional(),
              wellKnown: z.string().optional(),
            }),
          },
        },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("No token was asked for, or the channel is not a domain"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const db = c.get("db");
    const channelId = c.req.valid("param").id;
    await loadChannel({
      db,
      secrets: c.get("secrets"),
      agencyId: agency.id,
      channelId,
      showsToken: false,
    });
    channelPolicy.authorize(actor, "channel.manage", { agencyId: agency.id });
    const result = await checkDomainVerification({
      db,
      settings: c.get("config").channels,
      actor,
      agencyId: agency.id,
      channelId,
      requestId: c.get("requestId"),
    });
    return c.json(result, 200);
  },
);
