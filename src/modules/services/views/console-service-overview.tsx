import { formatDate, isoInstant } from "@/core/i18n";
import { Notice, Table } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { serviceConsoleMessages as m } from "../console-messages";
import type { ManagedService, VersionEntry } from "../console-repo";
import type { DefinitionProblem } from "../definition-problems";
import { editorAnchors } from "../editor-form";
import {
  draftName,
  DraftProblemSummary,
  serviceBasePath,
  StatusTag,
} from "./console-service-common";
import { ServicePreview } from "./service-preview";

type Loose = Record<string, unknown>;

/**
 * One service as its agency sees it: where it stands, every published
 * version (each stays readable), what may be done next, and the draft's
 * preview. Members who may not change it see the same, without the actions.
 */
export function ServiceOverviewPage({
  page,
  context,
  service,
  versions,
  problems,
  canEdit,
  notice,
}: {
  page: PageContext;
  context: ConsoleContext;
  service: ManagedService;
  versions: VersionEntry[];
  problems: readonly DefinitionProblem[];
  canEdit: boolean;
  notice: string | null;
}) {
  const { t, locale } = page;
  const base = serviceBasePath(service.id);
  const draft = (service.draft ?? {}) as Loose;
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="services"
      title={draftName(draft, locale, t)}
    >
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      {canEdit ? (
        <DraftProblemSummary
          t={t}
          problems={problems}
          anchors={editorAnchors(draft)}
          serviceId={service.id}
          isOnEditor={false}
        />
      ) : (
        <Notice>{t(m.overview.readOnly)}</Notice>
      )}
      <dl class="summary-list">
        <dt>{t(m.overview.id)}</dt>
        <dd>
          <code>{service.id}</code>
        </dd>
        <dt>{t(m.overview.status)}</dt>
        <dd>
          <StatusTag t={t} service={service} />
          {service.status === "retired" && service.retiredAt ? (
            <p>
              {t(m.overview.retiredOn, {
                date: formatDate(service.retiredAt, locale),
                reason: service.retirementReason?.[locale] ?? "",
              })}
            </p>
          ) : null}
        </dd>
        <dt>{t(m.overview.lastChange)}</dt>
        <dd>
          <time datetime={isoInstant(service.updatedAt)}>
            {formatDate(service.updatedAt, locale, "dateTime")}
          </time>
        </dd>
      </dl>

      {canEdit ? (
        <>
          <h2>{t(m.overview.actions)}</h2>
          <ul>
            <li>
              <a href={`${base}/edit`}>{t(m.overview.edit)}</a>
            </li>
            <li>
              <a href={`${base}/json`}>{t(m.overview.json)}</a>
            </li>
            <li>
              <a href={`${base}/publish`}>{t(m.overview.publish)}</a>
            </li>
            {service.status === "published" ? (
              <li>
                <a href={`${base}/retire`}>{t(m.overview.retire)}</a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}

      <h2>{t(m.overview.versions)}</h2>
      {versions.length === 0 ? (
        <p>{t(m.overview.noVersions)}</p>
      ) : (
        <Table
          caption={t(m.overview.versions)}
          rows={versions}
          columns={[
            { header: t(m.overview.version), cell: (entry) => entry.version },
            {
              header: t(m.overview.publishedAt),
              cell: (entry) => (
                <time datetime={isoInstant(entry.publishedAt)}>
                  {formatDate(entry.publishedAt, locale, "dateTime")}
                </time>
              ),
            },
            {
              header: t(m.list.links),
              cell: (entry) => (
                <a href={`/services/${service.id}?version=${entry.version}`}>
                  {t(m.overview.read, { version: entry.version })}
                </a>
              ),
            },
          ]}
        />
      )}

      <section class="preview" aria-labelledby="service-preview-title">
        <h2 id="service-preview-title">{t(m.overview.draftPreview)}</h2>
        <ServicePreview t={t} locale={locale} draft={draft} agency={context.agency} />
      </section>
      <p>
        <a href="/console/services">{t(m.overview.backToList)}</a>
      </p>
    </ConsoleLayout>
  );
}
