import { compactVerify, decodeProtectedHeader, errors, importJWK } from "jose";

import type { Database } from "@/core/db/database";

import { findPublicSigningKey, type PublicSigningKey, type Signer } from "./signing-keys";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A compact JWS over a JSON payload. The payload travels inside the JWS, so
 * what was signed is exactly what a verifier reads back: no canonical form
 * of the JSON is needed.
 */
export async function signCompactJws(options: {
  signer: Signer;
  type: string;
  payload: unknown;
}): Promise<string> {
  const { signer, type, payload } = options;
  const header = { alg: signer.algorithm, kid: signer.kid, typ: type };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = await signer.sign(encoder.encode(signingInput));
  return `${signingInput}.${Buffer.from(signature).toString("base64url")}`;
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

export type JwsVerification =
  | { isValid: true; payload: unknown; key: PublicSigningKey }
  | { isValid: false; reason: "malformed" | "unknown_key" | "wrong_type" | "bad_signature" };

/**
 * Checks a compact JWS against the signing key it names. Every way it can be
 * wrong is an answer, never an exception: verification is open to anyone.
 */
export async function verifyCompactJws(options: {
  db: Database;
  jws: string;
  type: string;
}): Promise<JwsVerification> {
  const { db, jws, type } = options;
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    return { isValid: false, reason: "malformed" };
  }
  if (header.typ !== type) return { isValid: false, reason: "wrong_type" };
  if (typeof header.kid !== "string" || header.alg !== "ES256") {
    return { isValid: false, reason: "malformed" };
  }
  const key = await findPublicSigningKey({ db, kid: header.kid });
  if (!key) return { isValid: false, reason: "unknown_key" };
  try {
    const publicKey = await importJWK(key.jwk, "ES256");
    const { payload } = await compactVerify(jws, publicKey, { algorithms: ["ES256"] });
    return { isValid: true, payload: JSON.parse(decoder.decode(payload)) as unknown, key };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return { isValid: false, reason: "bad_signature" };
    }
    return { isValid: false, reason: "malformed" };
  }
}
