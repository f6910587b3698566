import type { ConsoleSection } from "@/modules/console";

import { serviceConsoleMessages } from "./console-messages";
import { servicePolicy } from "./service-policy";

/**
 * The console's section for services, open to every member of the agency
 * (only administrators may change anything there). It imports nothing that
 * leads back to the console, so the console may list it while loading.
 */
export const serviceConsoleSection: ConsoleSection = {
  id: "services",
  href: "/console/services",
  label: serviceConsoleMessages.section,
  isOpenTo: (actor, agencyId) => servicePolicy.can(actor, "service.view", { agencyId }),
};
