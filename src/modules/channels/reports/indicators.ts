import type { CheckedItem } from "../check/check";
import { normaliseUrl } from "../check/normalise";
import type { IndicatorKind } from "./schema";

/** One suspicious thing a reported message names, in the form reports are grouped by. */
export interface Indicator {
  kind: IndicatorKind;
  indicator: string;
  verdict: "unknown" | "lookalike";
  /** The real channel a look-alike imitates, as people read it. */
  looksLike: string | null;
  agencyCode: string | null;
}

/**
 * What a checked item says about a campaign. A link counts by its host,
 * since each victim is often sent a path of their own; a shortened link by
 * its whole address, since the shortener's host is shared by every campaign.
 * Official channels are not suspicious and name nothing.
 */
export function indicatorOf(
  item: CheckedItem,
): Omit<Indicator, "verdict" | "looksLike" | "agencyCode"> | null {
  if (item.verdict === "official") return null;
  switch (item.type) {
    case "link": {
      const url = normaliseUrl(item.value);
      if (!url) return null;
      return item.hidesDestination
        ? { kind: "link", indicator: url.href }
        : { kind: "domain", indicator: url.host.replace(/^www\./, "") };
    }
    case "email":
      return { kind: "email", indicator: item.value };
    case "phone":
      return { kind: "phone", indicator: item.value };
    case "line":
      return { kind: "line", indicator: item.value };
    case "sender":
      return { kind: "sender", indicator: item.value };
  }
}

/** The indicators of a check result, each once. */
export function indicatorsOf(items: readonly CheckedItem[]): Indicator[] {
  const seen = new Map<string, Indicator>();
  for (const item of items) {
    const found = indicatorOf(item);
    if (!found) continue;
    const key = `${found.kind}:${found.indicator}`;
    const isLookalike = item.verdict === "lookalike";
    const existing = seen.get(key);
    // Two paths on one look-alike host: keep what says what it imitates.
    if (existing && (existing.verdict === "lookalike" || !isLookalike)) continue;
    seen.set(key, {
      ...found,
      verdict: isLookalike ? "lookalike" : "unknown",
      looksLike: isLookalike ? (item.channel?.displayValue ?? null) : null,
      agencyCode: isLookalike ? (item.agency?.code ?? null) : null,
    });
  }
  return [...seen.values()];
}

export function indicatorKey(indicator: Pick<Indicator, "kind" | "indicator">): string {
  return `${indicator.kind}:${indicator.indicator}`;
}
