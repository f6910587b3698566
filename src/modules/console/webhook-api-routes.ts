import { createRoute, z } from "@hono/zod-openapi";

import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import {
  CreatedWebhookSubscriptionSchema,
  createWebhookSubscription,
  CreateWebhookSubscriptionBodySchema,
  disableWebhookSubscription,
  getWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  sendTestWebhookEvent,
  WebhookDeliverySchema,
  WebhookIdParamSchema,
  webhookPolicy,
  WebhookSubscriptionSchema,
} from "@/core/webhooks";

import { requireAgencyMember } from "./agency-access";
import { AgencyCodeParamSchema } from "./schema";

/**
 * Webhooks for an agency's own systems: its administrators, or a system
 * whose API key carries the webhooks:manage scope.
 */
export const webhookApiRoutes = createRouter();

const security = [{ bearer: [] }];
const tags = ["Webhooks"];
const notMember = problemResponse(
  "No such agency or webhook, or the caller is not one of the agency's members (the same answer, so nothing leaks)",
);
const forbidden = problemResponse(
  "A member whose role does not manage webhooks, or an API key without webhooks:manage",
);
const params = z.object({ code: AgencyCodeParamSchema });
const recordParams = z.object({ code: AgencyCodeParamSchema, id: WebhookIdParamSchema });

webhookApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/webhooks",
    tags,
    summary: "The agency's webhooks",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params },
    responses: {
      200: {
        description: "The webhooks, active ones first; never their secrets",
        content: {
          "application/json": { schema: z.object({ items: z.array(WebhookSubscriptionSchema) }) },
        },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    webhookPolicy.authorize(actor, "webhook.list", { agencyId: agency.id });
    const items = await listWebhookSubscriptions({ db: c.get("db"), agencyId: agency.id });
    return c.json({ items }, 200);
  },
);

webhookApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/webhooks",
    tags,
    summary: "Subscribe a system of the agency to events",
    description:
      'Each delivery is a JSON POST of `{id, type, createdAt, agencyCode, data}` with the headers Pratu-Event-Id, Pratu-Event-Type and Pratu-Signature (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>`). Answer 2xx; 408, 429, 5xx and timeouts are retried with backoff.',
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params,
      body: {
        required: true,
        content: { "application/json": { schema: CreateWebhookSubscriptionBodySchema } },
      },
    },
    responses: {
      201: {
        description: "The webhook; its signing secret is in this answer only",
        content: { "application/json": { schema: CreatedWebhookSubscriptionSchema } },
      },
      400: problemResponse("The request is not valid, or the URL is not allowed"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    webhookPolicy.authorize(actor, "webhook.create", { agencyId: agency.id });
    const body = c.req.valid("json");
    const created = await createWebhookSubscription({
      db: c.get("db"),
      secrets: c.get("secrets"),
      allowPrivateTargets: c.get("config").webhooks.allowPrivateTargets,
      actor,
      agencyId: agency.id,
      url: body.url,
      description: body.description,
      eventTypes: body.eventTypes,
      requestId: c.get("requestId"),
    });
    c.header("Cache-Control", "no-store");
    return c.json(created, 201);
  },
);

webhookApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/webhooks/{id}",
    tags,
    summary: "One webhook and its recent deliveries",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: recordParams },
    responses: {
      200: {
        description: "The webhook and its latest deliveries, newest first",
        content: {
          "application/json": {
            schema: z.object({
              subscription: WebhookSubscriptionSchema,
              deliveries: z.array(WebhookDeliverySchema),
            }),
          },
        },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const db = c.get("db");
    const { agencyId, ...subscription } = await getWebhookSubscription({
      db,
      agencyId: agency.id,
      subscriptionId: c.req.valid("param").id,
    });
    webhookPolicy.authorize(actor, "webhook.view", { agencyId });
    const deliveries = await listWebhookDeliveries({
      db,
      agencyId,
      subscriptionId: subscription.id,
    });
    return c.json({ subscription, deliveries }, 200);
  },
);

webhookApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/webhooks/{id}/disable",
    tags,
    summary: "Disable a webhook: no more events are sent to it",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: recordParams },
    responses: {
      200: {
        description: "The disabled webhook (disabling again changes nothing)",
        content: { "application/json": { schema: WebhookSubscriptionSchema } },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const db = c.get("db");
    const subscription = await getWebhookSubscription({
      db,
      agencyId: agency.id,
      subscriptionId: c.req.valid("param").id,
    });
    webhookPolicy.authorize(actor, "webhook.disable", subscription);
    const disabled = await disableWebhookSubscription({
      db,
      actor,
      agencyId: subscription.agencyId,
      subscriptionId: subscription.id,
      requestId: c.get("requestId"),
    });
    return c.json(disabled, 200);
  },
);

webhookApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/agencies/{code}/webhooks/{id}/test",
    tags,
    summary: "Send a webhook.test event to one webhook",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: recordParams },
    responses: {
      202: {
        description: "The test event is queued",
        content: {
          "application/json": { schema: z.object({ eventId: z.uuid(), deliveryId: z.uuid() }) },
        },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("The webhook is disabled"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const db = c.get("db");
    const subscription = await getWebhookSubscription({
      db,
      agencyId: agency.id,
      subscriptionId: c.req.valid("param").id,
    });
    webhookPolicy.authorize(actor, "webhook.test", subscription);
    const queued = await sendTestWebhookEvent({
      db,
      actor,
      agencyId: subscription.agencyId,
      subscriptionId: subscription.id,
      requestId: c.get("requestId"),
    });
    return c.json(queued, 202);
  },
);
