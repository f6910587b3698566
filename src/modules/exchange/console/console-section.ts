import type { ConsoleSection } from "@/modules/console";

import { canViewGrants } from "../grants/policy";
import { exchangeConsoleMessages as m } from "./messages";

export const EXCHANGE_PATH = "/console/exchange";

/** Data exchange in the console menu, for every member (administrators ask, decide and revoke). */
export const exchangeConsoleSection: ConsoleSection = {
  id: "exchange",
  href: EXCHANGE_PATH,
  label: m.section,
  isOpenTo: (actor, agencyId) => canViewGrants(actor, agencyId),
};
