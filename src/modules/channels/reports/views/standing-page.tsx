import { formatDate, isoInstant } from "@/core/i18n";
import { Notice, PageHeading, Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { scamReportMessages as m } from "../messages";
import type { ScamReportStatus } from "../schema";

export const STATUS_TONE: Record<ScamReportStatus, "ok" | "warn" | "error" | undefined> = {
  new: undefined,
  confirmed_scam: "error",
  not_scam: "ok",
  duplicate: "warn",
};

/** Where a report stands, for the person who sent it: no text, only its reference and status. */
export function ReportStandingPage({
  page,
  standing,
  isJustReceived,
}: {
  page: PageContext;
  standing: { reference: string; status: ScamReportStatus; receivedAt: Date; expiresAt: Date };
  isJustReceived: boolean;
}) {
  const { t, locale } = page;
  const title = isJustReceived
    ? t(m.received.title)
    : t(m.standing.title, { reference: standing.reference });
  return (
    <Layout page={page} title={title}>
      <PageHeading>{title}</PageHeading>
      {isJustReceived ? (
        <Notice tone="ok">
          <p>{t(m.received.lead)}</p>
        </Notice>
      ) : null}
      <dl class="summary-list">
        <dt>{t(m.received.reference)}</dt>
        <dd>
          <strong translate="no">{standing.reference}</strong>
        </dd>
        <dt>{t(m.received.receivedAt)}</dt>
        <dd>
          <time datetime={isoInstant(standing.receivedAt)}>
            {formatDate(standing.receivedAt, locale, "dateTime")}
          </time>
        </dd>
        <dt>{t(m.received.status)}</dt>
        <dd>
          <Tag tone={STATUS_TONE[standing.status]}>{t(m.statuses[standing.status])}</Tag>
        </dd>
        <dt>{t(m.received.deletedAfter)}</dt>
        <dd>
          <time datetime={isoInstant(standing.expiresAt)}>
            {formatDate(standing.expiresAt, locale)}
          </time>
        </dd>
      </dl>
      <p>{t(m.received.keepReference)}</p>
      <p>
        <a href="/check">{t(m.received.checkAnother)}</a>
      </p>
    </Layout>
  );
}
