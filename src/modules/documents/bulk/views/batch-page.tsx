import { formatDate } from "@/core/i18n";
import { Notice, Table } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { BATCHES_PATH } from "../console-section";
import { batchMessages as m } from "../messages";
import type { BatchView } from "../read-batches";
import type { BatchRowError } from "../schema";
import { BatchStatusTag } from "./batch-list-page";

export const REFRESH_SECONDS = 5;

export function BatchPage({
  page,
  context,
  view,
  errors,
  isRefreshing,
}: {
  page: PageContext;
  context: ConsoleContext;
  view: BatchView;
  errors: BatchRowError[];
  isRefreshing: boolean;
}) {
  const { t, locale } = page;
  const { batch } = view;
  const path = `${BATCHES_PATH}/${batch.id}`;
  const settled = batch.issued + batch.failed;
  const title = t(m.batchTitle, { type: view.documentType?.title[locale] ?? "—" });
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="document-batches"
      title={title}
      refreshSeconds={isRefreshing ? REFRESH_SECONDS : undefined}
    >
      <dl class="summary-list">
        <dt>{t(m.columns.status)}</dt>
        <dd>
          <BatchStatusTag page={page} status={batch.status} />
        </dd>
        <dt>{t(m.columns.source)}</dt>
        <dd>
          {batch.source === "csv"
            ? t(m.sources.csv, { file: batch.fileName ?? "" })
            : t(m.sources.api)}
        </dd>
        <dt>{t(m.columns.createdAt)}</dt>
        <dd>{formatDate(batch.createdAt, locale, "dateTime")}</dd>
        <dt>{t(m.columns.progress)}</dt>
        <dd>
          <p id="batch-counts" role="status">
            {t(m.counts, { issued: batch.issued, failed: batch.failed, total: batch.total })}
          </p>
          <progress
            max={batch.total}
            value={settled}
            aria-label={t(m.progressLabel)}
            aria-describedby="batch-counts"
          >
            {`${settled}/${batch.total}`}
          </progress>
        </dd>
      </dl>
      {batch.status === "done" ? (
        <Notice tone={batch.failed === 0 ? "ok" : undefined}>
          {batch.failed === 0 ? t(m.doneAll) : t(m.doneWithFailures, { failed: batch.failed })}
        </Notice>
      ) : (
        <p>
          {isRefreshing ? (
            <>
              {t(m.refreshing, { seconds: REFRESH_SECONDS })}{" "}
              <a href={`${path}?refresh=off`}>{t(m.stopRefreshing)}</a>
            </>
          ) : (
            <a href={path}>{t(m.refreshNow)}</a>
          )}
        </p>
      )}
      {errors.length > 0 ? (
        <Table
          caption={t(m.errorsCaption)}
          rows={errors}
          columns={[
            { header: t(m.errorColumns.row), cell: (error) => String(error.row) },
            { header: t(m.errorColumns.holder), cell: (error) => error.holderName },
            { header: t(m.errorColumns.field), cell: (error) => <code>{error.field}</code> },
            { header: t(m.errorColumns.problem), cell: (error) => error.messages[locale] },
          ]}
        />
      ) : null}
      <p>
        <a href={BATCHES_PATH}>{t(m.backToList)}</a>
      </p>
    </ConsoleLayout>
  );
}
