import { defineMessages } from "@/core/i18n";
import type { ConsoleSection } from "@/modules/console";

import { documentPolicy } from "./policy";

const sectionMessages = defineMessages({
  documents: { th: "เอกสารที่ออก", en: "Issued documents" },
});

/** The documents the agency issued, open to every member (officers change their status). */
export const documentConsoleSection: ConsoleSection = {
  id: "documents",
  href: "/console/documents",
  label: sectionMessages.documents,
  isOpenTo: (actor, agencyId) => documentPolicy.can(actor, "document.list", { agencyId }),
};
