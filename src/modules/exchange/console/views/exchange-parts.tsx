import { formatDate, isoInstant } from "@/core/i18n";
import { Table, Tag } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import type { AgencyRef } from "@/modules/exchange/lookups";
import type { BilingualText } from "@/modules/exchange/schema";

import type { CatalogueEntry } from "../../grants/catalogue-repo";
import type { GrantView } from "../../grants/grant-views";
import { grantMessages } from "../../grants/messages";
import type { ExchangeCall } from "../calls-repo";
import { EXCHANGE_PATH } from "../console-section";
import { exchangeConsoleMessages as m } from "../messages";

export function local(page: PageContext, text: BilingualText): string {
  return page.locale === "th" ? text.th : text.en;
}

export function agencyName(page: PageContext, agency: AgencyRef): string {
  return page.locale === "th" ? agency.nameTh : agency.nameEn;
}

export function When({ page, at }: { page: PageContext; at: Date | null }) {
  if (!at) return <>{page.t(m.never)}</>;
  return <time datetime={isoInstant(at)}>{formatDate(at, page.locale, "dateTime")}</time>;
}

export function GrantStatusTag({ page, view }: { page: PageContext; view: GrantView }) {
  const status = grantMessages.status;
  if (view.isExpired) return <Tag tone="warn">{page.t(status.expired)}</Tag>;
  const tone = { requested: "warn", approved: "ok", rejected: "error", revoked: "error" } as const;
  return <Tag tone={tone[view.grant.status]}>{page.t(status[view.grant.status])}</Tag>;
}

/** A data service by name, with its X-Road service id beneath. */
export function ServiceName({ page, service }: { page: PageContext; service: CatalogueEntry }) {
  return (
    <>
      {local(page, service.name)}
      <br />
      <code>{service.serviceId}</code>
    </>
  );
}

/** The fields a grant allows, by label: all of the service's when it names none. */
export function FieldLabels({
  page,
  service,
  keys,
}: {
  page: PageContext;
  service: CatalogueEntry;
  keys: readonly string[] | null;
}) {
  if (keys === null) return <>{page.t(m.allFields)}</>;
  const labels = new Map(service.fields.map((field) => [field.key, field.label]));
  return (
    <>
      {keys
        .map((key) => {
          const label = labels.get(key);
          return label ? local(page, label) : key;
        })
        .join(", ")}
    </>
  );
}

/** Grants, as the provider sees them (consumer first) or the consumer (provider first). */
export function GrantsTable({
  page,
  caption,
  views,
  side,
}: {
  page: PageContext;
  caption: string;
  views: GrantView[];
  side: "provider" | "consumer";
}) {
  const { t } = page;
  return (
    <Table
      caption={caption}
      rows={views}
      columns={[
        side === "provider"
          ? {
              header: t(m.column.consumer),
              cell: (view) => (
                <>
                  {agencyName(page, view.consumer)}
                  <br />
                  <code>{view.grant.consumerSubsystem ?? t(m.anySubsystem)}</code>
                </>
              ),
            }
          : {
              header: t(m.column.provider),
              cell: (view) => agencyName(page, view.provider),
            },
        {
          header: t(m.column.service),
          cell: (view) => <ServiceName page={page} service={view.service} />,
        },
        {
          header: t(m.column.purpose),
          cell: (view) => (
            <>
              {local(page, view.grant.purposeText)}
              <br />
              <code>{view.grant.purpose}</code>
            </>
          ),
        },
        { header: t(m.column.basis), cell: (view) => t(grantMessages.basis[view.grant.basis]) },
        { header: t(m.column.status), cell: (view) => <GrantStatusTag page={page} view={view} /> },
        {
          header: t(m.column.expiresAt),
          cell: (view) => <When page={page} at={view.grant.expiresAt} />,
        },
        {
          header: t(m.column.action),
          cell: (view) => {
            const isToDecide = side === "provider" && view.grant.status === "requested";
            const label = isToDecide ? t(m.decide) : t(m.open);
            return (
              <a
                href={`${EXCHANGE_PATH}/grants/${view.grant.id}`}
                aria-label={`${label}: ${local(page, view.service.name)} · ${side === "provider" ? agencyName(page, view.consumer) : agencyName(page, view.provider)}`}
              >
                {label}
              </a>
            );
          },
        },
      ]}
    />
  );
}

/** Every data service, with who provides it and what it returns; a request link where offered. */
export function CatalogueTable({
  page,
  caption,
  entries,
  requestHref,
}: {
  page: PageContext;
  caption: string;
  entries: CatalogueEntry[];
  requestHref?: ((entry: CatalogueEntry) => string | null) | undefined;
}) {
  const { t } = page;
  return (
    <Table
      caption={caption}
      rows={entries}
      columns={[
        { header: t(m.column.provider), cell: (entry) => agencyName(page, entry.provider) },
        {
          header: t(m.column.registry),
          cell: (entry) => (
            <>
              {local(page, entry.registry.name)}
              <br />
              {t(m.registryKind[entry.registry.kind])}
            </>
          ),
        },
        {
          header: t(m.column.service),
          cell: (entry) => <ServiceName page={page} service={entry} />,
        },
        {
          header: t(m.column.fields),
          cell: (entry) => (
            <FieldLabels
              page={page}
              service={entry}
              keys={entry.fields.map((field) => field.key)}
            />
          ),
        },
        {
          header: t(m.column.classification),
          cell: (entry) => t(grantMessages.classification[entry.classification]),
        },
        {
          header: t(m.column.consent),
          cell: (entry) => (entry.consentRequired ? t(m.yes) : t(m.no)),
        },
        ...(requestHref
          ? [
              {
                header: t(m.column.action),
                cell: (entry: CatalogueEntry) => {
                  const href = requestHref(entry);
                  return href ? (
                    <a
                      href={href}
                      aria-label={t(m.requestAccessTo, { service: local(page, entry.name) })}
                    >
                      {t(m.requestAccess)}
                    </a>
                  ) : null;
                },
              },
            ]
          : []),
      ]}
    />
  );
}

/** Calls of the exchange log: time, parties, service, purpose and outcome; never the subject. */
export function CallsTable({
  page,
  caption,
  calls,
  showConsumer,
}: {
  page: PageContext;
  caption: string;
  calls: ExchangeCall[];
  showConsumer: boolean;
}) {
  const { t } = page;
  if (calls.length === 0) return <p>{t(m.noCalls)}</p>;
  return (
    <Table
      caption={caption}
      rows={calls}
      columns={[
        { header: t(m.column.time), cell: (call) => <When page={page} at={call.occurredAt} /> },
        ...(showConsumer
          ? [
              {
                header: t(m.column.consumer),
                cell: (call: ExchangeCall) => <code>{call.consumer}</code>,
              },
            ]
          : []),
        { header: t(m.column.service), cell: (call) => <code>{call.service}</code> },
        { header: t(m.column.purpose), cell: (call) => call.purpose ?? "—" },
        {
          header: t(m.column.outcome),
          cell: (call) => (
            <Tag tone={call.outcome === "ok" ? "ok" : "error"}>{t(m.outcome[call.outcome])}</Tag>
          ),
        },
      ]}
    />
  );
}
