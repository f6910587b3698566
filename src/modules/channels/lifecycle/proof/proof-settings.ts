import { promises as dns } from "node:dns";

import type { Config } from "@/config/schema";

/** What a proof of control needs from the configuration. */
export type ProofSettings = Config["channels"];

/** The subset of `dns.promises.Resolver` the checks use, so a test can hand in its own. */
export interface ProofResolver {
  resolveTxt(hostname: string): Promise<string[][]>;
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
}

/**
 * A resolver asking the configured DNS servers, or the system's. It bypasses
 * the operating system's cache and hosts file on purpose: what counts is
 * what the domain's DNS publishes now.
 */
export function createProofResolver(settings: ProofSettings): ProofResolver {
  const resolver = new dns.Resolver({ timeout: settings.dnsTimeoutSeconds * 1000, tries: 2 });
  if (settings.dnsServers && settings.dnsServers.length > 0) {
    resolver.setServers(settings.dnsServers);
  }
  return resolver;
}

/** Codes with which a DNS lookup says there is no such record, as opposed to failing. */
const NO_RECORD_CODES = new Set([dns.NODATA, dns.NOTFOUND, "ENODATA", "ENOTFOUND"]);

export function isNoRecord(error: unknown): boolean {
  return NO_RECORD_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? "");
}
