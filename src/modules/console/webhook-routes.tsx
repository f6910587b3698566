import type { Context } from "hono";
import { z } from "zod";

import { AppError, type FieldProblem } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import {
  checkWebhookUrl,
  createWebhookSubscription,
  disableWebhookSubscription,
  getWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  sendTestWebhookEvent,
  webhookEventTypes,
  webhookMessages,
  webhookPolicy,
} from "@/core/webhooks";

import { type ConsoleEnv, requireConsoleOfficer } from "./console-access";
import { type WebhookForm, WebhookPage, WebhooksPage } from "./webhook-pages";

export const webhookPageRoutes = createRouter();

const formText = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());

const WebhookFormSchema = z.object({
  url: formText.transform((value) => value.trim()),
  description: formText.transform((value) => value.trim()),
  eventTypes: z.preprocess(
    (value): unknown[] =>
      Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? [value] : [],
    z.array(z.string()),
  ),
});

/** Each problem with the form, in the officer's language, beside its field. */
function checkForm(
  c: Context<ConsoleEnv>,
  form: WebhookForm,
): { problems: FieldProblem[]; eventTypes: (typeof webhookEventTypes)[number][] } {
  const t = c.get("t");
  const problems: FieldProblem[] = [];
  if (!form.url) problems.push({ field: "url", message: t(webhookMessages.url.required) });
  else if (form.url.length > 2000) {
    problems.push({ field: "url", message: t(webhookMessages.url.tooLong) });
  } else {
    const checked = checkWebhookUrl(form.url, {
      allowPrivateTargets: c.get("config").webhooks.allowPrivateTargets,
    });
    if (checked.problem) {
      problems.push({ field: "url", message: t(webhookMessages.url[checked.problem]) });
    }
  }
  if (form.description.length > 200) {
    problems.push({ field: "description", message: t(webhookMessages.descriptionTooLong) });
  }
  const eventTypes = webhookEventTypes.filter((type) => form.eventTypes.includes(type));
  if (eventTypes.length === 0) {
    problems.push({ field: "eventTypes", message: t(webhookMessages.eventTypesRequired) });
  }
  return { problems, eventTypes };
}

const emptyForm: WebhookForm = { url: "", description: "", eventTypes: [] };

webhookPageRoutes.get("/console/webhooks", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  webhookPolicy.authorize(context.actor, "webhook.list", { agencyId: context.agency.id });
  const subscriptions = await listWebhookSubscriptions({
    db: c.get("db"),
    agencyId: context.agency.id,
  });
  return c.html(
    <WebhooksPage
      page={pageContext(c)}
      context={context}
      subscriptions={subscriptions}
      form={emptyForm}
      problems={[]}
      created={null}
    />,
  );
});

webhookPageRoutes.post("/console/webhooks", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const agencyId = context.agency.id;
  webhookPolicy.authorize(context.actor, "webhook.create", { agencyId });
  const db = c.get("db");
  const form = WebhookFormSchema.parse(await c.req.parseBody({ all: true }));
  const { problems, eventTypes } = checkForm(c, form);
  let created: { url: string; secret: string } | null = null;
  if (problems.length === 0) {
    const result = await createWebhookSubscription({
      db,
      secrets: c.get("secrets"),
      allowPrivateTargets: c.get("config").webhooks.allowPrivateTargets,
      actor: context.actor,
      agencyId,
      url: form.url,
      description: form.description,
      eventTypes,
      requestId: c.get("requestId"),
    });
    created = { url: result.subscription.url, secret: result.secret };
    // The page carries the only copy of the secret: no cache may keep it.
    c.header("Cache-Control", "no-store");
  }
  const subscriptions = await listWebhookSubscriptions({ db, agencyId });
  return c.html(
    <WebhooksPage
      page={pageContext(c)}
      context={context}
      subscriptions={subscriptions}
      form={created ? emptyForm : form}
      problems={problems}
      created={created}
    />,
    created ? 201 : 400,
  );
});

/**
 * The webhook named in the path, looked up in the officer's own agency
 * before anything else: one of another agency is 404, whatever the role.
 */
async function subscriptionInPath(c: Context<ConsoleEnv>) {
  const id = z.uuid().safeParse(c.req.param("id"));
  if (!id.success) throw new AppError("not_found");
  return getWebhookSubscription({
    db: c.get("db"),
    agencyId: c.get("console").agency.id,
    subscriptionId: id.data,
  });
}

webhookPageRoutes.get("/console/webhooks/:id", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const subscription = await subscriptionInPath(c);
  webhookPolicy.authorize(context.actor, "webhook.view", subscription);
  const deliveries = await listWebhookDeliveries({
    db: c.get("db"),
    agencyId: subscription.agencyId,
    subscriptionId: subscription.id,
  });
  const done = c.req.query("done");
  return c.html(
    <WebhookPage
      page={pageContext(c)}
      context={context}
      subscription={subscription}
      deliveries={deliveries}
      done={done === "disabled" || done === "test-sent" ? done : null}
    />,
  );
});

webhookPageRoutes.post("/console/webhooks/:id/disable", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const subscription = await subscriptionInPath(c);
  webhookPolicy.authorize(context.actor, "webhook.disable", subscription);
  await disableWebhookSubscription({
    db: c.get("db"),
    actor: context.actor,
    agencyId: subscription.agencyId,
    subscriptionId: subscription.id,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/console/webhooks/${subscription.id}?done=disabled`, 303);
});

webhookPageRoutes.post("/console/webhooks/:id/test", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const subscription = await subscriptionInPath(c);
  webhookPolicy.authorize(context.actor, "webhook.test", subscription);
  await sendTestWebhookEvent({
    db: c.get("db"),
    actor: context.actor,
    agencyId: subscription.agencyId,
    subscriptionId: subscription.id,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/console/webhooks/${subscription.id}?done=test-sent`, 303);
});
