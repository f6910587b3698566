import { definePolicy } from "@/core/auth/policy";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

/**
 * What the agency's people and programs may do with its applications.
 * Viewers read, officers work them, and an agency system holding the right
 * API scope may read or act as the scope says.
 */
export const applicationPolicy = definePolicy({
  "application.list": { ability: "read", apiKeyScope: "applications:read" },
  "application.view": { ability: "read", apiKeyScope: "applications:read" },
  "application.claim": { ability: "act", apiKeyScope: "applications:write" },
  "application.assign": { ability: "act" },
  "application.note": { ability: "act" },
  "application.request_info": { ability: "act", apiKeyScope: "applications:write" },
  "application.decide": { ability: "act", apiKeyScope: "applications:write" },
});

export type ApplicationAction = Parameters<typeof applicationPolicy.authorize>[1];

/**
 * The applicant's own access: a citizen sees only what they submitted. To
 * anyone else the application does not exist.
 */
export function authorizeApplicant(actor: Actor, application: { citizenId: string }): void {
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  if (actor.type !== "citizen" || actor.citizenId !== application.citizenId) {
    throw new AppError("not_found", "There is no such application.");
  }
}
