import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign as signBytes,
} from "node:crypto";

import { toArrayBuffer } from "./certificates";

export type DocumentSignatureAlgorithm = "ecdsa-with-SHA256" | "sha256WithRSAEncryption";

/**
 * Whatever signs documents for an agency. The built-in store answers with a
 * key sealed in the database; an HSM or a cloud KMS stands in by implementing
 * the same three members (and registering a key provider, see
 * `registerDocumentKeyProvider`).
 */
export interface DocumentSigner {
  /** DER certificates, the signer's own first, then its issuers in order. */
  readonly certificateChain: readonly Uint8Array[];
  readonly signatureAlgorithm: DocumentSignatureAlgorithm;
  /**
   * Signs `data` (for CMS: the DER of the signed attributes) with SHA-256.
   * ECDSA answers the DER `Ecdsa-Sig-Value`, RSA the PKCS #1 v1.5 signature,
   * which is what CMS carries. A KMS that signs digests hashes `data` first.
   */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export function signatureAlgorithmOf(key: KeyObject): DocumentSignatureAlgorithm {
  if (key.asymmetricKeyType === "ec") return "ecdsa-with-SHA256";
  if (key.asymmetricKeyType === "rsa") return "sha256WithRSAEncryption";
  throw new Error(`Keys of type ${key.asymmetricKeyType ?? "unknown"} cannot sign documents`);
}

/** A signer over a private key held in this process. */
export function createLocalDocumentSigner(options: {
  certificateChain: readonly Uint8Array[];
  privateKey: KeyObject;
}): DocumentSigner {
  const { certificateChain, privateKey } = options;
  return {
    certificateChain,
    signatureAlgorithm: signatureAlgorithmOf(privateKey),
    sign: (data) => Promise.resolve(new Uint8Array(signBytes("sha256", data, privateKey))),
  };
}

export interface GeneratedKeyPair {
  privateKey: KeyObject;
  /** SubjectPublicKeyInfo, as a certificate carries it. */
  publicKeyDer: Uint8Array;
  privateKeyPem: string;
}

/** A fresh P-256 key pair: small signatures, and every PDF reader in use checks ECDSA. */
export function generateDocumentKeyPair(): GeneratedKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    privateKey,
    publicKeyDer: new Uint8Array(publicKey.export({ type: "spki", format: "der" })),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

export function privateKeyFromPem(pem: string): KeyObject {
  return createPrivateKey({ key: pem, format: "pem" });
}

export function publicKeyDerOf(privateKey: KeyObject): Uint8Array {
  return new Uint8Array(createPublicKey(privateKey).export({ type: "spki", format: "der" }));
}

/** The key as WebCrypto needs it to sign certificates. */
export async function toSigningCryptoKey(privateKey: KeyObject): Promise<CryptoKey> {
  const pkcs8 = toArrayBuffer(privateKey.export({ type: "pkcs8", format: "der" }));
  if (privateKey.asymmetricKeyType === "ec") {
    const namedCurve =
      privateKey.asymmetricKeyDetails?.namedCurve === "secp384r1" ? "P-384" : "P-256";
    return crypto.subtle.importKey("pkcs8", pkcs8, { name: "ECDSA", namedCurve }, false, ["sign"]);
  }
  return crypto.subtle.importKey(
    "pkcs8",
    pkcs8,
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["sign"],
  );
}

/**
 * Makes a signer for a certificate whose key lives outside Pratu, from the
 * reference stored beside the certificate (a key ARN, a PKCS #11 URI...).
 */
export type DocumentKeyProvider = (options: {
  certificateChain: readonly Uint8Array[];
  keyReference: string;
}) => Promise<DocumentSigner>;

const keyProviders = new Map<string, DocumentKeyProvider>();

/** Makes an HSM or KMS available under a name that certificates can then refer to. */
export function registerDocumentKeyProvider(name: string, provider: DocumentKeyProvider): void {
  if (name === "local") throw new Error('"local" names the built-in key store');
  keyProviders.set(name, provider);
}

export function findDocumentKeyProvider(name: string): DocumentKeyProvider | undefined {
  return keyProviders.get(name);
}
