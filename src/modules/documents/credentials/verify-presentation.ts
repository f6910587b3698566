import type { Config } from "@/config/schema";
import type { Database } from "@/core/db/database";

import { VC_V1_CONTEXT_URL, VC_V2_CONTEXT_URL } from "./contexts";
import { checkProof, checkProofShape, type Cryptosuite } from "./data-integrity";
import type { CredentialProblemCode } from "./messages";
import { resolveVerificationMethod } from "./resolve-did";
import {
  type CheckStatus,
  type CredentialProblem,
  credentialProblem,
  type CredentialVerification,
  verifyCredential,
} from "./verify-credential";

const MAX_PROOFS = 4;
const MAX_CREDENTIALS = 50;

export interface PresentationVerification {
  verified: boolean;
  presentation: { status: CheckStatus; holder: string | null; cryptosuite: Cryptosuite | null };
  credentials: CredentialVerification[];
  errors: CredentialProblem[];
  warnings: CredentialProblem[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The holder's id; null when none is stated, false when it is not an id. */
function holderIdOf(holder: unknown): string | null | false {
  if (holder === undefined) return null;
  if (typeof holder === "string") return holder;
  if (isObject(holder) && typeof holder.id === "string") return holder.id;
  return false;
}

/**
 * Verifies a presentation: its own proof when it has one (made for
 * authentication, by its holder, with the expected challenge and domain),
 * and each credential it carries as `verifyCredential` does.
 */
export async function verifyPresentation(options: {
  db: Database;
  config: Config;
  presentation: unknown;
  challenge?: string | undefined;
  domain?: string | undefined;
  now?: Date;
  allowUnregisteredIssuer?: boolean;
}): Promise<PresentationVerification> {
  const { presentation } = options;
  const now = options.now ?? new Date();
  const result: PresentationVerification = {
    verified: false,
    presentation: { status: "skipped", holder: null, cryptosuite: null },
    credentials: [],
    errors: [],
    warnings: [],
  };
  const contexts = isObject(presentation) ? [presentation["@context"]].flat() : [];
  const holder = isObject(presentation) ? holderIdOf(presentation.holder) : null;
  if (
    !isObject(presentation) ||
    (contexts[0] !== VC_V2_CONTEXT_URL && contexts[0] !== VC_V1_CONTEXT_URL) ||
    ![presentation.type].flat().includes("VerifiablePresentation") ||
    holder === false
  ) {
    result.errors.push(credentialProblem("malformed_presentation", "(body)"));
    return result;
  }
  result.presentation.holder = holder;

  const proofs = [presentation.proof].flat().filter((proof) => proof !== undefined);
  const credentials = [presentation.verifiableCredential]
    .flat()
    .filter((entry) => entry !== undefined);
  // Every proof costs two canonicalisations: beyond a wallet's worth, it is an attack.
  if (proofs.length > MAX_PROOFS || credentials.length > MAX_CREDENTIALS) {
    result.errors.push(credentialProblem("malformed_presentation", "(body)"));
    return result;
  }
  if (proofs.length === 0) {
    if (options.challenge !== undefined || options.domain !== undefined) {
      result.presentation.status = "failed";
      result.errors.push(credentialProblem("presentation_proof_required", "proof"));
    }
  } else {
    for (const [index, proof] of proofs.entries()) {
      const failure = await checkPresentationProof({
        ...options,
        presentation,
        holder,
        proof,
        now,
      });
      if (failure) {
        result.presentation.status = "failed";
        result.errors.push(
          credentialProblem(failure, proofs.length > 1 ? `proof.${index}` : "proof"),
        );
        break;
      }
    }
    if (result.presentation.status !== "failed") {
      result.presentation.status = "passed";
      result.presentation.cryptosuite = (proofs[0] as Record<string, unknown>)
        .cryptosuite as Cryptosuite;
    }
  }

  for (const [index, credential] of credentials.entries()) {
    const verification = await verifyCredential({
      db: options.db,
      config: options.config,
      credential,
      now,
      ...(options.allowUnregisteredIssuer ? { allowUnregisteredIssuer: true } : {}),
    });
    result.credentials.push(verification);
    const prefix = `verifiableCredential.${index}`;
    if (!verification.verified) {
      result.errors.push(credentialProblem("credential_not_verified", prefix));
    }
    for (const problem of verification.errors) {
      result.errors.push({ ...problem, field: `${prefix}.${problem.field}` });
    }
    for (const problem of verification.warnings) {
      result.warnings.push({ ...problem, field: `${prefix}.${problem.field}` });
    }
  }
  result.verified = result.errors.length === 0;
  return result;
}

async function checkPresentationProof(options: {
  db: Database;
  config: Config;
  presentation: Record<string, unknown>;
  holder: string | null;
  proof: unknown;
  challenge?: string | undefined;
  domain?: string | undefined;
  now: Date;
}): Promise<CredentialProblemCode | null> {
  const shape = checkProofShape(options.proof, "authentication");
  if (!shape.isValid) return shape.reason;
  const { proof } = shape;
  if (options.challenge !== undefined && proof.challenge !== options.challenge) {
    return "challenge_mismatch";
  }
  if (options.domain !== undefined && ![proof.domain].flat().includes(options.domain)) {
    return "domain_mismatch";
  }
  const method = await resolveVerificationMethod({
    db: options.db,
    config: options.config,
    methodId: proof.verificationMethod,
    purpose: "authentication",
  });
  if (!method.isResolved) return method.reason;
  if (options.holder !== null && method.controller !== options.holder) return "holder_mismatch";
  const checked = await checkProof({
    document: options.presentation,
    proof: options.proof as Record<string, unknown>,
    key: method.key,
    now: options.now,
  });
  return checked.isValid ? null : checked.reason;
}
