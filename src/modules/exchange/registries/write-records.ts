import { canonicalJson } from "@/core/audit/record-audit";
import type { AgencyScope } from "@/core/db/tenant";
import {
  isValidThaiCitizenId,
  isValidThaiJuristicPersonId,
  normalizeThaiIdInput,
} from "@/core/identity/thai-id";

import type { Registry } from "../lookups";
import type { SubjectKind } from "../schema";
import type { RecordData } from "./record-schema";
import {
  archiveCurrentVersions,
  type RecordWrite,
  selectStoredRecords,
  upsertRecords,
} from "./repo";

/** The subject's 13 digits when they are an ID of the registry's kind (check digit included), else null. */
export function normaliseSubjectId(kind: SubjectKind, raw: string): string | null {
  const digits = normalizeThaiIdInput(raw);
  const isValid =
    kind === "citizen_id" ? isValidThaiCitizenId(digits) : isValidThaiJuristicPersonId(digits);
  return isValid ? digits : null;
}

export interface RecordEntry {
  subjectHash: string;
  data: RecordData;
}

export interface WriteOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** The version each subject's record now has. */
  versions: Map<string, number>;
}

/** Rows per statement: large enough to be quick, small enough for one PGlite message. */
const CHUNK = 1000;

/**
 * Writes records of a hosted registry in the caller's transaction, in
 * batches. A record whose data is what is already stored (under the current
 * schema version) is left alone; a changed or revived one keeps its previous
 * version in the history and takes the next number. The caller holds the
 * registry's row lock (`selectRegistry(…, {forUpdate: true})`), so writers
 * of one registry take turns and a version number is never taken twice,
 * nor a record written under a schema that is changing.
 */
export async function writeRecords(
  scope: AgencyScope,
  registry: Pick<Registry, "id" | "schemaVersion">,
  entries: readonly RecordEntry[],
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { created: 0, updated: 0, unchanged: 0, versions: new Map() };
  for (let start = 0; start < entries.length; start += CHUNK) {
    const chunk = entries.slice(start, start + CHUNK);
    const stored = await selectStoredRecords(
      scope,
      registry.id,
      chunk.map((entry) => entry.subjectHash),
    );
    const writes: RecordWrite[] = [];
    const replaced: string[] = [];
    for (const entry of chunk) {
      const current = stored.get(entry.subjectHash);
      if (!current) {
        outcome.created += 1;
        writes.push({ ...entry, version: 1 });
        outcome.versions.set(entry.subjectHash, 1);
        continue;
      }
      const isSame =
        current.deletedAt === null &&
        current.schemaVersion === registry.schemaVersion &&
        canonicalJson(current.data) === canonicalJson(entry.data);
      if (isSame) {
        outcome.unchanged += 1;
        outcome.versions.set(entry.subjectHash, current.version);
        continue;
      }
      const version = current.version + 1;
      replaced.push(entry.subjectHash);
      outcome.updated += 1;
      writes.push({ ...entry, version });
      outcome.versions.set(entry.subjectHash, version);
    }
    await archiveCurrentVersions(scope, registry.id, replaced);
    await upsertRecords(
      scope,
      { registryId: registry.id, schemaVersion: registry.schemaVersion },
      writes,
    );
  }
  return outcome;
}
