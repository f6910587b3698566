import { z } from "@hono/zod-openapi";

import { webhookEventTypes } from "./event-types";

export const WebhookSubscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string().openapi({ example: "https://records.example.go.th/pratu/events" }),
    description: z.string(),
    eventTypes: z.array(z.enum(webhookEventTypes)),
    isActive: z.boolean(),
    createdAt: z.iso.datetime(),
    disabledAt: z.iso.datetime().nullable(),
  })
  .openapi("WebhookSubscription");

export const CreatedWebhookSubscriptionSchema = z
  .object({
    subscription: WebhookSubscriptionSchema,
    secret: z.string().openapi({
      description:
        "The signing secret (`whsec_…`). Shown only in this answer: store it in the receiving system now.",
      example: "whsec_3b9X…",
    }),
  })
  .openapi("CreatedWebhookSubscription");

export const CreateWebhookSubscriptionBodySchema = z
  .object({
    url: z
      .string()
      .trim()
      .min(1, "Enter the URL that will receive events")
      .max(2000, "The URL must be 2,000 characters or fewer")
      .openapi({ example: "https://records.example.go.th/pratu/events" }),
    description: z
      .string()
      .trim()
      .max(200, "The description must be 200 characters or fewer")
      .default("")
      .openapi({ example: "Registry division records system" }),
    eventTypes: z
      .array(z.enum(webhookEventTypes))
      .min(1, "Choose at least one event")
      .transform((types) => [...new Set(types)]),
  })
  .openapi("CreateWebhookSubscription");

export const WebhookDeliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string().openapi({ example: "application.submitted" }),
    status: z.enum(["pending", "delivered", "failed"]),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastAttemptAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .openapi("WebhookDelivery");

export const WebhookIdParamSchema = z.uuid().openapi({ param: { name: "id", in: "path" } });
