import { can } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";
import type { Message } from "@/core/i18n";

import { consoleMessages as m } from "./messages";

export interface ConsoleSection {
  id: string;
  href: string;
  label: Message;
  /** Whether the actor, acting for the agency, may open the section: links are shown only then. */
  isOpenTo: (actor: Actor, agencyId: string) => boolean;
}

/**
 * The console's sections, in the order of its menu. A module that adds
 * pages to the console adds its section here, asking its own policy.
 */
export const consoleSections: readonly ConsoleSection[] = [
  {
    id: "overview",
    href: "/console",
    label: m.shell.sections.overview,
    isOpenTo: (actor, agencyId) => can(actor, "agency.view", { agencyId }),
  },
  {
    id: "api-keys",
    href: "/console/api-keys",
    label: m.shell.sections.apiKeys,
    isOpenTo: (actor, agencyId) => can(actor, "api_key.list", { agencyId }),
  },
];
