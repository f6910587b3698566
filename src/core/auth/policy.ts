import { AppError } from "@/core/errors";
import type { Actor, OfficerRole } from "@/core/http/context";

/** What a role lets an officer do to an agency's records: viewers read, officers act, admins manage. */
export type Ability = "read" | "act" | "manage";

const roleAbilities: Record<OfficerRole, readonly Ability[]> = {
  viewer: ["read"],
  officer: ["read", "act"],
  admin: ["read", "act", "manage"],
};

/**
 * What an action needs. An API key (a program of the agency, not a person)
 * may read or act when it holds the scope named here; it never manages.
 */
export interface Requirement {
  ability: Ability;
  apiKeyScope?: string;
}

/** A record that belongs to an agency: all a policy needs to know to place it. */
export interface AgencyOwned {
  agencyId: string;
}

export type Verdict = "allowed" | "unauthenticated" | "not_found" | "forbidden";

/**
 * Declares the actions on a kind of record and what each needs, and returns
 * the functions that ask: `authorize` throws, `can` answers yes or no (to
 * show a link only to those who may follow it).
 *
 * Someone outside the record's agency is told it does not exist (404), never
 * that it is forbidden (403), so no one learns which records other agencies
 * hold. A member whose role falls short is told it is forbidden.
 */
export function definePolicy<const Action extends string>(rules: Record<Action, Requirement>) {
  function judge(actor: Actor, action: Action, resource: AgencyOwned): Verdict {
    const rule = rules[action];
    switch (actor.type) {
      case "anonymous":
        return "unauthenticated";
      case "citizen":
        return "not_found";
      case "api_key":
        if (actor.agencyId !== resource.agencyId) return "not_found";
        if (rule.ability === "manage") return "forbidden";
        return rule.apiKeyScope === undefined || actor.scopes.includes(rule.apiKeyScope)
          ? "allowed"
          : "forbidden";
      case "officer":
        if (actor.agencyId !== resource.agencyId || actor.role === null) return "not_found";
        return roleAbilities[actor.role].includes(rule.ability) ? "allowed" : "forbidden";
    }
  }

  return {
    authorize: (actor: Actor, action: Action, resource: AgencyOwned): void => {
      const verdict = judge(actor, action, resource);
      if (verdict !== "allowed") {
        throw new AppError(verdict, `Not allowed to ${action} this record.`);
      }
    },
    can: (actor: Actor, action: Action, resource: AgencyOwned): boolean =>
      judge(actor, action, resource) === "allowed",
  };
}

/** The kernel's own records: the agency itself, its members and its API keys. */
export const kernelPolicy = definePolicy({
  "agency.view": { ability: "read" },
  "membership.list": { ability: "read" },
  "membership.manage": { ability: "manage" },
  "api_key.list": { ability: "manage" },
  "api_key.create": { ability: "manage" },
  "api_key.revoke": { ability: "manage" },
});

export type KernelAction = Parameters<typeof kernelPolicy.authorize>[1];

export const authorize = kernelPolicy.authorize;
export const can = kernelPolicy.can;
