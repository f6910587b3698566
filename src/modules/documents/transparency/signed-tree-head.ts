import { z } from "@hono/zod-openapi";
import { compactVerify, decodeProtectedHeader, errors, importJWK, type JWK } from "jose";

import { signCompactJws } from "@/core/crypto/jws";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { selectAgencyById } from "@/modules/agencies";

import { fromHex, rootOfFrontier, toHex } from "./merkle";
import { insertTreeHead, selectLogStateWithHead, type StoredTreeHead } from "./repo";

/** The JWS `typ` of a signed tree head: no other thing the agency signs can pass for one. */
export const TREE_HEAD_JWS_TYPE = "pratu-tree-head+jws";

/** What a signed tree head says; the same fields are served beside the JWS. */
export const TreeHeadPayloadSchema = z.object({
  /** The agency's code, as in /api/v1/agencies/{code}/signing-keys. */
  agency: z.string(),
  treeSize: z.number().int().nonnegative(),
  /** When the head was signed, ISO 8601 UTC. */
  timestamp: z.string(),
  /** The Merkle tree hash (RFC 9162) of the first treeSize leaves, lowercase hex. */
  sha256RootHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export type TreeHeadPayload = z.infer<typeof TreeHeadPayloadSchema>;

export interface SignedTreeHead extends TreeHeadPayload {
  /** A compact JWS (ES256) whose payload is exactly the fields above. */
  signature: string;
  kid: string;
}

function toSignedTreeHead(agencyCode: string, head: StoredTreeHead): SignedTreeHead {
  return {
    agency: agencyCode,
    treeSize: head.treeSize,
    timestamp: head.signedAt.toISOString(),
    sha256RootHash: toHex(head.rootHash),
    signature: head.signature,
    kid: head.kid,
  };
}

/**
 * The signed head of the agency's log at its current size: the one already
 * signed for this size, or a new one. Reading it is one indexed query; a new
 * head is signed only when the log has grown since the last one, and the
 * root comes from the head row's frontier, never from rehashing leaves.
 */
export async function currentSignedTreeHead(options: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
  now?: Date;
}): Promise<SignedTreeHead> {
  const { db, secrets, agencyId } = options;
  const agency = await selectAgencyById(db, agencyId);
  if (!agency) throw new AppError("not_found", `There is no agency with id ${agencyId}.`);
  const current = await withinAgency(db, agencyId, selectLogStateWithHead);
  if (current.head) return toSignedTreeHead(agency.code, current.head);

  // The signer is fetched between transactions: it reads the key store in
  // one of its own, which must not nest inside ours on a single connection.
  const signer = await agencySigner({ db, secrets, agencyId });
  const rootHash = rootOfFrontier(current.state.frontier);
  const signedAt = new Date((options.now ?? new Date()).getTime());
  const payload: TreeHeadPayload = {
    agency: agency.code,
    treeSize: current.state.treeSize,
    timestamp: signedAt.toISOString(),
    sha256RootHash: toHex(rootHash),
  };
  const signature = await signCompactJws({ signer, type: TREE_HEAD_JWS_TYPE, payload });
  const stored = await withinAgency(db, agencyId, (scope) =>
    insertTreeHead(scope, {
      treeSize: payload.treeSize,
      rootHash,
      signedAt,
      signature,
      kid: signer.kid,
    }),
  );
  return toSignedTreeHead(agency.code, stored);
}

export type TreeHeadVerification =
  | { isValid: true; head: TreeHeadPayload; rootHash: Uint8Array }
  | {
      isValid: false;
      reason: "malformed" | "wrong_type" | "unknown_key" | "bad_signature" | "fields_differ";
    };

/**
 * Checks a served tree head against the agency's published keys (the JWKS
 * at /api/v1/agencies/{code}/signing-keys): the signature, its type, and
 * that the fields served beside it are the ones signed. Needs no database.
 */
export async function verifySignedTreeHead(options: {
  treeHead: Omit<SignedTreeHead, "kid">;
  keys: readonly JWK[];
}): Promise<TreeHeadVerification> {
  const { treeHead, keys } = options;
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(treeHead.signature);
  } catch {
    return { isValid: false, reason: "malformed" };
  }
  if (header.typ !== TREE_HEAD_JWS_TYPE) return { isValid: false, reason: "wrong_type" };
  if (header.alg !== "ES256") return { isValid: false, reason: "malformed" };
  const jwk = keys.find((key) => key.kid === header.kid);
  if (!jwk) return { isValid: false, reason: "unknown_key" };
  let signed: unknown;
  try {
    const key = await importJWK(jwk, "ES256");
    const { payload } = await compactVerify(treeHead.signature, key, { algorithms: ["ES256"] });
    signed = JSON.parse(new TextDecoder().decode(payload));
  } catch (error) {
    const isBadSignature = error instanceof errors.JWSSignatureVerificationFailed;
    return { isValid: false, reason: isBadSignature ? "bad_signature" : "malformed" };
  }
  const head = TreeHeadPayloadSchema.safeParse(signed);
  if (!head.success) return { isValid: false, reason: "malformed" };
  const isSame =
    head.data.agency === treeHead.agency &&
    head.data.treeSize === treeHead.treeSize &&
    head.data.timestamp === treeHead.timestamp &&
    head.data.sha256RootHash === treeHead.sha256RootHash;
  if (!isSame) return { isValid: false, reason: "fields_differ" };
  return { isValid: true, head: head.data, rootHash: fromHex(head.data.sha256RootHash) };
}
