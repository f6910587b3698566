import { listAgencyPublicKeys } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import type { Agency } from "@/modules/agencies";

import { DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL } from "./contexts";
import { multikeyOfJwk } from "./multikey";

export type StatusPurpose = "revocation" | "suspension";
export const statusPurposes: readonly StatusPurpose[] = ["revocation", "suspension"];

export interface VerificationMethod {
  id: string;
  type: "Multikey";
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  "@context": string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
  authentication?: string[];
}

function baseOf(publicUrl: string): URL {
  return new URL(publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`);
}

/** did:web's method-specific id of the deployment: the host (its port escaped), then any path. */
function deploymentDidPrefix(publicUrl: string): string {
  const base = baseOf(publicUrl);
  const host = base.port ? `${base.hostname}%3A${base.port}` : base.hostname;
  const segments = base.pathname.split("/").filter(Boolean).map(encodeURIComponent);
  return ["did:web", host, ...segments].join(":");
}

/**
 * The agency's DID: `did:web:<host>[%3A<port>]:agencies:<code>`, resolving to
 * `<publicUrl>/agencies/<code>/did.json` as did:web prescribes.
 */
export function agencyDid(publicUrl: string, agencyCode: string): string {
  return `${deploymentDidPrefix(publicUrl)}:agencies:${encodeURIComponent(agencyCode)}`;
}

/** The id of the verification method for one of the agency's keys. */
export function agencyVerificationMethod(issuerDid: string, kid: string): string {
  return `${issuerDid}#${kid}`;
}

/** The agency code a DID names when it is one of this deployment's agencies, else null. */
export function agencyCodeOfDid(publicUrl: string, did: string): string | null {
  const prefix = `${deploymentDidPrefix(publicUrl)}:agencies:`;
  if (!did.startsWith(prefix)) return null;
  const code = did.slice(prefix.length);
  return /^[A-Z0-9][A-Z0-9-]{1,31}$/.test(code) ? code : null;
}

function withoutTrailingSlash(publicUrl: string): string {
  return publicUrl.replace(/\/$/, "");
}

export function statusListUrl(
  publicUrl: string,
  agencyCode: string,
  purpose: StatusPurpose,
): string {
  return `${withoutTrailingSlash(publicUrl)}/agencies/${agencyCode}/credentials/status/${purpose}`;
}

/** Which of this deployment's status lists a URL is, or null when it is another's. */
export function parseStatusListUrl(
  publicUrl: string,
  url: string,
): { agencyCode: string; purpose: StatusPurpose } | null {
  const prefix = `${withoutTrailingSlash(publicUrl)}/agencies/`;
  if (!url.startsWith(prefix)) return null;
  const match = /^([A-Z0-9][A-Z0-9-]{1,31})\/credentials\/status\/(revocation|suspension)$/.exec(
    url.slice(prefix.length),
  );
  return match ? { agencyCode: match[1]!, purpose: match[2] as StatusPurpose } : null;
}

/**
 * The agency's DID document: every key it has signed with, retired ones
 * too, since what they signed must go on verifying. Retired keys are not
 * marked `revoked`: Multikey's `revoked` means "trust nothing it signed".
 */
export async function buildAgencyDidDocument(options: {
  db: Database;
  publicUrl: string;
  agency: Pick<Agency, "id" | "code">;
}): Promise<DidDocument> {
  const did = agencyDid(options.publicUrl, options.agency.code);
  const keys = await listAgencyPublicKeys({ db: options.db, agencyId: options.agency.id });
  const verificationMethod = keys.map((key) => ({
    id: agencyVerificationMethod(did, key.kid),
    type: "Multikey" as const,
    controller: did,
    publicKeyMultibase: multikeyOfJwk(key.jwk),
  }));
  return {
    "@context": [DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL],
    id: did,
    verificationMethod,
    assertionMethod: verificationMethod.map((method) => method.id),
  };
}
