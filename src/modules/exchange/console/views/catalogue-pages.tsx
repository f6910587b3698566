import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { CatalogueEntry } from "../../grants/catalogue-repo";
import { EXCHANGE_PATH } from "../console-section";
import { exchangeConsoleMessages as m } from "../messages";
import { CatalogueTable } from "./exchange-parts";

/** The public catalogue: what each agency offers, never anyone's data. */
export function PublicCataloguePage({
  page,
  entries,
}: {
  page: PageContext;
  entries: CatalogueEntry[];
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.catalogue.title)}>
      <h1>{t(m.catalogue.title)}</h1>
      <p class="lead">{t(m.catalogue.lead)}</p>
      {entries.length === 0 ? (
        <p>{t(m.catalogue.empty)}</p>
      ) : (
        <CatalogueTable page={page} caption={t(m.catalogue.caption)} entries={entries} />
      )}
    </Layout>
  );
}

/** The same catalogue in the console, where an administrator asks for access. */
export function ConsoleCataloguePage({
  page,
  context,
  entries,
  canRequest,
}: {
  page: PageContext;
  context: ConsoleContext;
  entries: CatalogueEntry[];
  canRequest: boolean;
}) {
  const { t } = page;
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="exchange"
      title={t(m.catalogue.consoleTitle)}
    >
      <p>
        <a href={EXCHANGE_PATH}>{t(m.grant.back)}</a>
      </p>
      <p class="lead">{t(m.catalogue.lead)}</p>
      {entries.length === 0 ? (
        <p>{t(m.catalogue.empty)}</p>
      ) : (
        <CatalogueTable
          page={page}
          caption={t(m.catalogue.caption)}
          entries={entries}
          requestHref={
            canRequest
              ? (entry) =>
                  `${EXCHANGE_PATH}/requests/new?service=${encodeURIComponent(entry.dataServiceId)}`
              : undefined
          }
        />
      )}
    </ConsoleLayout>
  );
}
