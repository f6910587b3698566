import { translate } from "@/core/i18n";

import { channelMessages as m } from "../messages";
import type { RegisteredChannel } from "../schema";
import { type ChannelIndex, isRestricted, officialDomainOf } from "./channel-index";
import { type ExtractedItem, type ItemType } from "./extract";
import { findDomainLookalike, findLineLookalike, type LookalikeReason } from "./lookalike";
import {
  displayDomain,
  displayPhone,
  isShortener,
  normaliseDomain,
  normaliseLineId,
  normalisePhone,
  normaliseSender,
  normaliseUrl,
} from "./normalise";

export type Verdict = "official" | "unknown" | "lookalike";
export type OverallVerdict = "safe" | "caution" | "danger";

export interface Bilingual {
  th: string;
  en: string;
}

export interface CheckedItem {
  type: ItemType;
  /** What was found, as a person would read it (Unicode host names). */
  input: string;
  /** The normalised form that was compared. */
  value: string;
  verdict: Verdict;
  /** A link through a shortener: where it goes cannot be known without following it. */
  hidesDestination: boolean;
  reason: LookalikeReason | null;
  channel: { kind: RegisteredChannel["kind"]; value: string; displayValue: string } | null;
  agency: { code: string; nameTh: string; nameEn: string } | null;
  explanation: Bilingual;
}

export interface CheckResult {
  overall: OverallVerdict;
  items: CheckedItem[];
}

interface Match {
  value: string;
  input: string;
  verdict: Verdict;
  channel: RegisteredChannel | null;
  reason?: LookalikeReason;
  hidesDestination?: boolean;
}

/** Checks each item against the register. Pure: the index holds everything it needs. */
export function checkItems(index: ChannelIndex, items: readonly ExtractedItem[]): CheckResult {
  const seen = new Set<string>();
  const checked: CheckedItem[] = [];
  for (const item of items) {
    const match = matchItem(index, item);
    const key = `${item.type}:${match.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    checked.push(present(item, match));
  }
  return { overall: overallVerdict(checked), items: checked };
}

export function overallVerdict(items: readonly CheckedItem[]): OverallVerdict {
  if (items.some((item) => item.verdict === "lookalike" || item.hidesDestination)) return "danger";
  if (items.length > 0 && items.every((item) => item.verdict === "official")) return "safe";
  return "caution";
}

function matchItem(index: ChannelIndex, item: ExtractedItem): Match {
  const unknown = (value: string): Match => ({
    value,
    input: item.raw,
    verdict: "unknown",
    channel: null,
  });
  switch (item.type) {
    case "link": {
      const url = normaliseUrl(item.raw);
      if (!url) return unknown(item.raw);
      const input = item.raw.replace(/^(https?:\/\/)?[^/]+/i, (prefix) =>
        prefix.replace(/[^/]+$/, displayDomain(url.host)),
      );
      return { ...matchDomain(index, url.host, url.href), input };
    }
    case "email": {
      const at = item.raw.lastIndexOf("@");
      const host = normaliseDomain(item.raw.slice(at + 1));
      if (!host) return unknown(item.raw.toLowerCase());
      const value = `${item.raw.slice(0, at).toLowerCase()}@${host}`;
      const exact = index.emails.get(value);
      if (exact) return { value, input: item.raw, verdict: "official", channel: exact };
      return { ...matchDomain(index, host, value), input: item.raw };
    }
    case "phone": {
      const value = normalisePhone(item.raw);
      if (!value) return unknown(item.raw);
      const channel = index.phones.get(value) ?? null;
      return {
        value,
        input: displayPhone(value),
        verdict: channel ? "official" : "unknown",
        channel,
      };
    }
    case "line": {
      const value = normaliseLineId(item.raw);
      if (!value) return unknown(item.raw);
      const exact = index.lineIds.get(value);
      if (exact) return { value, input: value, verdict: "official", channel: exact };
      const lookalike = findLineLookalike(index, value);
      return lookalike
        ? { value, input: value, verdict: "lookalike", ...lookalike }
        : unknown(value);
    }
    case "sender": {
      const value = normaliseSender(item.raw);
      if (!value) return unknown(item.raw);
      const channel = index.senders.get(value) ?? null;
      return { value, input: item.raw, verdict: channel ? "official" : "unknown", channel };
    }
  }
}

function matchDomain(index: ChannelIndex, host: string, value: string): Match {
  const input = displayDomain(host);
  const official = officialDomainOf(index, host.replace(/^www\./, ""));
  if (official) return { value, input, verdict: "official", channel: official };
  if (isShortener(host)) {
    return { value, input, verdict: "unknown", channel: null, hidesDestination: true };
  }
  // Nobody but a government body can register under go.th and the like,
  // though a look-alike written in other scripts can still be pasted.
  if (isRestricted(host) && !host.includes("xn--"))
    return { value, input, verdict: "unknown", channel: null };
  const lookalike = findDomainLookalike(index, host.replace(/^www\./, ""));
  if (lookalike) return { value, input, verdict: "lookalike", ...lookalike };
  return { value, input, verdict: "unknown", channel: null };
}

function present(item: ExtractedItem, match: Match): CheckedItem {
  const channel = match.channel;
  const agency = channel
    ? { code: channel.agency.code, nameTh: channel.agency.nameTh, nameEn: channel.agency.nameEn }
    : null;
  return {
    type: item.type,
    input: match.input,
    value: match.value,
    verdict: match.verdict,
    hidesDestination: match.hidesDestination ?? false,
    reason: match.reason ?? null,
    channel: channel
      ? { kind: channel.kind, value: channel.value, displayValue: channel.displayValue }
      : null,
    agency,
    explanation: explain(match),
  };
}

function explain(match: Match): Bilingual {
  const both = (build: (locale: "th" | "en") => string): Bilingual => ({
    th: build("th"),
    en: build("en"),
  });
  const channel = match.channel;
  if (match.hidesDestination) return both((locale) => translate(locale, m.explain.shortener));
  if (!channel) return both((locale) => translate(locale, m.explain.unknown));
  const agencyName = (locale: "th" | "en") =>
    locale === "th" ? channel.agency.nameTh : channel.agency.nameEn;
  if (match.verdict === "official") {
    return both((locale) => translate(locale, m.explain.official, { agency: agencyName(locale) }));
  }
  return both((locale) => {
    const sentence = translate(locale, m.explain.lookalike, {
      real: channel.displayValue,
      agency: agencyName(locale),
    });
    const reason = match.reason ? translate(locale, m.reasons[match.reason]) : "";
    return reason ? `${sentence} (${reason})` : sentence;
  });
}
