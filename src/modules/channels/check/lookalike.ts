import type { RegisteredChannel } from "../schema";
import type { ChannelIndex } from "./channel-index";
import { allowedDistance, deletions, editDistance, flatten, skeleton } from "./confusables";
import { splitDomain } from "./normalise";

export type LookalikeReason =
  "confusable" | "separators" | "contains_official" | "typo" | "official_name";

export interface Lookalike {
  channel: RegisteredChannel;
  reason: LookalikeReason;
}

/** Words scammers pair with an agency's name to make a domain sound official. */
const LURE_WORDS = new Set([
  "refund",
  "refunds",
  "tax",
  "taxes",
  "taxrefund",
  "pay",
  "payment",
  "verify",
  "verification",
  "login",
  "signin",
  "secure",
  "account",
  "update",
  "gov",
  "go",
  "th",
  "thai",
  "thailand",
  "official",
  "service",
  "services",
  "online",
  "e",
  "fine",
  "fines",
  "visa",
  "kyc",
  "bonus",
  "claim",
  "money",
  "return",
  "support",
  "help",
  "app",
  "id",
  "check",
  "portal",
  "web",
  "info",
  "card",
  "bank",
  "wallet",
  "idcard",
  "register",
  "confirm",
]);

/**
 * Whether a host that is not official imitates one. Every test is a few map
 * lookups whose number depends on the host, never on the size of the register.
 */
export function findDomainLookalike(index: ChannelIndex, host: string): Lookalike | null {
  const parts = splitDomain(host);
  const labels = host.split(".");

  // rd.go.th.tax-refund.xyz: an official domain written in front of another.
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 2; j <= labels.length; j++) {
      const window = labels.slice(i, j).join(".");
      if (window === host) continue;
      const channel = index.domains.get(window);
      if (channel) return { channel, reason: "contains_official" };
    }
  }

  // rd-go-th.com, rdgoth.com, rԁ.go.th.com: same letters, or letters that look the same.
  const candidates = [
    host,
    parts.registrable,
    parts.name,
    ...labels.slice(0, -1),
    labels.slice(0, -1).join("."),
  ];
  for (const candidate of candidates) {
    const channel = index.skeletons.get(skeleton(candidate));
    if (!channel) continue;
    // Only separators differ when the skeleton is the plain letters of the candidate.
    const isPlain = !candidate.includes("xn--") && skeleton(candidate) === flatten(candidate);
    return { channel, reason: isPlain ? "separators" : "confusable" };
  }

  // rdgoht.com, imigration-go-th.com: a typo or two away.
  for (const candidate of new Set([flatten(parts.name), flatten(parts.registrable)])) {
    const channel = nearest(index.fuzzy, index.fuzzyKeys, candidate);
    if (channel) return { channel, reason: "typo" };
  }

  // revenue-refund.com, dopa-service.net: an agency's name beside a lure word.
  const tokens = [...parts.subdomain, parts.name].flatMap((label) => label.split("-"));
  const brand = brandIn(index, tokens);
  if (brand) return { channel: brand, reason: "official_name" };
  return null;
}

function brandIn(index: ChannelIndex, tokens: readonly string[]): RegisteredChannel | null {
  const hasLure = tokens.some((token) => LURE_WORDS.has(token));
  for (const token of tokens) {
    const whole = index.brands.get(token);
    if (whole && hasLure) return whole;
    // rdrefund, taxrd: a name and a lure word run together.
    for (let cut = 2; cut <= token.length - 2; cut++) {
      const head = token.slice(0, cut);
      const tail = token.slice(cut);
      const joined =
        (LURE_WORDS.has(tail) && index.brands.get(head)) ||
        (LURE_WORDS.has(head) && index.brands.get(tail));
      if (joined) return joined;
    }
  }
  return null;
}

/** The registered key within the allowed edit distance of `candidate`, if one is. */
function nearest(
  fuzzy: Map<string, string[]>,
  keys: Map<string, RegisteredChannel>,
  candidate: string,
): RegisteredChannel | null {
  if (candidate.length < 5) return null;
  let best: { channel: RegisteredChannel; distance: number } | null = null;
  for (const variant of deletions(candidate, 2)) {
    for (const key of fuzzy.get(variant) ?? []) {
      const limit = allowedDistance(Math.min(key.length, candidate.length));
      if (limit === 0) continue;
      const distance = editDistance(candidate, key, limit);
      if (distance === 0 || distance > limit) continue;
      if (!best || distance < best.distance) best = { channel: keys.get(key)!, distance };
    }
  }
  return best?.channel ?? null;
}

/** @rd.thailand, @rdthai1and, @rdthailnad for @rdthailand. */
export function findLineLookalike(index: ChannelIndex, value: string): Lookalike | null {
  const bare = value.slice(1);
  const sameLetters = index.lineFlat.get(flatten(bare));
  if (sameLetters) return { channel: sameLetters, reason: "separators" };
  const sameLook = index.lineSkeletons.get(skeleton(bare));
  if (sameLook) return { channel: sameLook, reason: "confusable" };
  const typo = nearest(index.lineFuzzy, index.lineFlat, flatten(bare));
  return typo ? { channel: typo, reason: "typo" } : null;
}
