import { definePolicy } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";

export type RegistryAction = "registry.view" | "registry.manage";

/** The provider's administrators keep its registries, records and data services. */
const forOfficers = definePolicy({
  "registry.view": { ability: "manage" },
  "registry.manage": { ability: "manage" },
});

/**
 * The provider's own system keeps them too (records change as its register
 * does), when its API key carries exchange:manage. An API key never
 * "manages" in the kernel policy, so the scope is asked for as an act.
 */
const forSystems = definePolicy({
  "registry.view": { ability: "act", apiKeyScope: "exchange:manage" },
  "registry.manage": { ability: "act", apiKeyScope: "exchange:manage" },
});

const policyFor = (actor: Actor) => (actor.type === "api_key" ? forSystems : forOfficers);

export const registryPolicy = {
  authorize: (actor: Actor, action: RegistryAction, resource: { agencyId: string }): void =>
    policyFor(actor).authorize(actor, action, resource),
  can: (actor: Actor, action: RegistryAction, resource: { agencyId: string }): boolean =>
    policyFor(actor).can(actor, action, resource),
};

/** Who changed a registry: a person or system of the provider, or the platform (demo data). */
export type RegistryAuthor = Actor | { type: "system"; id: string };

export function authorizeRegistryChange(author: RegistryAuthor, agencyId: string): void {
  if (author.type === "system") return;
  registryPolicy.authorize(author, "registry.manage", { agencyId });
}
