import { formatDate, isoInstant } from "@/core/i18n";
import { type Column, fieldId, Table, Tag } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { scamReportMessages as m } from "../messages";
import type { IndicatorGroup, ScamReportSummary } from "../repo";
import type { ScamReportQueue } from "../review-scam-reports";
import { type IndicatorKind, type ScamReportStatus, scamReportStatuses } from "../schema";
import { STATUS_TONE } from "./standing-page";

export const QUEUE_PATH = "/console/operator/scam-reports";

export interface QueueQuery {
  status: ScamReportStatus | "all";
  indicator: { kind: IndicatorKind; indicator: string } | null;
  page: number;
}

export function queueHref(query: QueueQuery, changes: Partial<QueueQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.status !== "new") params.set("status", next.status);
  if (next.indicator) {
    params.set("kind", next.indicator.kind);
    params.set("indicator", next.indicator.indicator);
  }
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${QUEUE_PATH}?${search}` : QUEUE_PATH;
}

const OVERALL_TONE = { safe: "ok", caution: "warn", danger: "error" } as const;

function Filters({ page, query }: { page: PageContext; query: QueueQuery }) {
  const { t } = page;
  const id = fieldId("status");
  return (
    <form method="get" action={QUEUE_PATH}>
      <fieldset>
        <legend class="visually-hidden">{t(m.queue.filters)}</legend>
        {query.indicator ? (
          <>
            <input type="hidden" name="kind" value={query.indicator.kind} />
            <input type="hidden" name="indicator" value={query.indicator.indicator} />
          </>
        ) : null}
        <div class="field">
          <label for={id}>{t(m.queue.status)}</label>
          <select class="input" id={id} name="status">
            {scamReportStatuses.map((status) => (
              <option value={status} selected={query.status === status}>
                {t(m.statuses[status])}
              </option>
            ))}
            <option value="all" selected={query.status === "all"}>
              {t(m.queue.allStatuses)}
            </option>
          </select>
        </div>
        <button class="button button--secondary" type="submit">
          {t(m.queue.apply)}
        </button>
      </fieldset>
    </form>
  );
}

function Campaigns({
  page,
  query,
  campaigns,
}: {
  page: PageContext;
  query: QueueQuery;
  campaigns: IndicatorGroup[];
}) {
  const { t, locale } = page;
  const columns: Column<IndicatorGroup>[] = [
    {
      header: t(m.queue.indicator),
      cell: (group) => (
        <a
          href={queueHref(query, {
            indicator: { kind: group.kind, indicator: group.indicator },
            page: 1,
          })}
          translate="no"
        >
          {group.indicator}
        </a>
      ),
    },
    { header: t(m.queue.kind), cell: (group) => t(m.indicatorKinds[group.kind]) },
    {
      header: t(m.queue.looksLike),
      cell: (group) => (group.looksLike ? <span translate="no">{group.looksLike}</span> : "–"),
    },
    { header: t(m.queue.reports), cell: (group) => group.reports.toLocaleString(locale) },
    { header: t(m.queue.newReports), cell: (group) => group.newReports.toLocaleString(locale) },
    { header: t(m.queue.confirmed), cell: (group) => group.confirmed.toLocaleString(locale) },
    {
      header: t(m.queue.lastReported),
      cell: (group) => (
        <time datetime={isoInstant(group.lastReportedAt)}>
          {formatDate(group.lastReportedAt, locale, "short")}
        </time>
      ),
    },
  ];
  return (
    <section aria-labelledby="campaigns-heading">
      <h2 id="campaigns-heading">{t(m.queue.campaigns)}</h2>
      {campaigns.length === 0 ? (
        <p>{t(m.queue.noCampaigns)}</p>
      ) : (
        <Table caption={t(m.queue.campaignsCaption)} columns={columns} rows={campaigns} />
      )}
    </section>
  );
}

function Reports({
  page,
  query,
  queue,
}: {
  page: PageContext;
  query: QueueQuery;
  queue: ScamReportQueue;
}) {
  const { t, locale } = page;
  const columns: Column<ScamReportSummary>[] = [
    {
      header: t(m.queue.reference),
      cell: (report) => (
        <a href={`${QUEUE_PATH}/${report.id}`} translate="no">
          {report.reference}
        </a>
      ),
    },
    {
      header: t(m.queue.receivedAt),
      cell: (report) => (
        <time datetime={isoInstant(report.receivedAt)}>
          {formatDate(report.receivedAt, locale, "dateTime")}
        </time>
      ),
    },
    {
      header: t(m.queue.verdict),
      cell: (report) => (
        <Tag tone={OVERALL_TONE[report.overall]}>{t(m.overall[report.overall])}</Tag>
      ),
    },
    {
      header: t(m.queue.names),
      cell: (report) =>
        report.indicators.length === 0 ? (
          "–"
        ) : (
          <span translate="no">
            {report.indicators
              .slice(0, 3)
              .map((item) => item.indicator)
              .join(", ")}
            {report.indicators.length > 3 ? ", …" : ""}
          </span>
        ),
    },
    {
      header: t(m.queue.status),
      cell: (report) => <Tag tone={STATUS_TONE[report.status]}>{t(m.statuses[report.status])}</Tag>,
    },
  ];
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t(m.queue.listHeading)}</h2>
      <p>{t(m.queue.total, { count: queue.total.toLocaleString(locale) })}</p>
      {queue.items.length === 0 ? (
        <p>{t(m.queue.listEmpty)}</p>
      ) : (
        <Table caption={t(m.queue.listCaption)} columns={columns} rows={queue.items} />
      )}
      {queue.pages > 1 ? (
        <nav aria-label={t(m.queue.pages)}>
          <p>{t(m.queue.pageOf, { page: query.page, pages: queue.pages })}</p>
          <ul class="button-group">
            {query.page > 1 ? (
              <li>
                <a href={queueHref(query, { page: query.page - 1 })} rel="prev">
                  {t(m.queue.previous)}
                </a>
              </li>
            ) : null}
            {query.page < queue.pages ? (
              <li>
                <a href={queueHref(query, { page: query.page + 1 })} rel="next">
                  {t(m.queue.next)}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

/** The central operator's queue of scam reports, with the campaigns they reveal. */
export function ScamReportQueuePage({
  page,
  context,
  query,
  queue,
  retentionDays,
}: {
  page: PageContext;
  context: ConsoleContext;
  query: QueueQuery;
  queue: ScamReportQueue;
  retentionDays: number;
}) {
  const { t } = page;
  return (
    <ConsoleLayout page={page} context={context} current="scam-reports" title={t(m.queue.title)}>
      <p class="lead">{t(m.queue.lead, { days: retentionDays })}</p>
      <Filters page={page} query={query} />
      {query.indicator ? (
        <p>
          {t(m.queue.filteredBy, { indicator: query.indicator.indicator })}{" "}
          <a href={queueHref(query, { indicator: null, page: 1 })}>{t(m.queue.clearFilter)}</a>
        </p>
      ) : null}
      <Reports page={page} query={query} queue={queue} />
      <Campaigns page={page} query={query} campaigns={queue.campaigns} />
    </ConsoleLayout>
  );
}
