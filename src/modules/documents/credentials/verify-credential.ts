import type { Config } from "@/config/schema";
import type { Database } from "@/core/db/database";

import { findIssuedDocument } from "../repo";
import type { IssuedDocument } from "../schema";
import { VC_V1_CONTEXT_URL, VC_V2_CONTEXT_URL } from "./contexts";
import { credentialSha256 } from "./credential-sha256";
import { checkProof, checkProofShape, type Cryptosuite } from "./data-integrity";
import { parseStatusListUrl } from "./did-web";
import { type CredentialProblemCode, credentialProblemMessages } from "./messages";
import { agencyStatusBits } from "./publish-status-list";
import { type IssuerAgency, resolveDid, resolveVerificationMethod } from "./resolve-did";
import { checkStatusEntry, parseStatusListEntry } from "./status-list";

const MAX_PROOFS = 4;
const MAX_STATUS_ENTRIES = 8;

export type CheckStatus = "passed" | "failed" | "warning" | "skipped";
export type CredentialState = "active" | "suspended" | "revoked" | "unknown";

export interface CredentialProblem {
  code: CredentialProblemCode;
  /** Where in the credential the problem lies, e.g. `proof` or `validUntil`. */
  field: string;
  message: string;
  messages: { th: string; en: string };
}

/** The checklist the verify page shows and the VC-API returns, one entry per question. */
export interface CredentialChecklist {
  proof: {
    status: CheckStatus;
    cryptosuite: Cryptosuite | null;
    verificationMethod: string | null;
  };
  issuer: { status: CheckStatus; did: string | null; agency: IssuerAgency | null };
  status: {
    status: CheckStatus;
    state: CredentialState;
    reason: string | null;
    changedAt: string | null;
  };
  validity: { status: CheckStatus; validFrom: string | null; validUntil: string | null };
  /** For our own agencies' credentials: is this the credential as issued and stored? */
  issuedRecord: {
    status: CheckStatus;
    documentId: string | null;
    number: string | null;
    verifyCode: string | null;
  };
}

export interface CredentialVerification {
  verified: boolean;
  checklist: CredentialChecklist;
  errors: CredentialProblem[];
  warnings: CredentialProblem[];
}

