import { type Column, fieldId, SelectField, Table } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { applicationConsoleMessages as m } from "../console-messages";
import type { InboxItem } from "../inbox";
import { applicationStatuses } from "../schema";
import { consolePaths, DueState, StatusTag, When } from "./console-parts";

export interface InboxQuery {
  status: (typeof applicationStatuses)[number] | "open" | "all";
  service: string;
  assignee: "me" | "unclaimed" | "all";
  isOverdueOnly: boolean;
  page: number;
}

export function inboxHref(query: InboxQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.status !== "open") params.set("status", query.status);
  if (query.service) params.set("service", query.service);
  if (query.assignee !== "all") params.set("assignee", query.assignee);
  if (query.isOverdueOnly) params.set("overdue", "on");
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${consolePaths.inbox}?${search}` : consolePaths.inbox;
}

function Filters({
  page,
  query,
  services,
}: {
  page: PageContext;
  query: InboxQuery;
  services: { id: string; name: string }[];
}) {
  const { t } = page;
  return (
    <form method="get" action={consolePaths.inbox}>
      <fieldset>
        <legend>{t(m.inbox.filters)}</legend>
        <SelectField
          name="status"
          label={t(m.inbox.status)}
          value={query.status}
          options={[
            { value: "open", label: t(m.inbox.statusOpen) },
            ...applicationStatuses.map((status) => ({ value: status, label: t(m.status[status]) })),
            { value: "all", label: t(m.inbox.statusAll) },
          ]}
        />
        <SelectField
          name="service"
          label={t(m.inbox.service)}
          value={query.service}
          options={[
            { value: "", label: t(m.inbox.serviceAll) },
            ...services.map((service) => ({ value: service.id, label: service.name })),
          ]}
        />
        <SelectField
          name="assignee"
          label={t(m.inbox.assignee)}
          value={query.assignee}
          options={[
            { value: "all", label: t(m.inbox.assigneeAll) },
            { value: "me", label: t(m.inbox.assigneeMe) },
            { value: "unclaimed", label: t(m.inbox.assigneeUnclaimed) },
          ]}
        />
        <div class="field choice">
          <input
            type="checkbox"
            id={fieldId("overdue")}
            name="overdue"
            value="on"
            checked={query.isOverdueOnly}
          />
          <label for={fieldId("overdue")}>{t(m.inbox.overdueOnly)}</label>
        </div>
        <button class="button button--secondary" type="submit">
          {t(m.inbox.apply)}
        </button>
      </fieldset>
    </form>
  );
}

function Paging({ page, query, pages }: { page: PageContext; query: InboxQuery; pages: number }) {
  const { t } = page;
  if (pages <= 1) return null;
  return (
    <nav aria-label={t(m.inbox.pages)}>
      <p>{t(m.inbox.pageOf, { page: query.page, pages })}</p>
      <ul class="button-group">
        {query.page > 1 ? (
          <li>
            <a href={inboxHref(query, query.page - 1)} rel="prev">
              {t(m.inbox.previous)}
            </a>
          </li>
        ) : null}
        {query.page < pages ? (
          <li>
            <a href={inboxHref(query, query.page + 1)} rel="next">
              {t(m.inbox.next)}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function InboxPage({
  page,
  context,
  query,
  services,
  items,
  total,
  pageSize,
}: {
  page: PageContext;
  context: ConsoleContext;
  query: InboxQuery;
  services: { id: string; name: string }[];
  items: InboxItem[];
  total: number;
  pageSize: number;
}) {
  const { t, locale } = page;
  const from = (query.page - 1) * pageSize + 1;
  const columns: Column<InboxItem>[] = [
    {
      header: t(m.inbox.reference),
      cell: ({ application }) => (
        <a href={consolePaths.application(application.id)}>{application.reference}</a>
      ),
    },
    { header: t(m.application.service), cell: ({ service }) => service.definition.name[locale] },
    {
      header: t(m.application.status),
      cell: ({ application }) => <StatusTag t={t} status={application.status} />,
    },
    {
      header: t(m.inbox.received),
      cell: ({ application }) => <When value={application.submittedAt} locale={locale} />,
    },
    {
      header: t(m.inbox.due),
      cell: ({ application, isOverdue }) => (
        <DueState t={t} locale={locale} application={application} isOverdue={isOverdue} />
      ),
    },
    {
      header: t(m.inbox.claimedBy),
      cell: ({ claimedByName }) => claimedByName ?? t(m.inbox.nobody),
    },
  ];
  return (
    <ConsoleLayout page={page} context={context} current="applications" title={t(m.inbox.title)}>
      <p class="lead">{t(m.inbox.lead)}</p>
      <Filters page={page} query={query} services={services} />
      {items.length === 0 ? (
        <p role="status">{t(m.inbox.empty)}</p>
      ) : (
        <Table
          caption={t(m.inbox.caption, { from, to: from + items.length - 1, total })}
          columns={columns}
          rows={items}
        />
      )}
      <Paging page={page} query={query} pages={Math.ceil(total / pageSize)} />
    </ConsoleLayout>
  );
}
