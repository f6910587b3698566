import type { ConsoleSection } from "@/modules/console";

import { batchMessages as m } from "./messages";
import { documentBatchPolicy } from "./policy";

export const BATCHES_PATH = "/console/documents/batches";

/** Bulk issuance in the console menu, for every member (administrators upload). */
export const documentBatchConsoleSection: ConsoleSection = {
  id: "document-batches",
  href: BATCHES_PATH,
  label: m.section,
  isOpenTo: (actor, agencyId) =>
    documentBatchPolicy.can(actor, "document_batch.view", { agencyId }),
};
