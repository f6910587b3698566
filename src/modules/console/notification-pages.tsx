import { DeliveryList, type NotificationDeliverySummary } from "@/core/notify";
import { Notice } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import type { ConsoleContext } from "./console-access";
import { ConsoleLayout } from "./views/console-layout";
import { webhookPageMessages as m } from "./webhook-messages";

/** The agency's latest notices to people, with their state, tries and last problem. */
export function NotificationsPage({
  page,
  context,
  deliveries,
  hasMailServer,
}: {
  page: PageContext;
  context: ConsoleContext;
  deliveries: NotificationDeliverySummary[];
  hasMailServer: boolean;
}) {
  const { t } = page;
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="notifications"
      title={t(m.notifications.title)}
    >
      <p class="lead">{t(m.notifications.lead)}</p>
      {hasMailServer ? null : <Notice>{t(m.notifications.noMailServer)}</Notice>}
      <DeliveryList t={t} locale={page.locale} deliveries={deliveries} showSubject />
    </ConsoleLayout>
  );
}
