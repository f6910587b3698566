import { formatDate } from "@/core/i18n";
import { Table, Tag } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { BATCHES_PATH } from "../console-section";
import { batchMessages as m } from "../messages";
import type { BatchView } from "../read-batches";
import type { BatchStatus } from "../schema";

const statusTones: Record<BatchStatus, "ok" | "warn" | undefined> = {
  queued: undefined,
  running: "warn",
  done: "ok",
};

export function BatchStatusTag({ page, status }: { page: PageContext; status: BatchStatus }) {
  return <Tag tone={statusTones[status]}>{page.t(m.statuses[status])}</Tag>;
}

export function BatchListPage({
  page,
  context,
  batches,
  canCreate,
}: {
  page: PageContext;
  context: ConsoleContext;
  batches: BatchView[];
  canCreate: boolean;
}) {
  const { t, locale } = page;
  return (
    <ConsoleLayout page={page} context={context} current="document-batches" title={t(m.listTitle)}>
      <p class="lead">{t(m.listLead)}</p>
      {canCreate ? (
        <p>
          <a class="button" href={`${BATCHES_PATH}/new`}>
            {t(m.newBatch)}
          </a>
        </p>
      ) : null}
      {batches.length === 0 ? (
        <p>{t(m.noBatches)}</p>
      ) : (
        <Table
          caption={t(m.tableCaption)}
          rows={batches}
          columns={[
            {
              header: t(m.columns.createdAt),
              cell: ({ batch }) => (
                <a href={`${BATCHES_PATH}/${batch.id}`}>
                  {formatDate(batch.createdAt, locale, "dateTime")}
                </a>
              ),
            },
            {
              header: t(m.columns.documentType),
              cell: ({ documentType }) => documentType?.title[locale] ?? "—",
            },
            {
              header: t(m.columns.source),
              cell: ({ batch }) =>
                batch.source === "csv"
                  ? t(m.sources.csv, { file: batch.fileName ?? "" })
                  : t(m.sources.api),
            },
            {
              header: t(m.columns.progress),
              cell: ({ batch }) =>
                t(m.counts, { issued: batch.issued, failed: batch.failed, total: batch.total }),
            },
            {
              header: t(m.columns.status),
              cell: ({ batch }) => <BatchStatusTag page={page} status={batch.status} />,
            },
          ]}
        />
      )}
    </ConsoleLayout>
  );
}
