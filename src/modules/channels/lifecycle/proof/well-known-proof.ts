import { type IncomingMessage, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";

import { isPrivateAddress } from "@/core/webhooks";

import { TXT_PREFIX } from "./dns-txt-proof";
import type { ProofResolver, ProofSettings } from "./proof-settings";

export const WELL_KNOWN_PATH = "/.well-known/pratu-verification.txt";

/** The file holds a token or two; anything much larger is not a verification file. */
const MAX_BYTES = 4096;
const MAX_REDIRECTS = 2;

export type WellKnownLookup =
  | { outcome: "found"; tokens: string[] }
  | {
      outcome:
        | "no_address"
        | "private_address"
        | "http_status"
        | "redirect_elsewhere"
        | "too_large"
        | "unreachable";
      detail?: string;
    };

/**
 * Reads `/.well-known/pratu-verification.txt` from the domain. The address
 * is resolved through the same resolver as the TXT check and connected to
 * directly, with the domain as Host header and TLS server name, so the
 * check needs no other resolver and the address checked for being private
 * is the one connected to. Redirects are followed only within the domain.
 */
export async function fetchWellKnownTokens({
  domain,
  resolver,
  settings,
}: {
  domain: string;
  resolver: ProofResolver;
  settings: ProofSettings;
}): Promise<WellKnownLookup> {
  const address = await addressOf(resolver, domain);
  if (!address) return { outcome: "no_address" };
  if (!settings.allowPrivateTargets && isPrivateAddress(address)) {
    return { outcome: "private_address" };
  }
  const signal = AbortSignal.timeout(settings.fetchTimeoutSeconds * 1000);
  let path = WELL_KNOWN_PATH;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: IncomingMessage;
    try {
      response = await get({ address, domain, path, settings, signal });
    } catch (error) {
      return { outcome: "unreachable", detail: (error as NodeJS.ErrnoException).code ?? "error" };
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      const next = new URL(response.headers.location, `${settings.wellKnownScheme}://${domain}`);
      if (next.hostname !== domain || next.protocol !== `${settings.wellKnownScheme}:`) {
        return { outcome: "redirect_elsewhere" };
      }
      path = `${next.pathname}${next.search}`;
      continue;
    }
    if (status !== 200) {
      response.resume();
      return { outcome: "http_status", detail: String(status) };
    }
    const body = await readCapped(response, signal).catch(() => undefined);
    if (body === undefined) return { outcome: "unreachable", detail: "read" };
    if (body === null) return { outcome: "too_large" };
    return { outcome: "found", tokens: tokensIn(body) };
  }
  return { outcome: "redirect_elsewhere" };
}

/** Each line of the file, bare or as `pratu-verification=<token>`. */
function tokensIn(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .map((line) => (line.startsWith(TXT_PREFIX) ? line.slice(TXT_PREFIX.length).trim() : line))
    .filter((line) => line !== "");
}

async function addressOf(resolver: ProofResolver, domain: string): Promise<string | null> {
  if (isIP(domain)) return null;
  for (const resolve of [resolver.resolve4.bind(resolver), resolver.resolve6.bind(resolver)]) {
    try {
      const addresses = await resolve(domain);
      if (addresses[0]) return addresses[0];
    } catch {
      // No address of this family; try the other.
    }
  }
  return null;
}

function get({
  address,
  domain,
  path,
  settings,
  signal,
}: {
  address: string;
  domain: string;
  path: string;
  settings: ProofSettings;
  signal: AbortSignal;
}): Promise<IncomingMessage> {
  const isHttps = settings.wellKnownScheme === "https";
  const options = {
    host: address,
    port: settings.wellKnownPort ?? (isHttps ? 443 : 80),
    path,
    method: "GET",
    headers: { host: domain, "user-agent": "Pratu channel verification", accept: "text/plain" },
    signal,
    ...(isHttps ? { servername: domain } : {}),
  };
  return new Promise((resolve, reject) => {
    const request = (isHttps ? httpsRequest : httpRequest)(options, resolve);
    request.on("error", reject);
    request.end();
  });
}

function readCapped(response: IncomingMessage, signal: AbortSignal): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BYTES) {
        response.destroy();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("error", reject);
    signal.addEventListener("abort", () => reject(new Error("timed out")), { once: true });
  });
}
