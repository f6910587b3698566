import { recordAudit } from "@/core/audit";
import { createApiKey, revokeApiKey } from "@/core/auth/credentials";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { selectApiKeyById, selectApiKeys } from "./repo";
import type { ApiKey } from "./schema";

type Handle = Database | Transaction;

export function listAgencyApiKeys({
  db,
  agencyId,
}: {
  db: Handle;
  agencyId: string;
}): Promise<ApiKey[]> {
  return withinAgency(db, agencyId, (scope) => selectApiKeys(scope));
}

/** One key of the agency; a key of another agency is not found, the same as one that never existed. */
export function getAgencyApiKey({
  db,
  agencyId,
  keyId,
}: {
  db: Handle;
  agencyId: string;
  keyId: string;
}): Promise<ApiKey & { agencyId: string }> {
  return withinAgency(db, agencyId, async (scope) => {
    const apiKey = await selectApiKeyById(scope, keyId);
    if (!apiKey) throw new AppError("not_found", "The agency has no API key with this id.");
    return { ...apiKey, agencyId };
  });
}

/** Creates a key for the agency's systems; the secret is in the answer and nowhere else. */
export function createAgencyApiKey({
  db,
  actor,
  agencyId,
  name,
  scopes,
  requestId,
}: {
  db: Handle;
  actor: Actor;
  agencyId: string;
  name: string;
  scopes: string[];
  requestId?: string | undefined;
}): Promise<{ apiKey: ApiKey; key: string }> {
  return withinAgency(db, agencyId, async (scope) => {
    const createdBy = actor.type === "officer" ? actor.officerId : null;
    const { id, key } = await createApiKey(scope, { name, scopes, createdBy });
    await recordAudit(scope.tx, {
      action: "api_key.created",
      actor,
      agencyId,
      target: { type: "api_key", id },
      requestId,
      details: { name, scopes },
    });
    const apiKey = await selectApiKeyById(scope, id);
    return { apiKey: apiKey!, key };
  });
}

/**
 * Revokes a key of the agency. A key of another agency is not found, the
 * same as one that never existed; revoking twice changes nothing more.
 */
export function revokeAgencyApiKey({
  db,
  actor,
  agencyId,
  keyId,
  requestId,
}: {
  db: Handle;
  actor: Actor;
  agencyId: string;
  keyId: string;
  requestId?: string | undefined;
}): Promise<ApiKey> {
  return withinAgency(db, agencyId, async (scope) => {
    const existing = await selectApiKeyById(scope, keyId);
    if (!existing) throw new AppError("not_found", "The agency has no API key with this id.");
    if (existing.revokedAt) return existing;
    await revokeApiKey(scope, keyId);
    await recordAudit(scope.tx, {
      action: "api_key.revoked",
      actor,
      agencyId,
      target: { type: "api_key", id: keyId },
      requestId,
      details: { name: existing.name, prefix: existing.prefix },
    });
    return (await selectApiKeyById(scope, keyId))!;
  });
}
