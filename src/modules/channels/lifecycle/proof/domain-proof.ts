import { sha256Hex } from "@/core/crypto/tokens";

import type { ChannelKind } from "../../schema";
import { lookUpTxtTokens } from "./dns-txt-proof";
import type { ProofResolver, ProofSettings } from "./proof-settings";
import { fetchWellKnownTokens } from "./well-known-proof";

/** Channels whose control is proved at their domain. */
export const domainKinds: readonly ChannelKind[] = ["email_domain", "website", "eservice_url"];

export function isDomainKind(kind: ChannelKind): boolean {
  return domainKinds.includes(kind);
}

/** The domain of a domain channel: the host itself, or the host of an e-service URL. */
export function domainOf(kind: ChannelKind, value: string): string {
  return kind === "eservice_url" ? new URL(value).hostname : value;
}

export type DomainProofOutcome =
  | { isProved: true; method: "dns_txt" | "well_known" }
  | { isProved: false; dns: string; wellKnown: string };

/**
 * Whether the domain publishes the token whose hash is `tokenHash`: first
 * as a DNS TXT record, then as the well-known file. Only hashes are
 * compared, so a check never needs the token itself.
 */
export async function checkDomainProof({
  domain,
  tokenHash,
  resolver,
  settings,
}: {
  domain: string;
  tokenHash: string;
  resolver: ProofResolver;
  settings: ProofSettings;
}): Promise<DomainProofOutcome> {
  const matches = (tokens: string[]) => tokens.some((token) => sha256Hex(token) === tokenHash);
  const txt = await lookUpTxtTokens(resolver, domain);
  if (txt.outcome === "found" && matches(txt.tokens)) return { isProved: true, method: "dns_txt" };
  const file = await fetchWellKnownTokens({ domain, resolver, settings });
  if (file.outcome === "found" && matches(file.tokens)) {
    return { isProved: true, method: "well_known" };
  }
  return {
    isProved: false,
    dns:
      txt.outcome === "found"
        ? "other_token"
        : txt.outcome === "dns_error"
          ? `dns_error:${txt.code}`
          : "no_record",
    wellKnown:
      file.outcome === "found"
        ? "other_token"
        : file.detail
          ? `${file.outcome}:${file.detail}`
          : file.outcome,
  };
}
