import { isNoRecord, type ProofResolver } from "./proof-settings";

export const TXT_PREFIX = "pratu-verification=";

/** Where an agency may publish its TXT record: at the domain itself or under `_pratu.` */
export function txtRecordNames(domain: string): string[] {
  return [domain, `_pratu.${domain}`];
}

export type TxtLookup =
  | { outcome: "found"; tokens: string[] }
  | { outcome: "no_record" }
  | { outcome: "dns_error"; code: string };

/**
 * Every `pratu-verification=` token published at the domain or at
 * `_pratu.<domain>`. A record split into several strings (long TXT values)
 * is joined first, as DNS says it should be.
 */
export async function lookUpTxtTokens(resolver: ProofResolver, domain: string): Promise<TxtLookup> {
  const tokens: string[] = [];
  let failure: string | null = null;
  for (const name of txtRecordNames(domain)) {
    try {
      for (const record of await resolver.resolveTxt(name)) {
        const text = record.join("").trim();
        if (text.startsWith(TXT_PREFIX)) tokens.push(text.slice(TXT_PREFIX.length).trim());
      }
    } catch (error) {
      if (!isNoRecord(error)) failure = (error as NodeJS.ErrnoException).code ?? "unknown";
    }
  }
  if (tokens.length > 0) return { outcome: "found", tokens };
  return failure ? { outcome: "dns_error", code: failure } : { outcome: "no_record" };
}
