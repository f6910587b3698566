import { definePolicy } from "@/core/auth/policy";

/**
 * Every member of an agency sees what it issued; officers issue, suspend,
 * reinstate and revoke; administrators define document types and keys. An
 * agency system acts through an API key holding the scope named here.
 */
export const documentPolicy = definePolicy({
  "document.list": { ability: "read", apiKeyScope: "documents:read" },
  "document.view": { ability: "read", apiKeyScope: "documents:read" },
  "document.issue": { ability: "act", apiKeyScope: "documents:issue" },
  "document.change_status": { ability: "act", apiKeyScope: "documents:revoke" },
  "document_type.manage": { ability: "manage" },
});

export type DocumentAction = Parameters<typeof documentPolicy.authorize>[1];
