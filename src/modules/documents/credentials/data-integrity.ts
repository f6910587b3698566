import { createHash, type KeyObject, verify as verifySignature } from "node:crypto";

import jsonld from "jsonld";

import type { Signer } from "@/core/crypto/signing-keys";

import { staticDocumentLoader, UnknownContextError } from "./contexts";
import { decodeBase58Multibase, encodeBase58Multibase, type KeyCurve } from "./multikey";

export const cryptosuites = ["ecdsa-rdfc-2019", "eddsa-rdfc-2022"] as const;
export type Cryptosuite = (typeof cryptosuites)[number];

export type ProofPurpose = "assertionMethod" | "authentication";

/** A Data Integrity proof as it sits in a secured document. */
export interface DataIntegrityProof {
  "@context"?: unknown;
  type: "DataIntegrityProof";
  cryptosuite: Cryptosuite;
  created?: string;
  expires?: string;
  verificationMethod: string;
  proofPurpose: ProofPurpose;
  challenge?: string;
  domain?: string | string[];
  nonce?: string;
  proofValue: string;
}

/** The part of jsonld.js used here, typed as version 9 has it (its published types are older). */
interface JsonLdProcessor {
  canonize(
    input: unknown,
    options: {
      documentLoader: typeof staticDocumentLoader;
      safe: boolean;
      base: null;
      rdfDirection: "i18n-datatype";
      canonizeOptions: { algorithm: "RDFC-1.0"; messageDigestAlgorithm: "sha256" | "sha384" };
    },
  ): Promise<string>;
}

const processor = jsonld as unknown as JsonLdProcessor;

/** Why a document could not be turned into RDF: an unknown context, or a term no context defines. */
export class CanonicalizationError extends Error {
  readonly reason: "unknown_context" | "invalid_json_ld";
  /** The property no context defines, when that is what failed. */
  readonly undefinedTerm: string | null;

  constructor(
    reason: "unknown_context" | "invalid_json_ld",
    message: string,
    options: { cause: unknown; undefinedTerm?: string | null },
  ) {
    super(message, { cause: options.cause });
    this.name = "CanonicalizationError";
    this.reason = reason;
    this.undefinedTerm = options.undefinedTerm ?? null;
  }
}

/** jsonld.js's safe mode names a dropped property in the event it fails on. */
function droppedPropertyOf(error: unknown): string | null {
  const event = (error as { details?: { event?: { code?: unknown; details?: unknown } } }).details
    ?.event;
  const property = (event?.details as { property?: unknown } | undefined)?.property;
  return event?.code === "invalid property" && typeof property === "string" ? property : null;
}

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as N-Quads,
 * in jsonld.js's safe mode: a property no context defines, or any other loss,
 * fails instead of being dropped silently (a dropped value would be unsigned).
 * Text direction becomes i18n datatypes, and P-384 proofs hash blank nodes
 * with SHA-384, as the Data Integrity cryptosuites specify.
 */
export async function canonicalizeJsonLd(
  document: unknown,
  messageDigestAlgorithm: "sha256" | "sha384" = "sha256",
): Promise<string> {
  try {
    return await processor.canonize(document, {
      documentLoader: staticDocumentLoader,
      safe: true,
      base: null,
      rdfDirection: "i18n-datatype",
      canonizeOptions: { algorithm: "RDFC-1.0", messageDigestAlgorithm },
    });
  } catch (error) {
    const unknownContext = findCause(error, UnknownContextError);
    if (unknownContext) {
      throw new CanonicalizationError("unknown_context", unknownContext.message, { cause: error });
    }
    const undefinedTerm = droppedPropertyOf(error);
    const message = undefinedTerm
      ? `"${undefinedTerm}" is not defined by any context of the document.`
      : error instanceof Error
        ? error.message
        : "Not valid JSON-LD.";
    throw new CanonicalizationError("invalid_json_ld", message, { cause: error, undefinedTerm });
  }
}

