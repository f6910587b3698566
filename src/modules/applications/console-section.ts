import type { ConsoleSection } from "@/modules/console";

import { applicationConsoleMessages } from "./console-messages";
import { applicationPolicy } from "./policy";

/**
 * The console's section for the agency's applications, open to every member
 * who may list them (viewers read; officers and administrators act). It
 * imports nothing that leads back to the console, so the console may list
 * it while loading.
 */
export const applicationConsoleSection: ConsoleSection = {
  id: "applications",
  href: "/console/inbox",
  label: applicationConsoleMessages.section,
  isOpenTo: (actor, agencyId) => applicationPolicy.can(actor, "application.list", { agencyId }),
};
