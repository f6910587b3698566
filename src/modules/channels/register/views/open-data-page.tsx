import { PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { registerMessages } from "../messages";
import {
  OPEN_DATA_PATH,
  openDataColumns,
  openDataDescription,
  openDataLicence,
  openDataTitle,
  SNAPSHOT_RETENTION_DAYS,
} from "../open-data";
import type { SnapshotSummary } from "../open-data-repo";

const m = registerMessages.openDataPage;

/** The dataset's landing page: what it holds, under which licence, and every file kept. */
export function OpenDataPage({
  page,
  snapshots,
}: {
  page: PageContext;
  snapshots: SnapshotSummary[];
}) {
  const { t, locale } = page;
  const days = [...new Set(snapshots.map((snapshot) => snapshot.day))];
  return (
    <Layout page={page} title={openDataTitle[locale]}>
      <PageHeading>{openDataTitle[locale]}</PageHeading>
      <p class="lead">{openDataDescription[locale]}</p>
      <dl class="summary-list">
        <dt>{t(m.latest)}</dt>
        <dd>
          <a href={`${OPEN_DATA_PATH}.csv`}>CSV</a> · <a href={`${OPEN_DATA_PATH}.json`}>JSON</a> ·{" "}
          <a href={`${OPEN_DATA_PATH}/metadata.json`}>{t(m.metadata)}</a>
        </dd>
        <dt>{t(m.licence)}</dt>
        <dd>
          <a href={openDataLicence.url}>{openDataLicence.title[locale]}</a>
        </dd>
        <dt>{t(m.updated)}</dt>
        <dd>{t(m.csvNote)}</dd>
      </dl>
      <h2>{t(m.columns)}</h2>
      <div class="table-scroll" role="region" aria-label={t(m.columns)} tabindex={0}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t(m.column)}</th>
              <th scope="col">{t(m.meaning)}</th>
            </tr>
          </thead>
          <tbody>
            {openDataColumns.map(([name, meaning]) => (
              <tr>
                <td>
                  <code>{name}</code>
                </td>
                <td>{meaning[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t(m.snapshots, { days: SNAPSHOT_RETENTION_DAYS })}</h2>
      {days.length === 0 ? (
        <p>{t(m.noSnapshot)}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t(m.files)} tabindex={0}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t(m.date)}</th>
                <th scope="col">{t(m.rows)}</th>
                <th scope="col">{t(m.files)}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => {
                const files = snapshots.filter((snapshot) => snapshot.day === day);
                return (
                  <tr>
                    <td>{day}</td>
                    <td>{(files[0]?.rowCount ?? 0).toLocaleString("en")}</td>
                    <td>
                      {files.map((file) => (
                        <p>
                          <a href={`${OPEN_DATA_PATH}/${day}.${file.format}`}>
                            {file.format.toUpperCase()}
                          </a>{" "}
                          <small>
                            SHA-256 <code>{file.sha256}</code>
                          </small>
                        </p>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
