import type { Child } from "hono/jsx";

import { formatDate, isoInstant } from "@/core/i18n";
import { type Column, CsrfField, SelectField, Table, Tag } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { LaggingAgency, LaggingSort, LevelCounts } from "../dashboard-repo";
import type { LaggingFilter, LevelDashboard } from "../level-dashboard";
import { levelMessages as m } from "../messages";
import { levels } from "../schema";
import { LevelChart } from "./level-chart";

export const DASHBOARD_PATH = "/console/operator/levels";

export function dashboardHref(filter: LaggingFilter, changes: Partial<LaggingFilter> = {}): string {
  const next = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (next.sort !== "ministry") params.set("sort", next.sort);
  if (next.isDescending) params.set("dir", "desc");
  if (next.ministryCode) params.set("ministry", next.ministryCode);
  if (next.province !== null) params.set("province", next.province || "-");
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return `${DASHBOARD_PATH}${search ? `?${search}` : ""}#lagging`;
}

function countColumns<Row extends LevelCounts>(page: PageContext): Column<Row>[] {
  const { t, locale } = page;
  return [
    ...levels.map((level) => ({
      header: t(m.levels[level]),
      cell: (row: Row) => row[level].toLocaleString(locale),
    })),
    { header: t(m.dashboard.total), cell: (row: Row) => row.total.toLocaleString(locale) },
  ];
}

function SortHeader({
  page,
  filter,
  sort,
  label,
}: {
  page: PageContext;
  filter: LaggingFilter;
  sort: LaggingSort;
  label: string;
}) {
  const { t } = page;
  const isCurrent = filter.sort === sort;
  const nextIsDescending = isCurrent ? !filter.isDescending : false;
  return (
    <th
      scope="col"
      aria-sort={isCurrent ? (filter.isDescending ? "descending" : "ascending") : undefined}
    >
      <a href={dashboardHref(filter, { sort, isDescending: nextIsDescending, page: 1 })}>
        {label}
        <span class="visually-hidden">
          {" "}
          {isCurrent
            ? `(${t(filter.isDescending ? m.dashboard.sortedDescending : m.dashboard.sortedAscending)})`
            : `(${t(m.dashboard.sortBy, { column: label })})`}
        </span>
      </a>
    </th>
  );
}

function YesNo({ page, value }: { page: PageContext; value: boolean }) {
  return value ? <Tag tone="ok">{page.t(m.yes)}</Tag> : <Tag tone="error">{page.t(m.no)}</Tag>;
}

