import { formatDate, isoInstant, type Locale, type Translate } from "@/core/i18n";
import { type Column, Table, Tag } from "@/core/ui/components";

import type { DeliveryStatus } from "./deliveries-repo";
import type { NotificationDeliverySummary } from "./list-deliveries";
import { notifyMessages as m } from "./messages";
import { isNotificationTemplateName } from "./template-data";

const statusTone: Record<DeliveryStatus, "ok" | "warn" | "error" | undefined> = {
  sent: "ok",
  pending: undefined,
  skipped: "warn",
  failed: "error",
};

function When({ value, locale }: { value: Date; locale: Locale }) {
  return <time datetime={isoInstant(value)}>{formatDate(value, locale, "dateTime")}</time>;
}

/**
 * The notices sent about a record (or an agency's recent ones), for
 * officers: what was sent, by which channel, to whom (masked), whether it
 * went, after how many tries, and the last problem.
 */
export function DeliveryList({
  t,
  locale,
  deliveries,
  caption,
  showSubject = false,
}: {
  t: Translate;
  locale: Locale;
  deliveries: NotificationDeliverySummary[];
  caption?: string | undefined;
  /** Adds a column naming the record each notice is about (for an agency-wide list). */
  showSubject?: boolean;
}) {
  if (deliveries.length === 0) return <p>{t(m.deliveries.none)}</p>;
  const columns: Column<NotificationDeliverySummary>[] = [
    {
      header: t(m.deliveries.notice),
      cell: (delivery) =>
        isNotificationTemplateName(delivery.template)
          ? t(m.template[delivery.template])
          : delivery.template,
    },
    ...(showSubject
      ? [
          {
            header: t(m.deliveries.subject),
            cell: (delivery: NotificationDeliverySummary) => (
              <code>
                {delivery.subject.kind} {delivery.subject.id}
              </code>
            ),
          },
        ]
      : []),
    { header: t(m.deliveries.channel), cell: (delivery) => t(m.channel[delivery.channel]) },
    { header: t(m.deliveries.recipient), cell: (delivery) => delivery.recipient },
    {
      header: t(m.deliveries.status),
      cell: (delivery) => (
        <Tag tone={statusTone[delivery.status]}>{t(m.status[delivery.status])}</Tag>
      ),
    },
    { header: t(m.deliveries.attempts), cell: (delivery) => String(delivery.attempts) },
    {
      header: t(m.deliveries.createdAt),
      cell: (delivery) => <When value={delivery.createdAt} locale={locale} />,
    },
    {
      header: t(m.deliveries.sentAt),
      cell: (delivery) =>
        delivery.sentAt ? <When value={delivery.sentAt} locale={locale} /> : "—",
    },
    { header: t(m.deliveries.lastError), cell: (delivery) => delivery.lastError ?? "—" },
  ];
  return <Table caption={caption ?? t(m.deliveries.caption)} columns={columns} rows={deliveries} />;
}
