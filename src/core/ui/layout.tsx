import type { Child } from "hono/jsx";

import { coreMessages as m } from "@/core/i18n/core-messages";

import { stylesheetPath } from "./assets";
import type { PageContext } from "./page-context";

export interface LayoutProps {
  page: PageContext;
  title: string;
  /** Reloads the page after this many seconds, without script (a progress page). */
  refreshSeconds?: number | undefined;
  children: Child;
}

export function Layout({ page, title, refreshSeconds, children }: LayoutProps) {
  const { t, locale, actor } = page;
  const otherLocale = locale === "th" ? "en" : "th";
  const switchHref = `/language?to=${otherLocale}&next=${encodeURIComponent(page.path)}`;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t(m.siteName)}`}</title>
        {refreshSeconds ? <meta http-equiv="refresh" content={String(refreshSeconds)} /> : null}
        <link rel="stylesheet" href={stylesheetPath} />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(m.skipToContent)}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              {t(m.siteName)} <small>{t(m.siteTagline)}</small>
            </a>
            <nav class="site-nav" aria-label={t(m.mainNavigation)}>
              <ul>
                <li>
                  <a href="/services">{t(m.nav.services)}</a>
                </li>
                <li>
                  <a href="/agencies">{t(m.nav.agencies)}</a>
                </li>
                {actor.type === "officer" ? (
                  <li>
                    <a href="/console">{t(m.nav.console)}</a>
                  </li>
                ) : null}
                {actor.type === "citizen" ? (
                  <>
                    <li>
                      <a href="/me/applications">{t(m.nav.myApplications)}</a>
                    </li>
                    <li>
                      <a href="/me/data-use">{t(m.nav.myDataUse)}</a>
                    </li>
                    <li>
                      <a href="/me">{t(m.nav.myAccount)}</a>
                    </li>
                  </>
                ) : null}
                {actor.type === "anonymous" ? (
                  <li>
                    <a href="/sign-in">{t(m.nav.signIn)}</a>
                  </li>
                ) : (
                  <li>
                    <form method="post" action="/sign-out">
                      <input type="hidden" name="_csrf" value={page.csrfToken ?? ""} />
                      <button class="link-button" type="submit">
                        {t(m.nav.signOut)}
                      </button>
                    </form>
                  </li>
                )}
                <li>
                  <a
                    href={switchHref}
                    lang={otherLocale}
                    hreflang={otherLocale}
                    aria-label={t(m.languageSwitchLabel)}
                  >
                    {t(m.languageSwitch)}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t(m.footer.law)}</p>
            <p>
              <a href="/track">{t(m.nav.track)}</a> ·{" "}
              <a href="/verify">{t(m.nav.verifyDocument)}</a> ·{" "}
              <a href="/verify/receipt">{t(m.nav.verifyReceipt)}</a> ·{" "}
              <a href="/check">{t(m.nav.checkChannel)}</a> ·{" "}
              <a href="/api/docs">{t(m.nav.apiDocs)}</a> · {t(m.footer.openSource)}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
