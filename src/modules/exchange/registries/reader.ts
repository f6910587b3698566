import type { SecretBox } from "@/core/crypto/secrets";
import type { Queryable } from "@/core/db/database";

import type { Registry } from "../lookups";
import { readExternalRecord, type RegistryReading } from "./external-adapter";

export {
  type RegistryReading,
  RegistryUnavailableError,
  type RegistryUnavailableKind,
} from "./external-adapter";

/**
 * One subject's current record in a registry, for the mediated call. A
 * hosted registry answers with one read by its primary key, a deleted
 * record being no record; an external one is asked through the adapter
 * within the shorter of its own limit and the caller's. Throws
 * `RegistryUnavailableError` when an external registry is down, slow or
 * answers nonsense.
 */
export async function readRegistryRecord({
  db,
  secrets,
  registry,
  subjectId,
  subjectHash,
  timeoutMs,
  requestId,
  signal,
}: {
  db: Queryable;
  secrets: SecretBox;
  registry: Registry;
  /** The 13 digits, already checked: an external registry is asked by them. */
  subjectId: string;
  /** `secrets.hashNationalId(subjectId)`: a hosted registry is keyed by it. */
  subjectHash: string;
  timeoutMs: number;
  requestId: string;
  signal?: AbortSignal | undefined;
}): Promise<RegistryReading> {
  if (registry.kind === "external") {
    return readExternalRecord({ secrets, registry, subjectId, timeoutMs, requestId, signal });
  }
  const { rows } = await db.query<{ data: Record<string, unknown>; version: number }>(
    `select data, version from registry_records
      where registry_id = $1 and subject_hash = $2 and agency_id = $3 and deleted_at is null`,
    [registry.id, subjectHash, registry.agencyId],
  );
  const row = rows[0];
  return row ? { found: true, data: row.data, version: row.version } : { found: false };
}
