import type { ConsoleSection } from "@/modules/console";

import { pkiMessages as m } from "./messages";
import { certificatePolicy } from "./policy";

export const CERTIFICATES_PATH = "/console/documents/certificates";

/** The agency's signing certificates, open to every member (administrators change them). */
export const certificateConsoleSection: ConsoleSection = {
  id: "document-certificates",
  href: CERTIFICATES_PATH,
  label: m.console.section,
  isOpenTo: (actor, agencyId) =>
    certificatePolicy.can(actor, "document_certificate.list", { agencyId }),
};
