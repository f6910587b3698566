import { PageHeading, Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { agencyMessages as m } from "../messages";
import type { Agency } from "../schema";

export function agencyName(agency: Agency, page: PageContext): string {
  return page.locale === "th" ? agency.nameTh : agency.nameEn;
}

export function AgencyDirectoryPage({
  page,
  agencies,
  search,
}: {
  page: PageContext;
  agencies: Agency[];
  search: string;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.directoryTitle)}>
      <PageHeading>{t(m.directoryTitle)}</PageHeading>
      <p class="lead">{t(m.directoryLead)}</p>
      <form method="get" action="/agencies" role="search">
        <div class="field">
          <label for="agency-search">{t(m.searchLabel)}</label>
          <span class="hint" id="agency-search-hint">
            {t(m.searchHint)}
          </span>
          <input
            class="input"
            id="agency-search"
            name="q"
            type="search"
            value={search}
            aria-describedby="agency-search-hint"
          />
        </div>
        <button class="button button--secondary" type="submit">
          {t(m.searchButton)}
        </button>
      </form>
      <h2 aria-live="polite">
        {agencies.length === 1 ? t(m.resultCountOne) : t(m.resultCount, { count: agencies.length })}
      </h2>
      {agencies.length === 0 ? <p>{t(m.noResults)}</p> : null}
      <ul class="card-list">
        {agencies.map((agency) => (
          <li class="card">
            <h3>
              <a href={`/agencies/${agency.code}`}>{agencyName(agency, page)}</a>
            </h3>
            <p lang={page.locale === "th" ? "en" : "th"}>
              {page.locale === "th" ? agency.nameEn : agency.nameTh}
            </p>
            <Tag>{t(m.kinds[agency.kind])}</Tag>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function AgencyPage({
  page,
  agency,
  parent,
  children,
}: {
  page: PageContext;
  agency: Agency;
  parent: Agency | null;
  children: Agency[];
}) {
  const { t } = page;
  return (
    <Layout page={page} title={agencyName(agency, page)}>
      <PageHeading caption={t(m.kinds[agency.kind])}>{agencyName(agency, page)}</PageHeading>
      <p class="lead" lang={page.locale === "th" ? "en" : "th"}>
        {page.locale === "th" ? agency.nameEn : agency.nameTh}
      </p>
      <dl class="summary-list">
        <dt>{t(m.code)}</dt>
        <dd>
          <code>{agency.code}</code>
        </dd>
        {parent ? (
          <>
            <dt>{t(m.parent)}</dt>
            <dd>
              <a href={`/agencies/${parent.code}`}>{agencyName(parent, page)}</a>
            </dd>
          </>
        ) : null}
        {agency.provinceTh ? (
          <>
            <dt>{t(m.province)}</dt>
            <dd>{agency.provinceTh}</dd>
          </>
        ) : null}
        {agency.website ? (
          <>
            <dt>{t(m.website)}</dt>
            <dd>
              {/^https?:\/\//.test(agency.website) ? (
                <a href={agency.website}>{agency.website}</a>
              ) : (
                agency.website
              )}
            </dd>
          </>
        ) : null}
      </dl>
      {children.length > 0 ? (
        <>
          <h2>{t(m.subAgencies)}</h2>
          <ul>
            {children.map((child) => (
              <li>
                <a href={`/agencies/${child.code}`}>{agencyName(child, page)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
