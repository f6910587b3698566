import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * Addresses a webhook may not reach unless WEBHOOKS_ALLOW_PRIVATE_TARGETS is
 * on: loopback, private networks, link-local (cloud metadata services live
 * there), shared, reserved and multicast ranges. An agency administrator
 * chooses the URL; without this wall they could make Pratu's servers call
 * into the network they run in.
 */
const blockedAddresses = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blockedAddresses.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blockedAddresses.addSubnet(network, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return blockedAddresses.check(mapped[1]!, "ipv4");
  const family = isIP(bare);
  if (family === 4) return blockedAddresses.check(bare, "ipv4");
  if (family === 6) return blockedAddresses.check(bare, "ipv6");
  return false;
}

export type WebhookUrlProblem = "invalid" | "not_http" | "credentials" | "private_target";

/**
 * Checks a webhook URL as written: an http(s) address, with no credentials
 * in it (they would be kept and shown in plain text), and, unless allowed,
 * not a loopback or private address. A name that resolves to such an
 * address is caught when the delivery connects.
 */
export function checkWebhookUrl(
  value: string,
  { allowPrivateTargets }: { allowPrivateTargets: boolean },
): { url: URL; problem?: undefined } | { url?: undefined; problem: WebhookUrlProblem } {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { problem: "invalid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { problem: "not_http" };
  if (url.username || url.password) return { problem: "credentials" };
  const host = url.hostname.toLowerCase();
  const isLocalName = host === "localhost" || host.endsWith(".localhost");
  if (!allowPrivateTargets && (isLocalName || isPrivateAddress(host))) {
    return { problem: "private_target" };
  }
  return { url };
}

export class PrivateTargetError extends Error {
  constructor(hostname: string) {
    const what = isIP(hostname.replace(/^\[|\]$/g, "")) ? "is" : "resolves to";
    super(`${hostname} ${what} a loopback or private address, which webhooks may not reach`);
    this.name = "PrivateTargetError";
  }
}

export type DnsLookup = (
  hostname: string,
  options: { all: true; family?: number | "IPv4" | "IPv6" | undefined },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemLookup: DnsLookup = (hostname, options, callback) =>
  dnsLookup(hostname, options, callback);

/**
 * A `lookup` for the HTTP client that refuses private addresses after
 * resolving, so a name cannot be pointed at an inside address between the
 * check and the connection: the checked address is the one connected to.
 */
export function guardedLookup({
  allowPrivateTargets,
  lookup = systemLookup,
}: {
  allowPrivateTargets: boolean;
  lookup?: DnsLookup | undefined;
}): LookupFunction {
  return (hostname, options, callback) => {
    // One callback serves both shapes Node asks for: a list with `all`, else one address.
    const reply = callback;
    lookup(hostname, { all: true, family: options.family }, (error, addresses) => {
      if (error) return reply(error, []);
      if (!allowPrivateTargets && addresses.some((entry) => isPrivateAddress(entry.address))) {
        return reply(new PrivateTargetError(hostname), []);
      }
      const first = addresses[0];
      if (!first)
        return reply(
          Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }),
          [],
        );
      if (options.all) return reply(null, addresses);
      return reply(null, first.address, first.family);
    });
  };
}
