import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  Table,
  Tag,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import {
  isWebhookEventType,
  type WebhookDeliverySummary,
  webhookEventTypes,
  webhookMessages,
  type WebhookSubscription,
} from "@/core/webhooks";

import type { ConsoleContext } from "./console-access";
import { ConsoleLayout } from "./views/console-layout";
import { webhookPageMessages as m } from "./webhook-messages";

export interface WebhookForm {
  url: string;
  description: string;
  eventTypes: string[];
}

function When({ page, value }: { page: PageContext; value: string }) {
  return <time datetime={isoInstant(value)}>{formatDate(value, page.locale, "dateTime")}</time>;
}

function eventLabel(page: PageContext, type: string): string {
  return isWebhookEventType(type) ? page.t(webhookMessages.eventTypes[type]) : type;
}

function StatusTag({
  page,
  subscription,
}: {
  page: PageContext;
  subscription: WebhookSubscription;
}) {
  return subscription.isActive ? (
    <Tag tone="ok">{page.t(m.webhooks.active)}</Tag>
  ) : (
    <Tag tone="error">{page.t(m.webhooks.disabled)}</Tag>
  );
}

function DisableForm({
  page,
  subscription,
}: {
  page: PageContext;
  subscription: WebhookSubscription;
}) {
  return (
    <form method="post" action={`/console/webhooks/${subscription.id}/disable`}>
      <CsrfField token={page.csrfToken} />
      <button
        class="button button--warning"
        type="submit"
        aria-label={page.t(m.webhooks.disableLabel, { url: subscription.url })}
      >
        {page.t(m.webhooks.disable)}
      </button>
    </form>
  );
}

