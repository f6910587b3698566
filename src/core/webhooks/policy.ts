import { definePolicy } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";

const actions = [
  "webhook.list",
  "webhook.view",
  "webhook.create",
  "webhook.disable",
  "webhook.test",
] as const;

export type WebhookAction = (typeof actions)[number];

function requireEverywhere<Requirement>(requirement: Requirement) {
  return Object.fromEntries(actions.map((action) => [action, requirement])) as Record<
    WebhookAction,
    Requirement
  >;
}

/** People: the agency's administrators manage its webhooks. */
const forOfficers = definePolicy(requireEverywhere({ ability: "manage" as const }));

/**
 * Programs: an API key never "manages" (see the kernel policy), but an
 * agency's system may look after its own webhooks when its key carries the
 * webhooks:manage scope.
 */
const forSystems = definePolicy(
  requireEverywhere({ ability: "act" as const, apiKeyScope: "webhooks:manage" }),
);

const policyFor = (actor: Actor) => (actor.type === "api_key" ? forSystems : forOfficers);

export const webhookPolicy = {
  authorize: (actor: Actor, action: WebhookAction, resource: { agencyId: string }): void =>
    policyFor(actor).authorize(actor, action, resource),
  can: (actor: Actor, action: WebhookAction, resource: { agencyId: string }): boolean =>
    policyFor(actor).can(actor, action, resource),
};
