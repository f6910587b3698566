import { formatDate } from "@/core/i18n";
import { Notice, PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import type { ServiceStanding } from "../console-repo";
import { serviceMessages as m } from "../messages";
import type { PublishedService } from "../schema";

/** The page of a retired service: it is no longer offered, why, and whom to ask. */
export function RetiredServicePage({
  page,
  standing,
  lastVersion,
}: {
  page: PageContext;
  standing: ServiceStanding & { retiredAt: Date };
  lastVersion: PublishedService;
}) {
  const { t, locale } = page;
  const agencyName = locale === "th" ? standing.agency.nameTh : standing.agency.nameEn;
  const name = lastVersion.definition.name[locale];
  return (
    <Layout page={page} title={`${name}: ${t(m.retired.title)}`}>
      <PageHeading caption={t(m.retired.title)}>{name}</PageHeading>
      <Notice>
        <p>
          {t(m.retired.lead, { agency: agencyName, date: formatDate(standing.retiredAt, locale) })}
        </p>
      </Notice>
      {standing.retirementReason ? (
        <>
          <h2>{t(m.retired.reason)}</h2>
          <p>{standing.retirementReason[locale]}</p>
        </>
      ) : null}
      <h2>{t(m.retired.contact)}</h2>
      <ul>
        <li>
          <a href={`/agencies/${standing.agency.code}`}>
            {t(m.retired.agencyPage, { agency: agencyName })}
          </a>
        </li>
        {standing.agency.website ? (
          <li>
            {t(m.retired.website)}: <a href={standing.agency.website}>{standing.agency.website}</a>
          </li>
        ) : null}
      </ul>
      <p>
        <a href={`/services/${standing.serviceId}?version=${lastVersion.version}`}>
          {t(m.retired.lastVersion, { version: lastVersion.version })}
        </a>
      </p>
      <p>
        <a href="/services">{t(m.retired.findOthers)}</a>
      </p>
    </Layout>
  );
}
