import type { ConsoleSection } from "@/modules/console";
// Straight from its file: the console's menu loads this while the console module is loading.
import { canOperate } from "@/modules/console/operator-access";

import { consoleImportMessages as m } from "./messages";

export const IMPORT_PATH = "/console/operator/import";

/** The operator's import in the console menu, for the operator's administrators only. */
export const channelImportConsoleSection: ConsoleSection = {
  id: "operator-import",
  href: IMPORT_PATH,
  label: m.title,
  isOpenTo: (actor, _agencyId, agency) => canOperate(actor, agency, "admin"),
};
