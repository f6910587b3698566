import type { ConsoleSection } from "@/modules/console";

import { levelMessages } from "./messages";
import { levelPolicy } from "./policy";

/**
 * The agency's own level, open to every member. It imports nothing that
 * leads back to the console, so the console may list it while loading.
 */
export const levelConsoleSection: ConsoleSection = {
  id: "level",
  href: "/console/level",
  label: levelMessages.section,
  isOpenTo: (actor, agencyId) => levelPolicy.can(actor, "level.view", { agencyId }),
};

/** The operator's dashboard of every agency's level; the console shows it to the operator only. */
export const levelDashboardConsoleLink = {
  id: "levels-dashboard",
  href: "/console/operator/levels",
  label: levelMessages.dashboardSection,
} as const;
