import type { ConsoleSection } from "@/modules/console";
// Straight from its file, not the console's index: the console lists these
// sections while it loads, and only this file is sure to be ready by then.
import { canOperate } from "@/modules/console/operator-access";

import { lifecycleMessages as m } from "./lifecycle-messages";
import { channelPolicy } from "./policy";

/** The agency's channels, open to every member (administrators change them). */
export const channelConsoleSection: ConsoleSection = {
  id: "channels",
  href: "/console/channels",
  label: m.sections.channels,
  isOpenTo: (actor, agencyId) => channelPolicy.can(actor, "channel.list", { agencyId }),
};

/** The central operator's queue of channel reviews, shown to the operator's officers only. */
export const channelOperatorConsoleSection: ConsoleSection = {
  id: "operator-channels",
  href: "/console/operator/channels",
  label: m.sections.operator,
  isOpenTo: (actor, _agencyId, agency) => canOperate(actor, agency),
};
