import type { Child } from "hono/jsx";

import { authMessages } from "@/core/auth/auth-messages";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import type { ConsoleContext } from "../console-access";
import { consoleMessages as m } from "../messages";
import { consoleSections } from "../sections";

export function localName(page: PageContext, record: { nameTh: string; nameEn: string }): string {
  return page.locale === "th" ? record.nameTh : record.nameEn;
}

/** Every console page: who is signed in, for which agency and role, and the sections they may open. */
export function ConsoleLayout({
  page,
  context,
  current,
  title,
  refreshSeconds,
  children,
}: {
  page: PageContext;
  context: ConsoleContext;
  current: string;
  title: string;
  refreshSeconds?: number | undefined;
  children: Child;
}) {
  const { t } = page;
  const sections = consoleSections.filter((section) =>
    section.isOpenTo(context.actor, context.agency.id, context.agency),
  );
  return (
    <Layout page={page} title={title} refreshSeconds={refreshSeconds}>
      <p class="caption">
        {t(m.shell.title)} · {localName(page, context.agency)}
      </p>
      <h1>{title}</h1>
      <dl class="summary-list">
        <dt>{t(m.shell.signedInAs)}</dt>
        <dd>
          {localName(page, context.officer)} ({context.officer.email})
        </dd>
        <dt>{t(m.shell.agency)}</dt>
        <dd>
          {localName(page, context.agency)}
          {context.memberships.length > 1 ? (
            <>
              {" "}
              · <a href="/console/agency">{t(m.shell.changeAgency)}</a>
            </>
          ) : null}
        </dd>
        <dt>{t(m.shell.role)}</dt>
        <dd>{t(authMessages.roles[context.role])}</dd>
      </dl>
      <nav aria-label={t(m.shell.navigation)}>
        <ul>
          {sections.map((section) => (
            <li>
              <a href={section.href} aria-current={section.id === current ? "page" : undefined}>
                {t(section.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Layout>
  );
}
