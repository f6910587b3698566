import { Notice } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { CatalogueEntry } from "../../grants/catalogue-repo";
import type { GrantEvent } from "../../grants/grant-notices";
import type { GrantView } from "../../grants/grant-views";
import type { ExchangeCall } from "../calls-repo";
import { EXCHANGE_PATH } from "../console-section";
import { exchangeConsoleMessages as m } from "../messages";
import { CallsTable, CatalogueTable, GrantsTable } from "./exchange-parts";

export interface ExchangeOverview {
  /** The agency's own data services: it is a provider when it has any, or was asked. */
  services: CatalogueEntry[];
  incoming: GrantView[];
  granted: GrantView[];
  own: GrantView[];
  callsMade: ExchangeCall[];
  callsReceived: ExchangeCall[];
  notice: GrantEvent | null;
}

/**
 * The agency's side of the exchange on one page: as provider, its services,
 * the requests to decide, the access it granted and the calls made to it;
 * as consumer, its requests and access and the calls it made.
 */
export function ExchangePage({
  page,
  context,
  view,
}: {
  page: PageContext;
  context: ConsoleContext;
  view: ExchangeOverview;
}) {
  const { t } = page;
  const isProvider =
    view.services.length > 0 || view.incoming.length > 0 || view.granted.length > 0;
  return (
    <ConsoleLayout page={page} context={context} current="exchange" title={t(m.title)}>
      {view.notice ? (
        <Notice tone="ok">
          <p>{t(m.done[view.notice])}</p>
        </Notice>
      ) : null}
      <p class="lead">{t(m.lead)}</p>
      {isProvider ? (
        <>
          <h2 id="incoming">{t(m.provider.incoming)}</h2>
          {view.incoming.length === 0 ? (
            <p>{t(m.provider.noIncoming)}</p>
          ) : (
            <GrantsTable
              page={page}
              caption={t(m.provider.incoming)}
              views={view.incoming}
              side="provider"
            />
          )}
          <h2 id="granted">{t(m.provider.granted)}</h2>
          {view.granted.length === 0 ? (
            <p>{t(m.provider.noGranted)}</p>
          ) : (
            <GrantsTable
              page={page}
              caption={t(m.provider.granted)}
              views={view.granted}
              side="provider"
            />
          )}
          {view.services.length > 0 ? (
            <>
              <h2 id="services">{t(m.provider.services)}</h2>
              <CatalogueTable
                page={page}
                caption={t(m.provider.services)}
                entries={view.services}
              />
            </>
          ) : null}
          <h2 id="calls-received">{t(m.provider.calls)}</h2>
          <CallsTable
            page={page}
            caption={t(m.provider.calls)}
            calls={view.callsReceived}
            showConsumer
          />
        </>
      ) : null}
      <h2 id="own">{t(m.consumer.own)}</h2>
      <p>
        <a href={`${EXCHANGE_PATH}/catalogue`}>{t(m.consumer.catalogueLink)}</a>
      </p>
      {view.own.length === 0 ? (
        <p>{t(m.consumer.noOwn)}</p>
      ) : (
        <GrantsTable page={page} caption={t(m.consumer.own)} views={view.own} side="consumer" />
      )}
      <h2 id="calls-made">{t(m.consumer.calls)}</h2>
      <CallsTable
        page={page}
        caption={t(m.consumer.calls)}
        calls={view.callsMade}
        showConsumer={false}
      />
    </ConsoleLayout>
  );
}
