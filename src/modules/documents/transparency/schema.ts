import { z } from "@hono/zod-openapi";

/** A count or index in a query string: plain decimal digits, no sign, no exponent. */
const SizeParam = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,14})$/, "A whole number from 0, in decimal digits")
  .openapi({ example: "8" });

const HashHex = z.string().regex(/^[0-9a-f]{64}$/);

export const AgencyCodeParamsSchema = z.object({
  code: z.string().openapi({ example: "DOPA" }),
});

export const InclusionProofQuerySchema = z.object({
  hash: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "A SHA-256 in hex: 64 characters")
    .optional()
    .openapi({
      description: "The SHA-256 (hex) of the signed PDF or of the credential",
      example: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    }),
  leafIndex: SizeParam.optional().openapi({ description: "The entry's index in the log" }),
  treeSize: SizeParam.optional().openapi({
    description: "The size of a tree head you hold; omitted, the current signed head",
  }),
});

export const ConsistencyProofQuerySchema = z.object({
  first: SizeParam.openapi({ description: "The size of the older tree head" }),
  second: SizeParam.openapi({ description: "The size of the newer tree head" }),
});

export const EntriesQuerySchema = z.object({
  start: SizeParam.openapi({ description: "The first index, from 0" }),
  end: SizeParam.openapi({ description: "The last index, inclusive; at most 1000 per page" }),
});

export const SignedTreeHeadSchema = z
  .object({
    agency: z.string().openapi({ example: "DOPA" }),
    treeSize: z.number().int(),
    timestamp: z.string().openapi({ format: "date-time" }),
    sha256RootHash: HashHex,
    signature: z.string().openapi({
      description:
        "Compact JWS (ES256, typ pratu-tree-head+jws) whose payload is {agency, treeSize, timestamp, sha256RootHash}",
    }),
    kid: z.string(),
    keys: z.string().openapi({ description: "Where the agency publishes its public keys (JWKS)" }),
  })
  .openapi("SignedTreeHead");

export const TransparencyEntrySchema = z
  .object({
    leafIndex: z.number().int(),
    leafHash: HashHex,
    documentId: z.uuid(),
    documentSha256: HashHex,
    credentialSha256: HashHex,
    issuedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("TransparencyLogEntry");

export const InclusionProofSchema = z
  .object({
    leafIndex: z.number().int(),
    treeSize: z.number().int(),
    inclusionPath: z.array(HashHex),
    entry: TransparencyEntrySchema,
    treeHead: SignedTreeHeadSchema.optional(),
  })
  .openapi("InclusionProof");

export const ConsistencyProofSchema = z
  .object({
    first: z.number().int(),
    second: z.number().int(),
    consistencyPath: z.array(HashHex),
  })
  .openapi("ConsistencyProof");

export const EntriesSchema = z
  .object({ treeSize: z.number().int(), entries: z.array(TransparencyEntrySchema) })
  .openapi("TransparencyLogEntries");
