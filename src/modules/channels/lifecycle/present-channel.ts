import { z } from "@hono/zod-openapi";

import type { ChannelEvent } from "../repo";
import { channelEventNames, channelKinds, channelStatuses } from "../schema";
import type { ChannelState } from "./channel-state-repo";
import { TXT_PREFIX, txtRecordNames } from "./proof/dns-txt-proof";
import { domainOf } from "./proof/domain-proof";
import { WELL_KNOWN_PATH } from "./proof/well-known-proof";
import type { Verification } from "./verification-repo";

const instant = z.iso.datetime().nullable();

export const ProofInstructionsSchema = z
  .union([
    z.object({
      method: z.literal("domain"),
      txtRecordNames: z.array(z.string()),
      txtRecordValue: z.string(),
      wellKnownUrl: z.string(),
      token: z.string(),
    }),
    z.object({ method: z.literal("posted_code"), code: z.string() }),
    z.object({ method: z.literal("email_link"), sentTo: z.string() }),
  ])
  .openapi("ChannelProofInstructions");

export type ProofInstructions = z.infer<typeof ProofInstructionsSchema>;

export const ManagedChannelSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(channelKinds),
    value: z.string(),
    displayValue: z.string(),
    status: z.enum(channelStatuses),
    owner: z.string().nullable(),
    proofMethod: z.string().nullable(),
    lastVerifiedAt: instant,
    lastCheckedAt: instant,
    flaggedAt: instant,
    verification: z
      .object({
        method: z.enum(["domain", "email_link", "posted_code"]),
        status: z.string(),
        reviewKind: z.string().nullable(),
        decisionReason: z.string().nullable(),
        expiresAt: z.iso.datetime(),
        instructions: ProofInstructionsSchema.nullable(),
      })
      .nullable(),
    history: z.array(
      z.object({
        at: z.iso.datetime(),
        event: z.enum(channelEventNames),
        status: z.enum(channelStatuses),
        actor: z.enum(["officer", "operator", "mailbox", "system"]),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .openapi("ManagedChannel");

export type ManagedChannel = z.infer<typeof ManagedChannelSchema>;

/** What the agency must publish or post, for the token or code it was given. */
export function proofInstructions(
  channel: ChannelState,
  verification: Verification,
  token: string | null,
): ProofInstructions | null {
  if (verification.method === "email_link") return { method: "email_link", sentTo: channel.value };
  if (!token) return null;
  if (verification.method === "posted_code") return { method: "posted_code", code: token };
  const domain = domainOf(channel.kind, channel.value);
  return {
    method: "domain",
    txtRecordNames: txtRecordNames(domain),
    txtRecordValue: `${TXT_PREFIX}${token}`,
    wellKnownUrl: `https://${domain}${WELL_KNOWN_PATH}`,
    token,
  };
}

function actorKind(actor: string): "officer" | "operator" | "mailbox" | "system" {
  const kind = actor.split(":")[0];
  if (kind === "operator" || kind === "mailbox") return kind;
  return kind === "officer" || kind === "api_key" ? "officer" : "system";
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** A channel as its agency's systems see it: state, the attempt under way, and history. */
export function presentManagedChannel(
  channel: ChannelState,
  verification: Verification | null,
  token: string | null,
  events: ChannelEvent[],
): ManagedChannel {
  return {
    id: channel.id,
    kind: channel.kind,
    value: channel.value,
    displayValue: channel.displayValue,
    status: channel.status,
    owner: channel.owner,
    proofMethod: channel.proofMethod,
    lastVerifiedAt: iso(channel.lastVerifiedAt),
    lastCheckedAt: iso(channel.lastCheckedAt),
    flaggedAt: iso(channel.flaggedAt),
    verification: verification
      ? {
          method: verification.method,
          status: verification.status,
          reviewKind: verification.reviewKind,
          decisionReason: verification.decisionReason,
          expiresAt: verification.expiresAt.toISOString(),
          instructions:
            verification.status === "pending"
              ? proofInstructions(channel, verification, token)
              : null,
        }
      : null,
    history: events.map((event) => ({
      at: event.at,
      event: event.event,
      status: event.status,
      actor: actorKind(event.actor),
      details: event.details,
    })),
  };
}
