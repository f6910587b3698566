import { withinAgency } from "@/core/db/tenant";
import { createRouter } from "@/core/http/openapi";
import { listDeliveries, notificationPolicy } from "@/core/notify";
import { pageContext } from "@/core/ui/page-context";

import { requireConsoleOfficer } from "./console-access";
import { NotificationsPage } from "./notification-pages";

export const notificationPageRoutes = createRouter();

notificationPageRoutes.get("/console/notifications", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  notificationPolicy.authorize(context.actor, "notification.list", { agencyId: context.agency.id });
  const deliveries = await withinAgency(c.get("db"), context.agency.id, (scope) =>
    listDeliveries(scope, { limit: 100 }),
  );
  return c.html(
    <NotificationsPage
      page={pageContext(c)}
      context={context}
      deliveries={deliveries}
      hasMailServer={Boolean(c.get("config").notify.smtpUrl)}
    />,
  );
});
