import { definePolicy } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";

/**
 * Every member of an agency sees its channels; only its administrators
 * register, prove, or retire them, since a channel speaks for the agency.
 */
export const channelPolicy = definePolicy({
  "channel.list": { ability: "read", apiKeyScope: "agency:read" },
  "channel.view": { ability: "read", apiKeyScope: "agency:read" },
  "channel.manage": { ability: "manage" },
});

export type ChannelAction = Parameters<typeof channelPolicy.authorize>[1];

/** How a channel's history names who acted: the kind of actor and its id, never a name. */
export function eventActorOf(actor: Actor, { asOperator = false } = {}): string {
  switch (actor.type) {
    case "officer":
      return `${asOperator ? "operator" : "officer"}:${actor.officerId}`;
    case "api_key":
      return `api_key:${actor.keyId}`;
    case "citizen":
      return `citizen:${actor.citizenId}`;
    case "anonymous":
      return "anonymous";
  }
}
