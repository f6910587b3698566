import { definePolicy } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";

/**
 * Bulk issuance. Every member follows a batch's progress. One upload issues
 * thousands of documents in the agency's name, so among officers only
 * administrators start a batch; an agency system does it with an API key
 * holding documents:issue.
 */
export const documentBatchPolicy = definePolicy({
  "document_batch.view": { ability: "read", apiKeyScope: "documents:issue" },
  "document_batch.create": { ability: "manage" },
  "document_batch.create_by_system": { ability: "act", apiKeyScope: "documents:issue" },
});

/** Whether the actor may start a batch for the agency: an administrator, or a key with the scope. */
function creationAction(actor: Actor) {
  return actor.type === "api_key" ? "document_batch.create_by_system" : "document_batch.create";
}

export function authorizeBatchCreation(actor: Actor, agencyId: string): void {
  documentBatchPolicy.authorize(actor, creationAction(actor), { agencyId });
}

export function canCreateBatch(actor: Actor, agencyId: string): boolean {
  return documentBatchPolicy.can(actor, creationAction(actor), { agencyId });
}
