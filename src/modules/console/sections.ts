import { can } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";
import type { Message } from "@/core/i18n";
import type { Agency } from "@/modules/agencies";
// Straight from its file, not the module's index: the console is loaded while
// the applications module is, and only this file is sure to be ready by then.
import { applicationConsoleSection } from "@/modules/applications/console-section";
import { channelImportConsoleSection } from "@/modules/channels/import/console-section";
import {
  channelConsoleSection,
  channelOperatorConsoleSection,
} from "@/modules/channels/lifecycle/console-section";
import { scamReportConsoleLink } from "@/modules/channels/reports/console-section";
import { documentBatchConsoleSection } from "@/modules/documents/bulk/console-section";
import { documentConsoleSection } from "@/modules/documents/console-section";
import { exchangeConsoleSection } from "@/modules/exchange/console/console-section";
import { levelConsoleSection, levelDashboardConsoleLink } from "@/modules/levels/console-section";
import { certificateConsoleSection } from "@/modules/pki/console-section";
import { serviceConsoleSection } from "@/modules/services";

import { consoleMessages as m } from "./messages";
import { canOperate } from "./operator-access";
import { notificationConsoleSection, webhookConsoleSection } from "./webhook-sections";

export interface ConsoleSection {
  id: string;
  href: string;
  label: Message;
  /** Whether the actor, acting for the agency, may open the section: links are shown only then. */
  isOpenTo: (actor: Actor, agencyId: string, agency: Pick<Agency, "kind">) => boolean;
}

/** A section of the central operator's work, listed for its officers only. */
function forOperator(link: Omit<ConsoleSection, "isOpenTo">): ConsoleSection {
  return { ...link, isOpenTo: (actor, _agencyId, agency) => canOperate(actor, agency) };
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
  applicationConsoleSection,
  {
    id: "api-keys",
    href: "/console/api-keys",
    label: m.shell.sections.apiKeys,
    isOpenTo: (actor, agencyId) => can(actor, "api_key.list", { agencyId }),
  },
  serviceConsoleSection,
  channelConsoleSection,
  documentConsoleSection,
  documentBatchConsoleSection,
  exchangeConsoleSection,
  certificateConsoleSection,
  levelConsoleSection,
  notificationConsoleSection,
  webhookConsoleSection,
  channelOperatorConsoleSection,
  channelImportConsoleSection,
  forOperator(scamReportConsoleLink),
  forOperator(levelDashboardConsoleLink),
];
