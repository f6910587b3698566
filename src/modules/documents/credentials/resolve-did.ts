import type { Config } from "@/config/schema";
import type { Database } from "@/core/db/database";
import { type Agency, selectAgencyByCode } from "@/modules/agencies";

import { DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL } from "./contexts";
import type { ProofPurpose, ResolvedKey } from "./data-integrity";
import { agencyCodeOfDid, buildAgencyDidDocument, type DidDocument } from "./did-web";
import { decodeMultikey } from "./multikey";

export type IssuerAgency = Pick<Agency, "id" | "code" | "kind" | "nameTh" | "nameEn">;

export type DidResolution =
  | { isResolved: true; document: DidDocument; agency: IssuerAgency | null }
  | { isResolved: false; reason: "unknown_issuer" | "malformed_did" };

/** Agency DID documents, per database, kept for a minute: verification is public and read-heavy. */
const agencyDocuments = new WeakMap<
  Database,
  Map<string, { document: DidDocument; agency: IssuerAgency; at: number }>
>();
const AGENCY_DOCUMENT_TTL_MS = 60_000;

function cacheOf(db: Database) {
  let cache = agencyDocuments.get(db);
  if (!cache) {
    cache = new Map();
    agencyDocuments.set(db, cache);
  }
  return cache;
}

/** A did:key names its one public key; its document is derived, never fetched. */
function didKeyDocument(did: string): DidDocument | null {
  const multibase = did.slice("did:key:".length);
  if (!decodeMultikey(multibase)) return null;
  const methodId = `${did}#${multibase}`;
  return {
    "@context": [DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL],
    id: did,
    verificationMethod: [
      { id: methodId, type: "Multikey", controller: did, publicKeyMultibase: multibase },
    ],
    assertionMethod: [methodId],
    authentication: [methodId],
  };
}

/**
 * Resolves a DID without the network: this deployment's agencies from the
 * database, did:key from the key itself. Any other DID, including did:web
 * of another host, is an unknown issuer.
 */
export async function resolveDid(options: {
  db: Database;
  config: Config;
  did: string;
  /** Skip the cache: a key named by a fresh signature may be newer than it. */
  isFresh?: boolean;
}): Promise<DidResolution> {
  const { db, config, did } = options;
  if (did.length > 2000 || !/^did:[a-z0-9]+:\S+$/.test(did)) {
    return { isResolved: false, reason: "malformed_did" };
  }
  if (did.startsWith("did:key:")) {
    const document = didKeyDocument(did);
    return document
      ? { isResolved: true, document, agency: null }
      : { isResolved: false, reason: "malformed_did" };
  }
  const code = agencyCodeOfDid(config.server.publicUrl, did);
  if (!code) return { isResolved: false, reason: "unknown_issuer" };
  const cache = cacheOf(db);
  const cached = cache.get(code);
  if (cached && !options.isFresh && Date.now() - cached.at < AGENCY_DOCUMENT_TTL_MS) {
    return { isResolved: true, document: cached.document, agency: cached.agency };
  }
  const found = await selectAgencyByCode(db, code);
  if (!found) return { isResolved: false, reason: "unknown_issuer" };
  const agency: IssuerAgency = {
    id: found.id,
    code: found.code,
    kind: found.kind,
    nameTh: found.nameTh,
    nameEn: found.nameEn,
  };
  const document = await buildAgencyDidDocument({
    db,
    publicUrl: config.server.publicUrl,
    agency,
  });
  cache.set(code, { document, agency, at: Date.now() });
  return { isResolved: true, document, agency };
}

export type MethodResolution =
  | {
      isResolved: true;
      controller: string;
      key: ResolvedKey;
      agency: IssuerAgency | null;
    }
  | {
      isResolved: false;
      reason:
        | "unknown_issuer"
        | "malformed_did"
        | "unknown_verification_method"
        | "method_not_authorized";
    };

/**
 * The key behind a verification method id (`<did>#<fragment>`), checked to be
 * one its controller lists for the purpose (assertionMethod for credentials,
 * authentication for presentations).
 */
export async function resolveVerificationMethod(options: {
  db: Database;
  config: Config;
  methodId: string;
  purpose: ProofPurpose;
}): Promise<MethodResolution> {
  const hash = options.methodId.indexOf("#");
  if (hash <= 0) return { isResolved: false, reason: "malformed_did" };
  const did = options.methodId.slice(0, hash);
  const lookup = async (isFresh: boolean) => {
    const resolution = await resolveDid({ db: options.db, config: options.config, did, isFresh });
    if (!resolution.isResolved) return { resolution, method: undefined };
    const method = resolution.document.verificationMethod.find(
      (candidate) => candidate.id === options.methodId,
    );
    return { resolution, method };
  };
  let { resolution, method } = await lookup(false);
  if (resolution.isResolved && !method && resolution.agency) {
    ({ resolution, method } = await lookup(true));
  }
  if (!resolution.isResolved) return resolution;
  if (!method || method.controller !== did) {
    return { isResolved: false, reason: "unknown_verification_method" };
  }
  const authorised = resolution.document[options.purpose] ?? [];
  if (!authorised.includes(method.id))
    return { isResolved: false, reason: "method_not_authorized" };
  const key = decodeMultikey(method.publicKeyMultibase);
  if (!key) return { isResolved: false, reason: "unknown_verification_method" };
  return { isResolved: true, controller: did, key, agency: resolution.agency };
}
