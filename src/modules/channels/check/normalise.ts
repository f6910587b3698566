import { domainToASCII, domainToUnicode } from "node:url";

const THAI_DIGITS = /[๐-๙]/g;

/** Thai digits ๐-๙ become 0-9 and full-width forms become plain ones, before anything is read. */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(THAI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/** Lower-case ASCII (punycode) form of a host name, or null when it is not one. */
export function normaliseDomain(raw: string): string | null {
  const host = raw.trim().replace(/\.$/, "").toLowerCase();
  if (host === "" || host.length > 253) return null;
  const ascii = domainToASCII(host);
  if (ascii === "" || !ascii.includes(".")) return null;
  return ascii;
}

/** The Unicode form of a punycode host, for people to read. */
export function displayDomain(ascii: string): string {
  return domainToUnicode(ascii) || ascii;
}

/**
 * Suffixes under which anyone may register a name directly. Thai second-level
 * suffixes are listed because `rd.go.th` is registered as `rd` under `go.th`.
 */
const TWO_LEVEL_SUFFIXES = new Set([
  "go.th",
  "or.th",
  "ac.th",
  "co.th",
  "in.th",
  "mi.th",
  "net.th",
  "co.uk",
  "com.au",
  "co.jp",
  "com.sg",
  "com.my",
]);

/** Suffixes only government, academic or registered bodies can hold: a scammer cannot register under them. */
export const RESTRICTED_SUFFIXES = new Set(["go.th", "mi.th", "ac.th", "or.th"]);

export interface DomainParts {
  /** e.g. `go.th` or `com`. */
  suffix: string;
  /** The label registered under the suffix, e.g. `rd`. */
  name: string;
  /** name + suffix, e.g. `rd.go.th`. */
  registrable: string;
  /** Labels left of the registrable part. */
  subdomain: string[];
}

export function splitDomain(ascii: string): DomainParts {
  const labels = ascii.split(".");
  const lastTwo = labels.slice(-2).join(".");
  const suffixLength = labels.length > 2 && TWO_LEVEL_SUFFIXES.has(lastTwo) ? 2 : 1;
  const suffix = labels.slice(-suffixLength).join(".");
  const name = labels[labels.length - suffixLength - 1] ?? "";
  return {
    suffix,
    name,
    registrable: name ? `${name}.${suffix}` : suffix,
    subdomain: labels.slice(0, Math.max(0, labels.length - suffixLength - 1)),
  };
}

/** Thai numbers in an E.164-like form (`+6621234567`); short codes (`1161`) stay as they are. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[^\d+]/g, "");
  if (/^1\d{3}$/.test(digits)) return digits;
  const national = digits.startsWith("+66")
    ? digits.slice(3)
    : digits.startsWith("66") && digits.length >= 10
      ? digits.slice(2)
      : digits.startsWith("0")
        ? digits.slice(1)
        : null;
  if (national === null || !/^\d{8,9}$/.test(national)) return null;
  return `+66${national}`;
}

/** How a Thai number is written locally: 02-123-4567, 081-234-5678, 1161. */
export function displayPhone(normalised: string): string {
  if (!normalised.startsWith("+66")) return normalised;
  const local = `0${normalised.slice(3)}`;
  if (local.length === 10) return `${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`;
  return `${local.slice(0, 2)}-${local.slice(2, 5)}-${local.slice(5)}`;
}

/** LINE official account ids are compared lower-case with their leading `@`. */
export function normaliseLineId(raw: string): string | null {
  const id = raw.trim().toLowerCase().replace(/^@+/, "");
  if (!/^[a-z0-9._-]{2,20}$/.test(id)) return null;
  return `@${id}`;
}

export function normaliseSender(raw: string): string | null {
  const sender = raw.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9 ._-]{1,10}$/.test(sender) ? sender : null;
}

const TRACKING_PARAMS =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|igshid|yclid|_ga|ref_src)$/i;

export interface NormalisedUrl {
  host: string;
  /** The address without tracking parameters, with a punycode host. */
  href: string;
}

export function normaliseUrl(raw: string): NormalisedUrl | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = normaliseDomain(url.hostname);
  if (!host) return null;
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  url.hash = "";
  return { host, href: url.href };
}

/** Services that hide where a link goes; they cannot be checked without following them. */
export const URL_SHORTENERS = new Set([
  "bit.ly",
  "tinyurl.com",
  "shorturl.at",
  "cutt.ly",
  "t.co",
  "goo.gl",
  "is.gd",
  "rb.gy",
  "s.id",
  "ow.ly",
  "buff.ly",
  "t.ly",
  "tiny.cc",
  "shorturl.asia",
  "lin.ee",
  "v.gd",
  "rebrand.ly",
  "bl.ink",
  "short.io",
]);

/** Whether a host is, or is under, a known shortener. */
export function isShortener(host: string): boolean {
  const bare = host.replace(/^www\./, "");
  return URL_SHORTENERS.has(bare);
}
