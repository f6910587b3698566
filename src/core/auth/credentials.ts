import { randomToken, sha256Hex } from "@/core/crypto/tokens";
import type { Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { AgencyScope } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";

export const API_KEY_PREFIX = "pratu_ak_";
export const ACCESS_TOKEN_PREFIX = "pratu_at_";

/**
 * Creates an API key for an agency's systems. The secret is shown once; only
 * its hash is kept, found again by the short public prefix.
 */
export async function createApiKey(
  scope: AgencyScope,
  { name, scopes, createdBy }: { name: string; scopes: string[]; createdBy: string | null },
): Promise<{ id: string; key: string }> {
  const id = newId();
  const prefix = randomToken(6);
  const secret = randomToken();
  await scope.tx.query(
    `insert into api_keys (agency_id, id, name, prefix, secret_hash, scopes, created_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [scope.agencyId, id, name, prefix, sha256Hex(secret), scopes, createdBy],
  );
  return { id, key: `${API_KEY_PREFIX}${prefix}.${secret}` };
}

export async function revokeApiKey(scope: AgencyScope, id: string): Promise<boolean> {
  const result = await scope.tx.query(
    "update api_keys set revoked_at = now() where agency_id = $1 and id = $2 and revoked_at is null",
    [scope.agencyId, id],
  );
  return result.rowCount === 1;
}

/** Issues a bearer token for a citizen or an officer (the development `dev token` command uses it). */
export async function createAccessToken(
  db: Queryable,
  subject: { citizenId: string; assurance: string | null } | { officerId: string },
  { issuedBy, ttlMinutes }: { issuedBy: string; ttlMinutes: number },
): Promise<string> {
  const secret = randomToken();
  await db.query(
    `insert into access_tokens (token_hash, citizen_id, officer_id, assurance, issued_by, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
    [
      sha256Hex(secret),
      "citizenId" in subject ? subject.citizenId : null,
      "officerId" in subject ? subject.officerId : null,
      "citizenId" in subject ? subject.assurance : null,
      issuedBy,
      ttlMinutes,
    ],
  );
  return `${ACCESS_TOKEN_PREFIX}${secret}`;
}

/** The actor a bearer credential stands for, or null when it is unknown, revoked or expired. */
export async function actorFromBearer(db: Queryable, credential: string): Promise<Actor | null> {
  if (credential.startsWith(API_KEY_PREFIX)) {
    const [prefix, secret] = credential.slice(API_KEY_PREFIX.length).split(".");
    if (!prefix || !secret) return null;
    // "Last used" is kept to the minute: a key in steady use (an agency's
    // system calling the exchange) then costs a read, not a write, per request.
    const { rows } = await db.query<{ agency_id: string; id: string; scopes: string[] }>(
      `with found as (
         select id, agency_id, scopes, last_used_at from api_keys
          where prefix = $1 and secret_hash = $2 and revoked_at is null
       ), touched as (
         update api_keys k set last_used_at = now() from found
          where k.id = found.id
            and (found.last_used_at is null or found.last_used_at < now() - interval '1 minute')
       )
       select agency_id, id, scopes from found`,
      [prefix, sha256Hex(secret)],
    );
    const row = rows[0];
    return row
      ? { type: "api_key", agencyId: row.agency_id, keyId: row.id, scopes: row.scopes }
      : null;
  }
  if (credential.startsWith(ACCESS_TOKEN_PREFIX)) {
    const { rows } = await db.query<{
      citizen_id: string | null;
      officer_id: string | null;
      assurance: string | null;
    }>(
      `select citizen_id, officer_id, assurance from access_tokens
        where token_hash = $1 and revoked_at is null and expires_at > now()`,
      [sha256Hex(credential.slice(ACCESS_TOKEN_PREFIX.length))],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.citizen_id)
      return { type: "citizen", citizenId: row.citizen_id, assurance: row.assurance };
    if (row.officer_id)
      return { type: "officer", officerId: row.officer_id, agencyId: null, role: null };
  }
  return null;
}
