import { createHash } from "node:crypto";

/**
 * The X-Road headers a request hash covers, in this order. `X-Road-Id` is
 * the one in force: the consumer's, or the one Pratu generated, as echoed
 * in the response.
 */
export const HASHED_HEADERS = [
  "x-road-client",
  "x-road-id",
  "x-road-userid",
  "x-road-purpose",
  "x-road-issue",
] as const;

export type HashedHeader = (typeof HASHED_HEADERS)[number];

export interface HashedRequest {
  method: string;
  /** The path as sent, still percent-encoded, e.g. `/r1/TH/GOV/DOPA/population/person.address/1101700203451`. */
  path: string;
  /** The query as sent, without `?`, still percent-encoded; empty when there is none. */
  query: string;
  headers: Partial<Record<HashedHeader, string>>;
  body?: Uint8Array | undefined;
}

/**
 * The text the hash is taken over, one line per item, each ending in LF:
 *
 *     GET /r1/TH/GOV/DOPA/population/person.address/1101700203451?fields=address
 *     x-road-client:TH/GOV/CHIANGMAI-CITY/elderly-allowance
 *     x-road-id:0195f3c2-...
 *     x-road-purpose:elderly-allowance-eligibility
 *
 * The request line is the method in capitals, one space, the path and
 * (when present) `?` and the query, exactly as sent. Then each header of
 * HASHED_HEADERS the request carries, in that order, name in lower case,
 * `:` and the value with surrounding spaces removed. Headers that are
 * absent are left out; no other header counts.
 */
export function canonicalRequest(request: HashedRequest): string {
  const target = request.query ? `${request.path}?${request.query}` : request.path;
  let text = `${request.method.toUpperCase()} ${target}\n`;
  for (const name of HASHED_HEADERS) {
    const value = request.headers[name]?.trim();
    if (value !== undefined) text += `${name}:${value}\n`;
  }
  return text;
}

/**
 * `X-Road-Request-Hash` as X-Road's REST protocol defines it: base64 of
 * SHA-512(SHA-512(headers) || SHA-512(body)), or of SHA-512(headers) when
 * the request has no body, where "headers" is the canonical request above
 * in UTF-8. It ties a response (and its exchange-log row) to the exact
 * request it answered.
 */
export function requestHash(request: HashedRequest): string {
  const headerDigest = sha512(Buffer.from(canonicalRequest(request), "utf8"));
  if (!request.body || request.body.length === 0) return headerDigest.toString("base64");
  return sha512(Buffer.concat([headerDigest, sha512(request.body)])).toString("base64");
}

function sha512(bytes: Uint8Array): Buffer {
  return createHash("sha512").update(bytes).digest();
}
