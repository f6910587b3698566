// Types for the parts of Digital Bazaar's Verifiable Credential libraries that
// the tests use as an independent verifier and issuer; the packages ship none.

declare module "@digitalbazaar/vc" {
  export type DocumentLoader = (url: string) => Promise<{
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }>;
  export interface VerificationResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: unknown[];
    presentationResult?: { verified: boolean };
    credentialResults?: { verified: boolean; error?: Error }[];
  }
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: DocumentLoader;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: {
      credential: Record<string, unknown>;
    }) => Promise<{ verified: boolean; error?: Error }>;
    now?: Date;
  }): Promise<VerificationResult>;
  export function createPresentation(options: {
    verifiableCredential?: Record<string, unknown> | Record<string, unknown>[];
    holder?: string;
    version?: 1 | 2;
  }): Record<string, unknown>;
  export function signPresentation(options: {
    presentation: Record<string, unknown>;
    suite: unknown;
    documentLoader: DocumentLoader;
    challenge: string;
    domain?: string;
  }): Promise<Record<string, unknown>>;
}

declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown; date?: Date | string });
  }
}

declare module "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/ed25519-multikey" {
  export interface Ed25519KeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): unknown;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
}

declare module "@digitalbazaar/ecdsa-multikey" {
  export interface EcdsaKeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): unknown;
  }
  export function generate(options: {
    curve: "P-256" | "P-384";
    id?: string;
    controller?: string;
  }): Promise<EcdsaKeyPair>;
}

declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}

declare module "@digitalbazaar/data-integrity-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}

declare module "@digitalbazaar/multikey-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}

declare module "did-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}
