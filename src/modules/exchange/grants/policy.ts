import { definePolicy } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";

/**
 * Access rights of one agency, as provider or consumer. Every member reads
 * them; asking for, deciding on, revoking or withdrawing one commits the
 * agency, so among officers only administrators do it, and a program of
 * the agency does it with an API key holding exchange:manage.
 */
export const grantPolicy = definePolicy({
  "exchange_grant.view": { ability: "read", apiKeyScope: "exchange:manage" },
  "exchange_grant.change": { ability: "manage" },
  "exchange_grant.change_by_system": { ability: "act", apiKeyScope: "exchange:manage" },
});

function changeAction(actor: Actor) {
  return actor.type === "api_key" ? "exchange_grant.change_by_system" : "exchange_grant.change";
}

export function authorizeGrantChange(actor: Actor, agencyId: string): void {
  grantPolicy.authorize(actor, changeAction(actor), { agencyId });
}

export function canChangeGrants(actor: Actor, agencyId: string): boolean {
  return grantPolicy.can(actor, changeAction(actor), { agencyId });
}

export function authorizeGrantView(actor: Actor, agencyId: string): void {
  grantPolicy.authorize(actor, "exchange_grant.view", { agencyId });
}

export function canViewGrants(actor: Actor, agencyId: string): boolean {
  return grantPolicy.can(actor, "exchange_grant.view", { agencyId });
}
