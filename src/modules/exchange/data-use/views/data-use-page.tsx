import { formatDate, isoInstant, type Locale } from "@/core/i18n";
import { Button, CsrfField, Notice, PageHeading, SelectField, Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import type { ConsentListing, ConsentState } from "../../consent";
import { DATA_USE_PAGE_PATH } from "../../consent/consent-receipt";
import { receiptPathOf } from "../../consent/schema";
import type { BilingualText } from "../../schema";
import type { DataUseEntryView, DataUsePage as DataUseListing } from "../list-data-use";
import { dataUseMessages as m } from "../messages";
import type { DataUseOutcome } from "../repo";
import { dataUsePeriods, type DataUseQueryInput } from "../schema";

const outcomeTones: Record<DataUseOutcome, "ok" | "warn" | "error" | undefined> = {
  ok: "ok",
  not_found: undefined,
  denied: "error",
  invalid: "error",
  provider_error: "warn",
  timeout: "warn",
};

const stateTones: Record<ConsentState, "ok" | "warn" | undefined> = {
  live: "ok",
  revoked: undefined,
  expired: "warn",
};

export type DataUseFilterValues = Pick<DataUseQueryInput, "agency" | "dataService" | "period">;

function listHref(filter: DataUseFilterValues, page: number): string {
  const params = new URLSearchParams();
  if (filter.agency) params.set("agency", filter.agency);
  if (filter.dataService) params.set("dataService", filter.dataService);
  if (filter.period) params.set("period", filter.period);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${DATA_USE_PAGE_PATH}?${query}` : DATA_USE_PAGE_PATH;
}

export function DataUsePage({
  page,
  listing,
  filter,
  consents,
  notifyByEmail,
  hasEmail,
  done,
}: {
  page: PageContext;
  listing: DataUseListing;
  filter: DataUseFilterValues;
  consents: (ConsentListing & { state: ConsentState })[];
  notifyByEmail: boolean;
  hasEmail: boolean;
  done: "revoked" | "notices" | null;
}) {
  const { t, locale } = page;
  const isFiltered = Boolean(filter.agency || filter.dataService || filter.period);
  return (
    <Layout page={page} title={t(m.title)}>
      <PageHeading>{t(m.title)}</PageHeading>
      <p class="lead">{t(m.lead)}</p>
      {done === "revoked" ? <Notice tone="ok">{t(m.consents.revoked)}</Notice> : null}
      {done === "notices" ? <Notice tone="ok">{t(m.notices.saved)}</Notice> : null}
      {listing.isIdentified ? null : <p>{t(m.notIdentified)}</p>}

      <form method="get" action={DATA_USE_PAGE_PATH} role="search" aria-label={t(m.filter.heading)}>
        <SelectField
          name="agency"
          label={t(m.filter.agency)}
          value={filter.agency ?? ""}
          anyLabel={t(m.filter.any)}
          options={listing.facets.agencies.map((agency) => ({
            value: agency.code,
            label: agency.name[locale],
          }))}
        />
        <SelectField
          name="dataService"
          label={t(m.filter.dataService)}
          value={filter.dataService ?? ""}
          anyLabel={t(m.filter.any)}
          options={listing.facets.dataServices.map((service) => ({
            value: service.id,
            label: service.name[locale],
          }))}
        />
        <SelectField
          name="period"
          label={t(m.filter.period)}
          value={filter.period ?? ""}
          anyLabel={t(m.filter.any)}
          options={dataUsePeriods.map((period) => ({
            value: period,
            label: t(m.filter.periods[period]),
          }))}
        />
        <div class="button-group">
          <Button variant="secondary">{t(m.filter.apply)}</Button>
          {isFiltered ? <a href={DATA_USE_PAGE_PATH}>{t(m.filter.clear)}</a> : null}
        </div>
      </form>

      <h2 id="records">
        {listing.total === 1
          ? t(m.countOne)
          : t(m.count, { count: listing.total.toLocaleString("en") })}
      </h2>
      {listing.total === 0 ? <p>{t(isFiltered ? m.noneFiltered : m.none)}</p> : null}
      <ul class="card-list data-use-list">
        {listing.entries.map((entry) => (
          <DataUseCard entry={entry} page={page} />
        ))}
      </ul>
      <Paging page={page} listing={listing} filter={filter} />

      <h2 id="consents">{t(m.consents.heading)}</h2>
      <p>{t(m.consents.lead)}</p>
      {consents.length === 0 ? <p>{t(m.consents.none)}</p> : null}
      <ul class="card-list">
        {consents.map((consent) => (
          <ConsentCard consent={consent} page={page} />
        ))}
      </ul>

      <h2 id="notices">{t(m.notices.heading)}</h2>
      {hasEmail ? null : <p>{t(m.notices.noEmail)}</p>}
      <form method="post" action={`${DATA_USE_PAGE_PATH}/notices`}>
        <CsrfField token={page.csrfToken} />
        <div class="field">
          <div class="choice">
            <input
              type="checkbox"
              id="field-notifyByEmail"
              name="notifyByEmail"
              value="true"
              checked={notifyByEmail}
            />
            <label for="field-notifyByEmail">{t(m.notices.emailMe)}</label>
          </div>
        </div>
        <Button variant="secondary">{t(m.notices.save)}</Button>
      </form>
    </Layout>
  );
}

function name(text: BilingualText, locale: Locale): string {
  return text[locale];
}

function DataUseCard({ entry, page }: { entry: DataUseEntryView; page: PageContext }) {
  const { t, locale } = page;
  const service = entry.consumerServiceName?.[locale] ?? entry.consumerSubsystem ?? null;
  return (
    <li class="card">
      <h3>{entry.consumerAgency ? name(entry.consumerAgency.name, locale) : entry.consumer}</h3>
      <p>
        <Tag tone={outcomeTones[entry.outcome]}>{t(m.outcomes[entry.outcome])}</Tag>
      </p>
      <dl class="summary-list">
        {service ? (
          <>
            <dt>{t(m.entry.service)}</dt>
            <dd>{service}</dd>
          </>
        ) : null}
        <dt>{t(m.entry.purpose)}</dt>
        <dd>{entry.purposeText?.[locale] ?? entry.purpose ?? "-"}</dd>
        <dt>{t(m.entry.data)}</dt>
        <dd>
          {entry.dataService ? (
            name(entry.dataService.name, locale)
          ) : (
            <span translate="no">{entry.service}</span>
          )}
        </dd>
        <dt>{t(m.entry.provider)}</dt>
        <dd>{entry.provider ? name(entry.provider.name, locale) : "-"}</dd>
        <dt>{t(m.entry.time)}</dt>
        <dd>
          <time datetime={isoInstant(entry.occurredAt)}>
            {formatDate(entry.occurredAt, locale, "dateTime")}
          </time>
        </dd>
      </dl>
    </li>
  );
}

function ConsentCard({
  consent,
  page,
}: {
  consent: ConsentListing & { state: ConsentState };
  page: PageContext;
}) {
  const { t, locale } = page;
  const params = {
    dataService: consent.dataServiceName[locale],
    consumer: consent.consumer.name[locale],
  };
  return (
    <li class="card">
      <h3>{t(m.consents.title, params)}</h3>
      <p>
        <Tag tone={stateTones[consent.state]}>{t(m.consents.states[consent.state])}</Tag>
      </p>
      <dl class="summary-list">
        <dt>{t(m.consents.consumer)}</dt>
        <dd>{consent.consumer.name[locale]}</dd>
        <dt>{t(m.consents.provider)}</dt>
        <dd>{consent.provider.name[locale]}</dd>
        <dt>{t(m.consents.agreed)}</dt>
        <dd>{consent.explanation[locale]}</dd>
        <dt>{t(m.consents.givenAt)}</dt>
        <dd>
          <time datetime={isoInstant(consent.givenAt)}>
            {formatDate(consent.givenAt, locale, "dateTime")}
          </time>
        </dd>
        {consent.state === "revoked" && consent.revokedAt ? (
          <>
            <dt>{t(m.consents.revokedAt)}</dt>
            <dd>
              <time datetime={isoInstant(consent.revokedAt)}>
                {formatDate(consent.revokedAt, locale, "dateTime")}
              </time>
            </dd>
          </>
        ) : (
          <>
            <dt>{t(m.consents.expiresAt)}</dt>
            <dd>
              {consent.expiresAt ? (
                <time datetime={isoInstant(consent.expiresAt)}>
                  {formatDate(consent.expiresAt, locale, "dateTime")}
                </time>
              ) : (
                t(m.consents.untilRevoked)
              )}
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={receiptPathOf(consent.id)} download={`consent-receipt-${consent.id}.json`}>
          {t(m.consents.receipt)}
        </a>
      </p>
      {consent.state === "live" ? (
        <form method="post" action={`/me/consents/${consent.id}/revoke`}>
          <CsrfField token={page.csrfToken} />
          <button
            class="button button--warning"
            type="submit"
            aria-label={t(m.consents.revokeLabel, params)}
          >
            {t(m.consents.revoke)}
          </button>
        </form>
      ) : null}
    </li>
  );
}

function Paging({
  page,
  listing,
  filter,
}: {
  page: PageContext;
  listing: DataUseListing;
  filter: DataUseFilterValues;
}) {
  const { t } = page;
  if (listing.pages <= 1) return null;
  return (
    <nav aria-label={t(m.pages)}>
      <p>{t(m.pageOf, { page: listing.page, pages: listing.pages })}</p>
      <ul class="button-group">
        {listing.page > 1 ? (
          <li>
            <a href={listHref(filter, listing.page - 1)} rel="prev">
              {t(m.previous)}
            </a>
          </li>
        ) : null}
        {listing.page < listing.pages ? (
          <li>
            <a href={listHref(filter, listing.page + 1)} rel="next">
              {t(m.next)}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
