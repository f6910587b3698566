import type { Queryable } from "@/core/db/database";

import type { IdentityProviderId } from "./oidc-relying-party";

/** Long enough to sign in at the provider, short enough that a stolen link soon means nothing. */
export const SIGN_IN_REQUEST_TTL_MINUTES = 10;

export interface PendingSignIn {
  state: string;
  sessionTokenHash: string;
  provider: IdentityProviderId;
  codeVerifier: string;
  nonce: string;
  requestedAssurance: string | null;
  nextPath: string;
}

interface PendingSignInRow {
  state: string;
  session_token_hash: string;
  provider: IdentityProviderId;
  code_verifier: string;
  nonce: string;
  requested_assurance: string | null;
  next_path: string;
}

export async function saveSignInRequest(db: Queryable, request: PendingSignIn): Promise<void> {
  await db.query(
    `insert into citizen_sign_in_requests
       (state, session_token_hash, provider, code_verifier, nonce, requested_assurance, next_path, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(mins => $8))`,
    [
      request.state,
      request.sessionTokenHash,
      request.provider,
      request.codeVerifier,
      request.nonce,
      request.requestedAssurance,
      request.nextPath,
      SIGN_IN_REQUEST_TTL_MINUTES,
    ],
  );
}

/**
 * Takes (and so uses up) the sign-in this browser session started with this
 * state. Null when the state is unknown, expired, used already or was started
 * by another browser: a callback that does not match is never followed.
 */
export async function takeSignInRequest(
  db: Queryable,
  { state, sessionTokenHash }: { state: string; sessionTokenHash: string },
): Promise<PendingSignIn | null> {
  const { rows } = await db.query<PendingSignInRow>(
    `delete from citizen_sign_in_requests
      where state = $1 and session_token_hash = $2 and expires_at > now()
      returning state, session_token_hash, provider, code_verifier, nonce, requested_assurance, next_path`,
    [state, sessionTokenHash],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    state: row.state,
    sessionTokenHash: row.session_token_hash,
    provider: row.provider,
    codeVerifier: row.code_verifier,
    nonce: row.nonce,
    requestedAssurance: row.requested_assurance,
    nextPath: row.next_path,
  };
}

/** Removes sign-ins nobody finished; the worker runs it now and then. */
export async function pruneSignInRequests(db: Queryable): Promise<number> {
  const result = await db.query("delete from citizen_sign_in_requests where expires_at < now()");
  return result.rowCount;
}
