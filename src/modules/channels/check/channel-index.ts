import type { RegisteredChannel } from "../schema";
import { allowedDistance, deletions, flatten, skeleton } from "./confusables";
import { normaliseUrl, RESTRICTED_SUFFIXES, splitDomain } from "./normalise";

/** Words of agencies' English names too common to point at one agency. */
const COMMON_WORDS = new Set([
  "department",
  "ministry",
  "province",
  "provincial",
  "office",
  "organization",
  "organisation",
  "public",
  "administration",
  "administrative",
  "development",
  "digital",
  "government",
  "agency",
  "thailand",
  "national",
  "municipality",
  "university",
  "district",
  "royal",
  "chiang",
  "bureau",
  "commerce",
  "finance",
  "interior",
  "higher",
  "education",
  "science",
  "research",
  "innovation",
  "business",
  "subdistrict",
]);

/**
 * Everything the checker compares against, built once from the verified
 * channels. Each lookup is a map access (no scan of every channel), and typos
 * are found through a deletion index in the manner of SymSpell.
 */
export interface ChannelIndex {
  readonly size: number;
  /** Host names of web sites, mail domains and e-service addresses (without `www.`). */
  domains: Map<string, RegisteredChannel>;
  /** Skeletons of official hosts and of their distinctive names. */
  skeletons: Map<string, RegisteredChannel>;
  /** Flattened hosts and names, by every deletion of up to two characters. */
  fuzzy: Map<string, string[]>;
  fuzzyKeys: Map<string, RegisteredChannel>;
  /** Names, codes and distinctive words of agencies that own a domain. */
  brands: Map<string, RegisteredChannel>;
  emails: Map<string, RegisteredChannel>;
  phones: Map<string, RegisteredChannel>;
  senders: Map<string, RegisteredChannel>;
  lineIds: Map<string, RegisteredChannel>;
  lineSkeletons: Map<string, RegisteredChannel>;
  lineFlat: Map<string, RegisteredChannel>;
  lineFuzzy: Map<string, string[]>;
}

export function hostOf(channel: RegisteredChannel): string | null {
  switch (channel.kind) {
    case "website":
    case "email_domain":
      return channel.value.replace(/^www\./, "");
    case "eservice_url":
      return normaliseUrl(channel.value)?.host.replace(/^www\./, "") ?? null;
    default:
      return null;
  }
}

function addFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (key !== "" && !map.has(key)) map.set(key, value);
}

function addDeletions(index: Map<string, string[]>, key: string, depth: number): void {
  for (const variant of deletions(key, depth)) {
    const keys = index.get(variant);
    // Each key is added once and its deletions are distinct, so no duplicate check is needed.
    if (!keys) index.set(variant, [key]);
    else keys.push(key);
  }
}

export function buildChannelIndex(channels: readonly RegisteredChannel[]): ChannelIndex {
  const index: ChannelIndex = {
    size: channels.length,
    domains: new Map(),
    skeletons: new Map(),
    fuzzy: new Map(),
    fuzzyKeys: new Map(),
    brands: new Map(),
    emails: new Map(),
    phones: new Map(),
    senders: new Map(),
    lineIds: new Map(),
    lineSkeletons: new Map(),
    lineFlat: new Map(),
    lineFuzzy: new Map(),
  };
  // Web sites first, so a look-alike points people at the agency's home page.
  const ordered = [...channels].sort((a, b) => rank(a) - rank(b));
  for (const channel of ordered) {
    switch (channel.kind) {
      case "email":
        addFirst(index.emails, channel.value, channel);
        break;
      case "phone":
        addFirst(index.phones, channel.value, channel);
        break;
      case "sms_sender":
        addFirst(index.senders, channel.value, channel);
        break;
      case "line_oa": {
        addFirst(index.lineIds, channel.value, channel);
        const bare = channel.value.slice(1);
        addFirst(index.lineSkeletons, skeleton(bare), channel);
        const flat = flatten(bare);
        if (!index.lineFlat.has(flat)) {
          index.lineFlat.set(flat, channel);
          const depth = allowedDistance(flat.length);
          if (depth > 0) addDeletions(index.lineFuzzy, flat, depth);
        }
        break;
      }
      default: {
        const host = hostOf(channel);
        if (host) addDomain(index, host, channel);
      }
    }
  }
  return index;
}

function addDomain(index: ChannelIndex, host: string, channel: RegisteredChannel): void {
  addFirst(index.domains, host, channel);
  const parts = splitDomain(host);
  addFirst(index.skeletons, skeleton(host), channel);
  if (parts.name.length >= 4) addFirst(index.skeletons, skeleton(parts.name), channel);
  for (const key of [flatten(host), parts.name.length >= 5 ? flatten(parts.name) : ""]) {
    if (key === "" || index.fuzzyKeys.has(key)) continue;
    index.fuzzyKeys.set(key, channel);
    const depth = allowedDistance(key.length);
    if (depth > 0) addDeletions(index.fuzzy, key, depth);
  }
  const brandWords = [
    parts.name,
    channel.agency.code.toLowerCase(),
    channel.agency.shortNameEn?.toLowerCase() ?? "",
    ...channel.agency.nameEn
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 6 && !COMMON_WORDS.has(word)),
  ];
  for (const word of brandWords) {
    if (/^[a-z0-9]{2,}$/.test(word)) addFirst(index.brands, word, channel);
  }
}

function rank(channel: RegisteredChannel): number {
  return channel.kind === "website" ? 0 : channel.kind === "email_domain" ? 1 : 2;
}

/** The official domain a host belongs to: itself or a parent of it. */
export function officialDomainOf(index: ChannelIndex, host: string): RegisteredChannel | null {
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const found = index.domains.get(labels.slice(i).join("."));
    if (found) return found;
  }
  return null;
}

export function isRestricted(host: string): boolean {
  return RESTRICTED_SUFFIXES.has(splitDomain(host).suffix);
}
