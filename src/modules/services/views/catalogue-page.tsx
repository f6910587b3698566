import { PageHeading, SelectField, Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import type { Agency } from "@/modules/agencies";

import { serviceMessages as m } from "../messages";
import {
  type LifeEvent,
  lifeEvents,
  serviceCategories,
  type ServiceCategory,
  type ServiceSummary,
} from "../schema";

export interface CatalogueQuery {
  q: string;
  agency: string;
  category: ServiceCategory | undefined;
  lifeEvent: LifeEvent | undefined;
}

export function CataloguePage({
  page,
  services,
  agencies,
  query,
}: {
  page: PageContext;
  services: ServiceSummary[];
  agencies: Agency[];
  query: CatalogueQuery;
}) {
  const { t, locale } = page;
  return (
    <Layout page={page} title={t(m.catalogueTitle)}>
      <PageHeading>{t(m.catalogueTitle)}</PageHeading>
      <p class="lead">{t(m.catalogueLead)}</p>
      <form method="get" action="/services" role="search">
        <div class="field">
          <label for="service-search">{t(m.searchLabel)}</label>
          <span class="hint" id="service-search-hint">
            {t(m.searchHint)}
          </span>
          <input
            class="input"
            id="service-search"
            name="q"
            type="search"
            value={query.q}
            aria-describedby="service-search-hint"
          />
        </div>
        <SelectField
          id="service-agency"
          name="agency"
          label={t(m.agencyFilter)}
          anyLabel={t(m.anyOption)}
          value={query.agency}
          options={agencies.map((agency) => ({
            value: agency.code,
            label: locale === "th" ? agency.nameTh : agency.nameEn,
          }))}
        />
        <SelectField
          id="service-category"
          name="category"
          label={t(m.categoryFilter)}
          anyLabel={t(m.anyOption)}
          value={query.category ?? ""}
          options={serviceCategories.map((value) => ({ value, label: t(m.categories[value]) }))}
        />
        <SelectField
          id="service-life-event"
          name="lifeEvent"
          label={t(m.lifeEventFilter)}
          anyLabel={t(m.anyOption)}
          value={query.lifeEvent ?? ""}
          options={lifeEvents.map((value) => ({ value, label: t(m.lifeEvents[value]) }))}
        />
        <button class="button button--secondary" type="submit">
          {t(m.searchButton)}
        </button>
      </form>
      <h2 aria-live="polite">
        {services.length === 1 ? t(m.resultCountOne) : t(m.resultCount, { count: services.length })}
      </h2>
      {services.length === 0 ? <p>{t(m.noResults)}</p> : null}
      <ul class="card-list">
        {services.map((service) => (
          <li class="card">
            <h3>
              <a href={`/services/${service.id}`}>{service.name[locale]}</a>
            </h3>
            <p>{locale === "th" ? service.agency.nameTh : service.agency.nameEn}</p>
            <p>{service.summary[locale]}</p>
            <Tag>{t(m.categories[service.category])}</Tag>{" "}
            <Tag>{t(m.workingDaysTotal, { days: service.totalWorkingDays })}</Tag>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
