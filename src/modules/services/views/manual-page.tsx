import { formatDate, isoInstant } from "@/core/i18n";
import { Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { serviceMessages as m } from "../messages";
import type { PublishedService } from "../schema";
import type { ServiceSatisfaction } from "../service-satisfaction";
import { ServiceManual } from "./service-manual";

export { formatBaht } from "./service-manual";

export function ManualPage({
  page,
  service,
  satisfaction,
  isCurrentVersion,
  providerNames,
}: {
  page: PageContext;
  service: PublishedService;
  satisfaction: ServiceSatisfaction;
  isCurrentVersion: boolean;
  providerNames?: ReadonlyMap<string, { nameTh: string; nameEn: string }>;
}) {
  const { t, locale } = page;
  const canApplyOnline = isCurrentVersion && service.definition.form !== undefined;
  return (
    <Layout page={page} title={service.definition.name[locale]}>
      <ServiceManual
        t={t}
        locale={locale}
        definition={service.definition}
        agency={service.agency}
        totalWorkingDays={service.totalWorkingDays}
        providerNames={providerNames}
        meta={
          <p>
            <Tag>{t(m.version, { version: service.version })}</Tag>{" "}
            <time datetime={isoInstant(service.publishedAt)}>
              {t(m.publishedOn, { date: formatDate(service.publishedAt, locale) })}
            </time>
            {" · "}
            {satisfaction.responses > 0
              ? t(m.satisfaction, {
                  percent: satisfaction.percent ?? 0,
                  average: satisfaction.average ?? 0,
                  count: satisfaction.responses,
                })
              : t(m.satisfactionNone)}
          </p>
        }
        action={
          canApplyOnline ? (
            <p>
              <a class="button" href={`/services/${service.id}/apply`}>
                {t(m.applyOnline)}
              </a>
            </p>
          ) : null
        }
      />
    </Layout>
  );
}
