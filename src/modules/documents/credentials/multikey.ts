import { createPublicKey, ECDH, type KeyObject } from "node:crypto";

import { base58 } from "@scure/base";
import type { JWK } from "jose";

/** The curves a verification method may name; Pratu itself signs with P-256. */
export type KeyCurve = "P-256" | "P-384" | "Ed25519";

interface CurveCodec {
  /** The multicodec code of the public key type, as its unsigned varint. */
  prefix: readonly [number, number];
  /** Length of the public key bytes after the prefix: compressed points for ECDSA. */
  length: number;
  /** OpenSSL's name, for decompressing a point. */
  opensslName?: string;
}

const codecs: Record<KeyCurve, CurveCodec> = {
  "P-256": { prefix: [0x80, 0x24], length: 33, opensslName: "prime256v1" },
  "P-384": { prefix: [0x81, 0x24], length: 49, opensslName: "secp384r1" },
  Ed25519: { prefix: [0xed, 0x01], length: 32 },
};

export interface DecodedMultikey {
  curve: KeyCurve;
  publicKey: KeyObject;
}

/** `z…`: multibase base58btc, the encoding of Multikey values and of proof values. */
export function encodeBase58Multibase(bytes: Uint8Array): string {
  return `z${base58.encode(bytes)}`;
}

/** The bytes of a `z…` value, or null when it is not base58btc multibase. */
export function decodeBase58Multibase(value: string): Uint8Array | null {
  if (!value.startsWith("z") || value.length < 2) return null;
  try {
    return base58.decode(value.slice(1));
  } catch {
    return null;
  }
}

function bytesOfBase64url(value: unknown): Buffer {
  return Buffer.from(typeof value === "string" ? value : "", "base64url");
}

/**
 * The `publicKeyMultibase` of a public key given as a JWK: `zDn…` for a
 * compressed P-256 point, `z82…` for P-384, `z6Mk…` for Ed25519.
 */
export function multikeyOfJwk(jwk: JWK): string {
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") {
    return encodeBase58Multibase(
      Uint8Array.from([...codecs.Ed25519.prefix, ...bytesOfBase64url(jwk.x)]),
    );
  }
  if (jwk.kty === "EC" && (jwk.crv === "P-256" || jwk.crv === "P-384")) {
    const codec = codecs[jwk.crv];
    const x = bytesOfBase64url(jwk.x);
    const y = bytesOfBase64url(jwk.y);
    const isOdd = (y.at(-1) ?? 0) % 2 === 1;
    return encodeBase58Multibase(Uint8Array.from([...codec.prefix, isOdd ? 0x03 : 0x02, ...x]));
  }
  throw new Error(`No Multikey encoding for a ${jwk.kty ?? "?"} ${jwk.crv ?? "?"} key.`);
}

/** The public key a `publicKeyMultibase` value holds, or null when it is not one we read. */
export function decodeMultikey(publicKeyMultibase: string): DecodedMultikey | null {
  const bytes = decodeBase58Multibase(publicKeyMultibase);
  if (!bytes) return null;
  for (const [curve, codec] of Object.entries(codecs) as [KeyCurve, CurveCodec][]) {
    if (bytes[0] !== codec.prefix[0] || bytes[1] !== codec.prefix[1]) continue;
    const key = bytes.subarray(2);
    if (key.length !== codec.length) return null;
    try {
      return { curve, publicKey: publicKeyOf(curve, codec, key) };
    } catch {
      // Not a point on the curve.
      return null;
    }
  }
  return null;
}

function publicKeyOf(curve: KeyCurve, codec: CurveCodec, key: Uint8Array): KeyObject {
  if (curve === "Ed25519") {
    return createPublicKey({
      key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(key).toString("base64url") },
      format: "jwk",
    });
  }
  const uncompressed = ECDH.convertKey(
    key,
    codec.opensslName!,
    undefined,
    undefined,
    "uncompressed",
  ) as Buffer;
  const size = codec.length - 1;
  return createPublicKey({
    key: {
      kty: "EC",
      crv: curve,
      x: uncompressed.subarray(1, 1 + size).toString("base64url"),
      y: uncompressed.subarray(1 + size).toString("base64url"),
    },
    format: "jwk",
  });
}