/** The agency's webhooks, the form to add one, and the secret once after adding. */
export function WebhooksPage({
  page,
  context,
  subscriptions,
  form,
  problems,
  created,
}: {
  page: PageContext;
  context: ConsoleContext;
  subscriptions: WebhookSubscription[];
  form: WebhookForm;
  problems: readonly FieldProblem[];
  created: { url: string; secret: string } | null;
}) {
  const { t } = page;
  const errorOf = (field: string) => problems.find((problem) => problem.field === field)?.message;
  const eventTypesError = errorOf("eventTypes");
  const eventTypesId = fieldId("eventTypes");
  return (
    <ConsoleLayout page={page} context={context} current="webhooks" title={t(m.webhooks.title)}>
      <ErrorSummary t={t} problems={problems} />
      <p class="lead">{t(m.webhooks.lead)}</p>
      {created ? (
        <Notice tone="ok">
          <p>{t(m.webhooks.created)}</p>
          <p>
            {t(m.webhooks.secretLabel)}: <code id="created-webhook-secret">{created.secret}</code>
          </p>
          <p>{t(m.webhooks.verifyHint)}</p>
        </Notice>
      ) : null}

      {subscriptions.length === 0 ? (
        <p>{t(m.webhooks.none)}</p>
      ) : (
        <Table
          caption={t(m.webhooks.listCaption)}
          rows={subscriptions}
          columns={[
            {
              header: t(m.webhooks.url),
              cell: (subscription) => (
                <>
                  <code>{subscription.url}</code>
                  {subscription.description ? <p>{subscription.description}</p> : null}
                </>
              ),
            },
            {
              header: t(m.webhooks.events),
              cell: (subscription) => (
                <ul>
                  {subscription.eventTypes.map((type) => (
                    <li>{eventLabel(page, type)}</li>
                  ))}
                </ul>
              ),
            },
            {
              header: t(m.webhooks.createdAt),
              cell: (subscription) => <When page={page} value={subscription.createdAt} />,
            },
            {
              header: t(m.webhooks.status),
              cell: (subscription) => <StatusTag page={page} subscription={subscription} />,
            },
            {
              header: t(m.webhooks.actions),
              cell: (subscription) => (
                <>
                  <p>
                    <a
                      href={`/console/webhooks/${subscription.id}`}
                      aria-label={t(m.webhooks.detailsLabel, { url: subscription.url })}
                    >
                      {t(m.webhooks.details)}
                    </a>
                  </p>
                  {subscription.isActive ? (
                    <DisableForm page={page} subscription={subscription} />
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}

      <h2>{t(m.webhooks.createHeading)}</h2>
      <form method="post" action="/console/webhooks" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          name="url"
          type="text"
          label={t(m.webhooks.url)}
          hint={t(m.webhooks.urlHint)}
          value={form.url}
          error={errorOf("url")}
          autocomplete="url"
          isRequired
        />
        <TextField
          name="description"
          label={t(m.webhooks.description)}
          hint={t(m.webhooks.descriptionHint)}
          value={form.description}
          error={errorOf("description")}
        />
        <div class={eventTypesError ? "field field--error" : "field"}>
          <fieldset
            id={eventTypesId}
            aria-describedby={[
              `${eventTypesId}-hint`,
              eventTypesError ? `${eventTypesId}-error` : "",
            ]
              .filter(Boolean)
              .join(" ")}
          >
            <legend>{t(m.webhooks.eventTypes)}</legend>
            <span class="hint" id={`${eventTypesId}-hint`}>
              {t(m.webhooks.eventTypesHint)}
            </span>
            {eventTypesError ? (
              <span class="error-message" id={`${eventTypesId}-error`}>
                {eventTypesError}
              </span>
            ) : null}
            {webhookEventTypes.map((type) => {
              const id = `event-${type.replace(/[^a-z]/g, "-")}`;
              return (
                <div>
                  <input
                    type="checkbox"
                    id={id}
                    name="eventTypes"
                    value={type}
                    checked={form.eventTypes.includes(type)}
                  />{" "}
                  <label for={id}>
                    {t(webhookMessages.eventTypes[type])} (<code>{type}</code>)
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
        <Button>{t(m.webhooks.create)}</Button>
      </form>
    </ConsoleLayout>
  );
}

/** One webhook: what it receives, its recent deliveries, a test event and disabling. */
export function WebhookPage({
  page,
  context,
  subscription,
  deliveries,
  done,
}: {
  page: PageContext;
  context: ConsoleContext;
  subscription: WebhookSubscription;
  deliveries: WebhookDeliverySummary[];
  done: "disabled" | "test-sent" | null;
}) {
  const { t } = page;
  return (
    <ConsoleLayout page={page} context={context} current="webhooks" title={t(m.webhook.title)}>
      {done === "disabled" ? <Notice tone="ok">{t(m.webhooks.disabledNotice)}</Notice> : null}
      {done === "test-sent" ? <Notice tone="ok">{t(m.webhook.testSent)}</Notice> : null}
      <p>
        <a href="/console/webhooks">{t(m.webhook.back)}</a>
      </p>
      <dl class="summary-list">
        <dt>{t(m.webhooks.url)}</dt>
        <dd>
          <code>{subscription.url}</code>
        </dd>
        {subscription.description ? (
          <>
            <dt>{t(m.webhooks.description)}</dt>
            <dd>{subscription.description}</dd>
          </>
        ) : null}
        <dt>{t(m.webhooks.events)}</dt>
        <dd>{subscription.eventTypes.map((type) => eventLabel(page, type)).join(", ")}</dd>
        <dt>{t(m.webhooks.createdAt)}</dt>
        <dd>
          <When page={page} value={subscription.createdAt} />
        </dd>
        <dt>{t(m.webhooks.status)}</dt>
        <dd>
          <StatusTag page={page} subscription={subscription} />
        </dd>
      </dl>

      {subscription.isActive ? (
        <>
          <form method="post" action={`/console/webhooks/${subscription.id}/test`}>
            <CsrfField token={page.csrfToken} />
            <p class="hint">{t(m.webhook.testHint)}</p>
            <Button variant="secondary">{t(m.webhook.sendTest)}</Button>
          </form>
          <DisableForm page={page} subscription={subscription} />
        </>
      ) : null}

      <h2>{t(m.webhook.deliveriesCaption)}</h2>
      {deliveries.length === 0 ? (
        <p>{t(m.webhook.noDeliveries)}</p>
      ) : (
        <Table
          caption={t(m.webhook.deliveriesCaption)}
          rows={deliveries}
          columns={[
            {
              header: t(m.webhook.event),
              cell: (delivery) => <code>{delivery.eventType}</code>,
            },
            {
              header: t(m.webhooks.status),
              cell: (delivery) => (
                <Tag
                  tone={
                    delivery.status === "delivered"
                      ? "ok"
                      : delivery.status === "failed"
                        ? "error"
                        : undefined
                  }
                >
                  {t(webhookMessages.deliveryStatus[delivery.status])}
                </Tag>
              ),
            },
            { header: t(m.webhook.attempts), cell: (delivery) => String(delivery.attempts) },
            {
              header: t(m.webhook.response),
              cell: (delivery) => (delivery.responseStatus ? String(delivery.responseStatus) : "—"),
            },
            { header: t(m.webhook.lastError), cell: (delivery) => delivery.lastError ?? "—" },
            {
              header: t(m.webhooks.createdAt),
              cell: (delivery) => <When page={page} value={delivery.createdAt} />,
            },
            {
              header: t(m.webhook.deliveredAt),
              cell: (delivery) =>
                delivery.deliveredAt ? <When page={page} value={delivery.deliveredAt} /> : "—",
            },
          ]}
        />
      )}
    </ConsoleLayout>
  );
}