function Lagging({
  page,
  filter,
  dashboard,
}: {
  page: PageContext;
  filter: LaggingFilter;
  dashboard: LevelDashboard;
}) {
  const { t, locale } = page;
  const name = (record: { nameTh: string; nameEn: string }) =>
    locale === "th" ? record.nameTh : record.nameEn;
  const caption = t(m.dashboard.laggingCaption);
  const rows: Child[] = dashboard.lagging.items.map((agency: LaggingAgency) => (
    <tr>
      <td>
        {name(agency)} <span translate="no">({agency.code})</span>
      </td>
      <td>{agency.ministry ? name(agency.ministry) : t(m.dashboard.noMinistry)}</td>
      <td>{agency.province ?? t(m.dashboard.noProvince)}</td>
      <td>
        <YesNo page={page} value={agency.hasSelfAssessedBeginner} />
      </td>
      <td>
        <YesNo page={page} value={agency.hasVerifiedEmail} />
      </td>
    </tr>
  ));
  return (
    <section aria-labelledby="lagging">
      <h2 id="lagging">{t(m.dashboard.lagging)}</h2>
      <form method="get" action={DASHBOARD_PATH}>
        {/* A group, not a fieldset: a fieldset is as wide as its longest option on a phone. */}
        <div role="group" aria-label={t(m.dashboard.filters)}>
          <input type="hidden" name="sort" value={filter.sort} />
          {filter.isDescending ? <input type="hidden" name="dir" value="desc" /> : null}
          <SelectField
            name="ministry"
            label={t(m.dashboard.ministry)}
            value={filter.ministryCode ?? ""}
            options={[
              { value: "", label: t(m.dashboard.allMinistries) },
              ...dashboard.byMinistry.flatMap((row) =>
                row.ministry ? [{ value: row.ministry.code, label: name(row.ministry) }] : [],
              ),
            ]}
          />
          <SelectField
            name="province"
            label={t(m.dashboard.province)}
            value={filter.province === null ? "" : filter.province || "-"}
            options={[
              { value: "", label: t(m.dashboard.allProvinces) },
              ...dashboard.byProvince.map((row) => ({
                value: row.province ?? "-",
                label: row.province ?? t(m.dashboard.noProvince),
              })),
            ]}
          />
          <button class="button button--secondary" type="submit">
            {t(m.dashboard.apply)}
          </button>
        </div>
      </form>
      <p>
        {t(m.dashboard.laggingCount, { count: dashboard.lagging.total.toLocaleString(locale) })}
      </p>
      {dashboard.lagging.total === 0 ? (
        <p>{t(m.dashboard.laggingEmpty)}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
          <table class="table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <SortHeader page={page} filter={filter} sort="name" label={t(m.dashboard.agency)} />
                <SortHeader
                  page={page}
                  filter={filter}
                  sort="ministry"
                  label={t(m.dashboard.ministry)}
                />
                <SortHeader
                  page={page}
                  filter={filter}
                  sort="province"
                  label={t(m.dashboard.province)}
                />
                <th scope="col">{t(m.dashboard.selfAssessed)}</th>
                <th scope="col">{t(m.dashboard.verifiedEmail)}</th>
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      )}
      {dashboard.lagging.pages > 1 ? (
        <nav aria-label={t(m.dashboard.pages)}>
          <p>{t(m.dashboard.pageOf, { page: filter.page, pages: dashboard.lagging.pages })}</p>
          <ul class="button-group">
            {filter.page > 1 ? (
              <li>
                <a href={dashboardHref(filter, { page: filter.page - 1 })} rel="prev">
                  {t(m.dashboard.previous)}
                </a>
              </li>
            ) : null}
            {filter.page < dashboard.lagging.pages ? (
              <li>
                <a href={dashboardHref(filter, { page: filter.page + 1 })} rel="next">
                  {t(m.dashboard.next)}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}

/** The central operator's view of every agency's level: by ministry, by province, and who lags. */
export function LevelDashboardPage({
  page,
  context,
  filter,
  dashboard,
}: {
  page: PageContext;
  context: ConsoleContext;
  filter: LaggingFilter;
  dashboard: LevelDashboard;
}) {
  const { t, locale } = page;
  const name = (record: { nameTh: string; nameEn: string }) =>
    locale === "th" ? record.nameTh : record.nameEn;
  const ministryLabel = (row: LevelDashboard["byMinistry"][number]) =>
    row.ministry ? name(row.ministry) : t(m.dashboard.noMinistry);
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="levels-dashboard"
      title={t(m.dashboard.title)}
    >
      <p class="lead">{t(m.dashboard.lead)}</p>
      {dashboard.computedAt ? (
        <p>
          <time datetime={isoInstant(dashboard.computedAt)}>
            {t(m.dashboard.computedAt, {
              time: formatDate(dashboard.computedAt, locale, "dateTime"),
            })}
          </time>
        </p>
      ) : null}
      <form method="post" action={`${DASHBOARD_PATH}/refresh`}>
        <CsrfField token={page.csrfToken} />
        <button class="button button--secondary" type="submit">
          {t(m.dashboard.refresh)}
        </button>
      </form>
      <Table
        caption={t(m.dashboard.totalsCaption)}
        columns={[
          { header: t(m.dashboard.agencies), cell: () => t(m.dashboard.total) },
          ...countColumns<LevelCounts>(page),
        ]}
        rows={[dashboard.totals]}
      />
      <section aria-labelledby="by-ministry">
        <h2 id="by-ministry">{t(m.dashboard.byMinistry)}</h2>
        <LevelChart
          page={page}
          id="ministry-chart"
          title={t(m.dashboard.chartTitle)}
          rows={dashboard.byMinistry.map((row) => ({ ...row, label: ministryLabel(row) }))}
        />
        <Table
          caption={t(m.dashboard.byMinistryCaption)}
          columns={[
            { header: t(m.dashboard.ministry), cell: ministryLabel },
            ...countColumns<LevelDashboard["byMinistry"][number]>(page),
          ]}
          rows={dashboard.byMinistry}
        />
      </section>
      <section aria-labelledby="by-province">
        <h2 id="by-province">{t(m.dashboard.byProvince)}</h2>
        <Table
          caption={t(m.dashboard.byProvinceCaption)}
          columns={[
            {
              header: t(m.dashboard.province),
              cell: (row) => row.province ?? t(m.dashboard.noProvince),
            },
            ...countColumns<LevelDashboard["byProvince"][number]>(page),
          ]}
          rows={dashboard.byProvince}
        />
      </section>
      <Lagging page={page} filter={filter} dashboard={dashboard} />
      <p>
        <a href="/api/v1/levels">{t(m.dashboard.openData)}</a>
      </p>
    </ConsoleLayout>
  );
}