function findCause<T extends Error>(error: unknown, type: new (...args: never[]) => T): T | null {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current; depth += 1) {
    if (current instanceof type) return current;
    const next =
      (current as { cause?: unknown }).cause ??
      (current as { details?: { cause?: unknown } }).details?.cause;
    current = next;
  }
  return null;
}

/** ecdsa-rdfc-2019 hashes with SHA-384 for P-384 keys, SHA-256 otherwise. */
function hashAlgorithmOf(cryptosuite: Cryptosuite, curve: KeyCurve): "sha256" | "sha384" {
  return cryptosuite === "ecdsa-rdfc-2019" && curve === "P-384" ? "sha384" : "sha256";
}

/**
 * What the signature covers in both suites: the hash of the canonical proof
 * configuration followed by the hash of the canonical document.
 */
async function hashData(
  document: Record<string, unknown>,
  proofConfiguration: Record<string, unknown>,
  algorithm: "sha256" | "sha384",
): Promise<Buffer> {
  const canonicalProof = await canonicalizeJsonLd(proofConfiguration, algorithm);
  const canonicalDocument = await canonicalizeJsonLd(document, algorithm);
  return Buffer.concat([
    createHash(algorithm).update(canonicalProof, "utf8").digest(),
    createHash(algorithm).update(canonicalDocument, "utf8").digest(),
  ]);
}

function withoutProof(document: Record<string, unknown>): Record<string, unknown> {
  const unsecured = { ...document };
  delete unsecured.proof;
  return unsecured;
}

/** An xsd:dateTime in whole seconds, as the Data Integrity examples write it. */
export function dateTimeOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Adds an ecdsa-rdfc-2019 proof made by `signer` (an agency's P-256 key, or
 * an HSM standing in for it) to a JSON-LD document.
 */
export async function addEcdsaProof(options: {
  document: Record<string, unknown>;
  signer: Signer;
  verificationMethod: string;
  proofPurpose: ProofPurpose;
  created?: Date | undefined;
  challenge?: string | undefined;
  domain?: string | undefined;
}): Promise<Record<string, unknown>> {
  const { signer } = options;
  if (signer.algorithm !== "ES256") {
    throw new Error(
      `ecdsa-rdfc-2019 with P-256 needs an ES256 signer, not ${String(signer.algorithm)}.`,
    );
  }
  const unsecured = withoutProof(options.document);
  const proofOptions = {
    type: "DataIntegrityProof",
    cryptosuite: "ecdsa-rdfc-2019",
    created: dateTimeOf(options.created ?? new Date()),
    verificationMethod: options.verificationMethod,
    proofPurpose: options.proofPurpose,
    ...(options.challenge === undefined ? {} : { challenge: options.challenge }),
    ...(options.domain === undefined ? {} : { domain: options.domain }),
  };
  const data = await hashData(
    unsecured,
    { "@context": unsecured["@context"], ...proofOptions },
    "sha256",
  );
  const signature = await signer.sign(data);
  return {
    ...unsecured,
    proof: { ...proofOptions, proofValue: encodeBase58Multibase(signature) },
  };
}

export type ProofFailure =
  | "malformed_proof"
  | "unsupported_cryptosuite"
  | "wrong_proof_purpose"
  | "proof_expired"
  | "context_mismatch"
  | "key_not_suitable"
  | "invalid_signature"
  | "unknown_context"
  | "invalid_json_ld";

const SIGNATURE_LENGTH: Record<KeyCurve, number> = { "P-256": 64, "P-384": 96, Ed25519: 64 };

/** The public key a proof names, as resolved by the caller (from the database or a did:key). */
export interface ResolvedKey {
  curve: KeyCurve;
  publicKey: KeyObject;
}

/**
 * Checks one proof over `document` with the key it names. The caller
 * resolves the key and checks that its controller may use it for the
 * purpose; this checks the rest. Every failure is an answer, not an exception.
 */
