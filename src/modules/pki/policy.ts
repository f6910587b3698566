import { definePolicy } from "@/core/auth/policy";

/**
 * Every member of an agency sees its document-signing certificates; only its
 * administrators replace them, since the certificate signs for the agency.
 */
export const certificatePolicy = definePolicy({
  "document_certificate.list": { ability: "read" },
  "document_certificate.manage": { ability: "manage" },
});
