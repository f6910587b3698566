import { API_KEY_PREFIX } from "@/core/auth/credentials";
import type { AgencyScope } from "@/core/db/tenant";

import type { ApiKey } from "./schema";

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const selectApiKey = `
  select id, name, prefix, scopes, created_at, last_used_at, revoked_at from api_keys`;

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: `${API_KEY_PREFIX}${row.prefix}`,
    scopes: row.scopes as ApiKey["scopes"],
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** The agency's keys, newest first. */
export async function selectApiKeys(scope: AgencyScope): Promise<ApiKey[]> {
  const { rows } = await scope.tx.query<ApiKeyRow>(
    `${selectApiKey} where agency_id = $1 order by created_at desc, id desc`,
    [scope.agencyId],
  );
  return rows.map(toApiKey);
}

export async function selectApiKeyById(scope: AgencyScope, id: string): Promise<ApiKey | null> {
  const { rows } = await scope.tx.query<ApiKeyRow>(
    `${selectApiKey} where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
  return rows[0] ? toApiKey(rows[0]) : null;
}