export async function checkProof(options: {
  document: Record<string, unknown>;
  proof: Record<string, unknown>;
  key: ResolvedKey;
  now: Date;
}): Promise<
  { isValid: true; cryptosuite: Cryptosuite } | { isValid: false; reason: ProofFailure }
> {
  const { document, proof, key } = options;
  const cryptosuite = proof.cryptosuite as Cryptosuite;
  if (typeof proof.expires === "string" && !(Date.parse(proof.expires) > options.now.getTime())) {
    return { isValid: false, reason: "proof_expired" };
  }
  const expectedCurves: readonly KeyCurve[] =
    cryptosuite === "eddsa-rdfc-2022" ? ["Ed25519"] : ["P-256", "P-384"];
  if (!expectedCurves.includes(key.curve)) return { isValid: false, reason: "key_not_suitable" };
  const signature =
    typeof proof.proofValue === "string" ? decodeBase58Multibase(proof.proofValue) : null;
  if (!signature) return { isValid: false, reason: "malformed_proof" };
  if (signature.length !== SIGNATURE_LENGTH[key.curve]) {
    return { isValid: false, reason: "invalid_signature" };
  }
  const proofOptions = { ...proof };
  delete proofOptions.proofValue;
  const unsecured = withoutProof(document);
  if (proofOptions["@context"] !== undefined) {
    // A proof that names contexts must name the document's leading ones, in order.
    const proofContexts = [proofOptions["@context"]].flat();
    const documentContexts = [unsecured["@context"]].flat();
    const isPrefix = proofContexts.every(
      (context, index) => JSON.stringify(context) === JSON.stringify(documentContexts[index]),
    );
    if (!isPrefix) return { isValid: false, reason: "context_mismatch" };
  }
  let data: Buffer;
  try {
    data = await hashData(
      unsecured,
      { ...proofOptions, "@context": unsecured["@context"] },
      hashAlgorithmOf(cryptosuite, key.curve),
    );
  } catch (error) {
    if (error instanceof CanonicalizationError) return { isValid: false, reason: error.reason };
    throw error;
  }
  const isValid =
    key.curve === "Ed25519"
      ? verifySignature(null, data, key.publicKey, signature)
      : verifySignature(
          hashAlgorithmOf(cryptosuite, key.curve),
          data,
          { key: key.publicKey, dsaEncoding: "ieee-p1363" },
          signature,
        );
  return isValid ? { isValid: true, cryptosuite } : { isValid: false, reason: "invalid_signature" };
}

/**
 * The shape checks of a proof that come before its key is looked up, so a
 * malformed proof costs no database read.
 */
export function checkProofShape(
  proof: unknown,
  purpose: ProofPurpose,
): { isValid: true; proof: DataIntegrityProof } | { isValid: false; reason: ProofFailure } {
  if (typeof proof !== "object" || proof === null || Array.isArray(proof)) {
    return { isValid: false, reason: "malformed_proof" };
  }
  const candidate = proof as Record<string, unknown>;
  if (candidate.type !== "DataIntegrityProof") {
    return { isValid: false, reason: "unsupported_cryptosuite" };
  }
  if (!cryptosuites.includes(candidate.cryptosuite as Cryptosuite)) {
    return { isValid: false, reason: "unsupported_cryptosuite" };
  }
  if (
    typeof candidate.verificationMethod !== "string" ||
    typeof candidate.proofValue !== "string" ||
    (candidate.created !== undefined &&
      (typeof candidate.created !== "string" || Number.isNaN(Date.parse(candidate.created))))
  ) {
    return { isValid: false, reason: "malformed_proof" };
  }
  if (candidate.proofPurpose !== purpose) return { isValid: false, reason: "wrong_proof_purpose" };
  return { isValid: true, proof: candidate as unknown as DataIntegrityProof };
}
