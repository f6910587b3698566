import { z } from "@hono/zod-openapi";

import { hashLeaf } from "./merkle";

const Sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, "A SHA-256 in lowercase hex: 64 characters 0-9, a-f");

/** What the log records of one issued document. */
export const TransparencyLogEntrySchema = z.object({
  documentId: z.uuid(),
  /** The SHA-256 of the signed PDF, or of the credential when there is no PDF. */
  documentSha256: Sha256HexSchema,
  credentialSha256: Sha256HexSchema,
  issuedAt: z.date(),
});

export type TransparencyLogEntry = z.infer<typeof TransparencyLogEntrySchema>;

/**
 * The bytes a leaf is the hash of: JSON with exactly these four keys in this
 * order, no spaces, the time in ISO 8601 UTC with milliseconds. Every value
 * is plain ASCII, so anyone can rebuild the same bytes from the published
 * entry (jq -cj '{documentId,documentSha256,credentialSha256,issuedAt}').
 */
export function canonicalEntry(entry: TransparencyLogEntry): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      documentId: entry.documentId.toLowerCase(),
      documentSha256: entry.documentSha256,
      credentialSha256: entry.credentialSha256,
      issuedAt: entry.issuedAt.toISOString(),
    }),
  );
}

export function entryLeafHash(entry: TransparencyLogEntry): Uint8Array {
  return hashLeaf(canonicalEntry(entry));
}
