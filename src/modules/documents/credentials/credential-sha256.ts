import { createHash } from "node:crypto";

/**
 * The JSON Canonicalization Scheme (RFC 8785): keys sorted by UTF-16 code
 * units, no whitespace, numbers and strings as ECMAScript writes them. The
 * same value gives the same text however it was spaced or ordered, which
 * matters because PostgreSQL's jsonb gives keys back in its own order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("JSON has no infinite or NaN numbers.");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  throw new TypeError(`A ${typeof value} is not JSON.`);
}

/**
 * The hash that names a credential as issued: SHA-256 (hex) of its JCS form.
 * Issuance stores it in issued_documents.credential_sha256; verification
 * computes it over what it is shown and looks the document up by it, so a
 * credential passed through any JSON tool still matches, and one whose
 * content differs by a single value does not.
 */
export function credentialSha256(credential: unknown): string {
  return createHash("sha256").update(canonicalJson(credential), "utf8").digest("hex");
}