export function credentialProblem(code: CredentialProblemCode, field: string): CredentialProblem {
  const messages = credentialProblemMessages[code];
  return { code, field, message: messages.en, messages: { th: messages.th, en: messages.en } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function issuerIdOf(issuer: unknown): string | null {
  if (typeof issuer === "string") return issuer;
  if (isObject(issuer) && typeof issuer.id === "string") return issuer.id;
  return null;
}

/** A credential of either data model, with the members verification reads, or null. */
function readCredential(credential: unknown): { issuerId: string; isV2: boolean } | null {
  if (!isObject(credential)) return null;
  const contexts = [credential["@context"]].flat();
  const isV2 = contexts[0] === VC_V2_CONTEXT_URL;
  if (!isV2 && contexts[0] !== VC_V1_CONTEXT_URL) return null;
  if (![credential.type].flat().includes("VerifiableCredential")) return null;
  const issuerId = issuerIdOf(credential.issuer);
  return issuerId ? { issuerId, isV2 } : null;
}

function emptyChecklist(): CredentialChecklist {
  return {
    proof: { status: "skipped", cryptosuite: null, verificationMethod: null },
    issuer: { status: "skipped", did: null, agency: null },
    status: { status: "skipped", state: "unknown", reason: null, changedAt: null },
    validity: { status: "skipped", validFrom: null, validUntil: null },
    issuedRecord: { status: "skipped", documentId: null, number: null, verifyCode: null },
  };
}

/**
 * Verifies a credential and says what was checked: the proof (which suite),
 * the issuer (which agency, and whether it is in the register), the status
 * (active, suspended, revoked, with the reason when the document is ours),
 * the validity window, and for our documents whether this is the credential
 * as issued. Nothing the credential claims is believed before its proof
 * holds. Malformed input is an answer, never an exception.
 */
export async function verifyCredential(options: {
  db: Database;
  config: Config;
  credential: unknown;
  now?: Date;
  /** Accept a valid proof from an issuer outside the agency register (a did:key) with a warning. */
  allowUnregisteredIssuer?: boolean;
}): Promise<CredentialVerification> {
  const { db, config, credential } = options;
  const now = options.now ?? new Date();
  const checklist = emptyChecklist();
  const errors: CredentialProblem[] = [];
  const warnings: CredentialProblem[] = [];
  const answer = () => ({ verified: errors.length === 0, checklist, errors, warnings });

  const read = readCredential(credential);
  if (!read || !isObject(credential)) {
    errors.push(credentialProblem("malformed_credential", "(body)"));
    return answer();
  }
  checklist.issuer.did = read.issuerId;

  const issuerResolution = await resolveDid({ db, config, did: read.issuerId });
  if (!issuerResolution.isResolved) {
    checklist.issuer.status = "failed";
    errors.push(credentialProblem(issuerResolution.reason, "issuer"));
    return answer();
  }
  const agency = issuerResolution.agency;
  checklist.issuer.agency = agency;

  const proofs = [credential.proof].flat().filter((proof) => proof !== undefined);
  if (proofs.length === 0) {
    checklist.proof.status = "failed";
    errors.push(credentialProblem("missing_proof", "proof"));
    return answer();
  }
  // Each proof costs two canonicalisations: a pile of them is an attack, not a credential.
  if (proofs.length > MAX_PROOFS) {
    checklist.proof.status = "failed";
    errors.push(credentialProblem("malformed_proof", "proof"));
    return answer();
  }
  for (const [index, candidate] of proofs.entries()) {
    const field = proofs.length > 1 ? `proof.${index}` : "proof";
    const failure = await checkOneProof({
      db,
      config,
      credential,
      candidate,
      issuerId: read.issuerId,
      now,
    });
    if (failure) {
      checklist.proof.status = "failed";
      errors.push(credentialProblem(failure, field));
      return answer();
    }
  }
  const firstProof = proofs[0] as Record<string, unknown>;
  checklist.proof = {
    status: "passed",
    cryptosuite: firstProof.cryptosuite as Cryptosuite,
    verificationMethod: firstProof.verificationMethod as string,
  };

  if (agency) {
    checklist.issuer.status = "passed";
  } else if (options.allowUnregisteredIssuer) {
    checklist.issuer.status = "warning";
    warnings.push(credentialProblem("issuer_not_registered", "issuer"));
  } else {
    checklist.issuer.status = "failed";
    errors.push(credentialProblem("issuer_not_registered", "issuer"));
  }

  const record = agency ? await findOwnRecord(db, credential, agency) : null;
  if (agency) {
    checklist.issuedRecord = record
      ? {
          status: "passed",
          documentId: record.id,
          number: record.number,
          verifyCode: record.verifyCode,
        }
      : { status: "warning", documentId: null, number: null, verifyCode: null };
    if (!record) warnings.push(credentialProblem("record_differs", "(body)"));
  }

  await checkStatus({ db, config, credential, agency, record, checklist, errors, warnings });
  checkValidity({ credential, isV2: read.isV2, now, checklist, errors });
  return answer();
}

async function checkOneProof(options: {
  db: Database;
  config: Config;
  credential: Record<string, unknown>;
  candidate: unknown;
  issuerId: string;
  now: Date;
}): Promise<CredentialProblemCode | null> {
  const shape = checkProofShape(options.candidate, "assertionMethod");
  if (!shape.isValid) return shape.reason;
  const method = await resolveVerificationMethod({
    db: options.db,
    config: options.config,
    methodId: shape.proof.verificationMethod,
    purpose: "assertionMethod",
  });
  if (!method.isResolved) return method.reason;
  if (method.controller !== options.issuerId) return "issuer_mismatch";
  const result = await checkProof({
    document: options.credential,
    proof: options.candidate as Record<string, unknown>,
    key: method.key,
    now: options.now,
  });
  return result.isValid ? null : result.reason;
}

/** The stored document this credential is, found by its hash and held by the issuing agency. */
async function findOwnRecord(
  db: Database,
  credential: Record<string, unknown>,
  agency: IssuerAgency,
): Promise<IssuedDocument | null> {
  const found = await findIssuedDocument(db, { credentialSha256: credentialSha256(credential) });
  return found && found.agencyId === agency.id ? found : null;
}

async function checkStatus(options: {
  db: Database;
  config: Config;
  credential: Record<string, unknown>;
  agency: IssuerAgency | null;
  record: IssuedDocument | null;
  checklist: CredentialChecklist;
  errors: CredentialProblem[];
  warnings: CredentialProblem[];
}): Promise<void> {
  const { checklist, errors, warnings, record } = options;
  const entries = [options.credential.credentialStatus]
    .flat()
    .filter((entry) => entry !== undefined);
  if (entries.length > MAX_STATUS_ENTRIES) {
    checklist.status.status = "failed";
    errors.push(credentialProblem("status_entry_invalid", "credentialStatus"));
    return;
  }
  const set = { revocation: false, suspension: false };
  let checkedCount = 0;
  for (const raw of entries) {
    const entry = parseStatusListEntry(raw);
    if (!entry) {
      checklist.status.status = "failed";
      errors.push(credentialProblem("status_entry_invalid", "credentialStatus"));
      return;
    }
    if (entry.statusPurpose !== "revocation" && entry.statusPurpose !== "suspension") continue;
    const list = parseStatusListUrl(options.config.server.publicUrl, entry.statusListCredential);
    if (!list) {
      warnings.push(credentialProblem("status_unchecked", "credentialStatus"));
      continue;
    }
    // A list of another agency, or of another purpose, cannot speak for this credential.
    if (list.agencyCode !== options.agency?.code || list.purpose !== entry.statusPurpose) {
      checklist.status.status = "failed";
      errors.push(credentialProblem("status_entry_invalid", "credentialStatus"));
      return;
    }
    const bits = await agencyStatusBits({
      db: options.db,
      config: options.config,
      agencyId: options.agency.id,
      purpose: list.purpose,
    });
    const isSet = checkStatusEntry(bits, entry.index);
    if (isSet === null) {
      checklist.status.status = "failed";
      errors.push(credentialProblem("status_entry_invalid", "credentialStatus"));
      return;
    }
    set[list.purpose] ||= isSet;
    checkedCount += 1;
  }
  const state: CredentialState = set.revocation
    ? "revoked"
    : set.suspension
      ? "suspended"
      : checkedCount > 0
        ? "active"
        : (record?.status ?? "unknown");
  checklist.status.state = state;
  if (state !== "active" && record && record.status === state) {
    checklist.status.reason = record.statusReason;
    checklist.status.changedAt = record.statusChangedAt?.toISOString() ?? null;
  }
  if (state === "revoked" || state === "suspended") {
    checklist.status.status = "failed";
    errors.push(credentialProblem(state, "credentialStatus"));
  } else if (state === "unknown") {
    checklist.status.status = "warning";
    if (entries.length === 0) warnings.push(credentialProblem("no_status", "credentialStatus"));
  } else {
    checklist.status.status = "passed";
  }
}

function checkValidity(options: {
  credential: Record<string, unknown>;
  isV2: boolean;
  now: Date;
  checklist: CredentialChecklist;
  errors: CredentialProblem[];
}): void {
  const { credential, checklist, errors } = options;
  const [fromField, untilField] = options.isV2
    ? ["validFrom", "validUntil"]
    : ["issuanceDate", "expirationDate"];
  const from = credential[fromField];
  const until = credential[untilField];
  const parse = (value: unknown) =>
    value === undefined ? null : typeof value === "string" ? Date.parse(value) : Number.NaN;
  const fromTime = parse(from);
  const untilTime = parse(until);
  checklist.validity.validFrom = typeof from === "string" ? from : null;
  checklist.validity.validUntil = typeof until === "string" ? until : null;
  if (Number.isNaN(fromTime) || Number.isNaN(untilTime)) {
    checklist.validity.status = "failed";
    errors.push(
      credentialProblem("invalid_dates", Number.isNaN(fromTime) ? fromField : untilField),
    );
    return;
  }
  if (fromTime !== null && options.now.getTime() < fromTime) {
    checklist.validity.status = "failed";
    errors.push(credentialProblem("not_yet_valid", fromField));
    return;
  }
  if (untilTime !== null && options.now.getTime() > untilTime) {
    checklist.validity.status = "failed";
    errors.push(credentialProblem("expired", untilField));
    return;
  }
  checklist.validity.status = "passed";
}
