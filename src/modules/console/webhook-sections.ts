import { notificationPolicy } from "@/core/notify";
import { webhookPolicy } from "@/core/webhooks";

import type { ConsoleSection } from "./sections";
import { webhookPageMessages as m } from "./webhook-messages";

export const notificationConsoleSection: ConsoleSection = {
  id: "notifications",
  href: "/console/notifications",
  label: m.sections.notifications,
  isOpenTo: (actor, agencyId) => notificationPolicy.can(actor, "notification.list", { agencyId }),
};

export const webhookConsoleSection: ConsoleSection = {
  id: "webhooks",
  href: "/console/webhooks",
  label: m.sections.webhooks,
  isOpenTo: (actor, agencyId) => webhookPolicy.can(actor, "webhook.list", { agencyId }),
};
