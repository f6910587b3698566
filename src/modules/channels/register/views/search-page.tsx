import { readFileSync } from "node:fs";

import { registerAsset } from "@/core/ui/assets";
import { PageHeading, Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import { agencyMessages } from "@/modules/agencies";

import { channelMessages } from "../../messages";
import { channelKinds } from "../../schema";
import { registerMessages as m } from "../messages";
import type { RegisterSearchResult } from "../search-register";

export const registerStylesheetPath = registerAsset(
  "register.css",
  readFileSync(new URL("../assets/register.css", import.meta.url)),
  "text/css; charset=utf-8",
);

/** The register's own styles; a stylesheet link is allowed in the body and the layout has no slot for one. */
export function RegisterStylesheet() {
  return <link rel="stylesheet" href={registerStylesheetPath} />;
}

function searchHref(result: Pick<RegisterSearchResult, "query" | "kind">, page: number): string {
  const params = new URLSearchParams();
  if (result.query) params.set("q", result.query);
  if (result.kind) params.set("kind", result.kind);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/register?${query}` : "/register";
}

export function RegisterSearchPage({
  page,
  result,
  error,
}: {
  page: PageContext;
  result: RegisterSearchResult;
  error: string | null;
}) {
  const { t, locale } = page;
  const isSearch = result.query !== "" || result.kind !== null;
  const heading = !isSearch
    ? t(m.allAgencies, { count: result.total.toLocaleString("en") })
    : result.total === 1
      ? t(m.resultCountOne)
      : t(m.resultCount, { count: result.total.toLocaleString("en") });
  return (
    <Layout page={page} title={t(m.searchTitle)}>
      <RegisterStylesheet />
      <PageHeading>{t(m.searchTitle)}</PageHeading>
      <p class="lead">{t(m.searchLead)}</p>
      <form method="get" action="/register" role="search">
        <div class={error ? "field field--error" : "field"}>
          <label for="register-query">{t(m.queryLabel)}</label>
          <span class="hint" id="register-query-hint">
            {t(m.queryHint)}
          </span>
          {error ? (
            <span class="error-message" id="register-query-error">
              {error}
            </span>
          ) : null}
          <input
            class={error ? "input input--error" : "input"}
            id="register-query"
            name="q"
            type="search"
            value={result.query}
            maxlength={100}
            aria-describedby={
              error ? "register-query-hint register-query-error" : "register-query-hint"
            }
          />
        </div>
        <div class="field">
          <label for="register-kind">{t(m.kindLabel)}</label>
          <select class="input" id="register-kind" name="kind">
            <option value="">{t(m.anyKind)}</option>
            {channelKinds.map((kind) => (
              <option value={kind} selected={result.kind === kind}>
                {t(channelMessages.kinds[kind])}
              </option>
            ))}
          </select>
        </div>
        <button class="button button--secondary" type="submit">
          {t(m.searchButton)}
        </button>
      </form>
      <h2 aria-live="polite">{heading}</h2>
      {result.total === 0 ? <p>{t(m.noResults)}</p> : null}
      <ul class="card-list">
        {result.items.map((item) => {
          const name = locale === "th" ? item.agency.nameTh : item.agency.nameEn;
          const otherName = locale === "th" ? item.agency.nameEn : item.agency.nameTh;
          return (
            <li class="card">
              <h3>
                <a href={`/agencies/${item.agency.code}/channels`}>{name}</a>
              </h3>
              <p lang={locale === "th" ? "en" : "th"}>{otherName}</p>
              <p>
                <Tag>{t(agencyMessages.kinds[item.agency.kind])}</Tag>{" "}
                <code>{item.agency.code}</code>
                {item.agency.provinceTh ? ` · ${item.agency.provinceTh}` : ""}
              </p>
              {item.channels.length === 0 ? (
                <p>{t(m.noVerifiedChannel)}</p>
              ) : (
                <ul class="register-result__channels">
                  {item.channels.map((channel) => (
                    <li>
                      {t(channelMessages.kinds[channel.kind])}:{" "}
                      <span translate="no">
                        {channel.isMatch ? (
                          <mark>{channel.displayValue}</mark>
                        ) : (
                          channel.displayValue
                        )}
                      </span>
                      {channel.isMatch ? (
                        <span class="visually-hidden"> ({t(m.matchesQuery)})</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {item.channelCount > item.channels.length ? (
                <p>
                  <a href={`/agencies/${item.agency.code}/channels`}>
                    {t(m.moreChannels, { count: item.channelCount })}
                  </a>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {result.pages > 1 ? (
        <nav class="pagination" aria-label={t(m.pagination)}>
          <ul>
            {result.page > 1 ? (
              <li>
                <a href={searchHref(result, result.page - 1)} rel="prev">
                  {t(m.previous)}
                </a>
              </li>
            ) : null}
            <li aria-current="page">{t(m.pageOf, { page: result.page, pages: result.pages })}</li>
            {result.page < result.pages ? (
              <li>
                <a href={searchHref(result, result.page + 1)} rel="next">
                  {t(m.next)}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      <p>
        <a href="/opendata/official-channels">{t(m.openData)}</a> ·{" "}
        <a href="/check">{t(m.checkMessage)}</a>
      </p>
    </Layout>
  );
}
