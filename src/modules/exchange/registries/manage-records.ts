import { recordAudit } from "@/core/audit/record-audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Transaction } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";

import { registryMessages as m } from "./messages";
import { authorizeRegistryChange, type RegistryAuthor } from "./policy";
import { checkRecordData } from "./record-schema";
import { archiveCurrentVersions, markRecordDeleted, selectRecord, selectRegistry } from "./repo";
import { problem } from "./save-registry";
import type { Change, RecordView } from "./schema";
import { normaliseSubjectId, writeRecords } from "./write-records";

/** The provider's hosted registry by code: 404 when there is none, 409 when its records live elsewhere. */
export async function hostedRegistry(
  scope: AgencyScope,
  code: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
) {
  // Writers lock the registry's row: see writeRecords.
  const registry = await selectRegistry(scope, code, { forUpdate });
  if (!registry) throw new AppError("not_found", "There is no registry with this code.");
  if (registry.kind !== "hosted") {
    throw new AppError(
      "conflict",
      "An external registry's records are kept in the provider's own system.",
    );
  }
  return registry;
}

function subjectOrThrow(kind: "citizen_id" | "juristic_id", subjectId: string): string {
  const digits = normaliseSubjectId(kind, subjectId);
  if (digits) return digits;
  throw new AppError("validation_failed", "The subject ID is not valid.", {
    fields: [problem("subjectId", "invalid_subject_id", m.subject[kind])],
  });
}

/** Writes one subject's record: validated against the registry's schema; the previous version is kept. */
export async function saveRegistryRecord({
  db,
  secrets,
  author,
  agencyId,
  registryCode,
  subjectId,
  data,
  requestId,
}: {
  db: Database | Transaction;
  secrets: SecretBox;
  author: RegistryAuthor;
  agencyId: string;
  registryCode: string;
  subjectId: string;
  data: unknown;
  requestId?: string | undefined;
}): Promise<{ subjectId: string; version: number; schemaVersion: number; change: Change }> {
  authorizeRegistryChange(author, agencyId);
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await hostedRegistry(scope, registryCode, { forUpdate: true });
    const digits = subjectOrThrow(registry.subjectKind, subjectId);
    const checked = checkRecordData(registry.recordSchema, data);
    if (!checked.ok) {
      const fields: FieldProblem[] = checked.problems.map((found) => ({
        field: `data.${found.key}`,
        code: found.code,
        message: found.messages.en,
        messages: found.messages,
      }));
      throw new AppError("validation_failed", "The record does not fit the registry's schema.", {
        fields,
      });
    }
    const subjectHash = secrets.hashNationalId(digits);
    const outcome = await writeRecords(scope, registry, [{ subjectHash, data: checked.data }]);
    const version = outcome.versions.get(subjectHash)!;
    const change: Change =
      outcome.created > 0 ? "created" : outcome.updated > 0 ? "updated" : "unchanged";
    if (change !== "unchanged") {
      await recordAudit(scope.tx, {
        action: change === "created" ? "registry_record.created" : "registry_record.updated",
        actor: author,
        agencyId,
        target: { type: "registry_record", id: subjectHash },
        requestId,
        details: { registry: registry.code, version, schemaVersion: registry.schemaVersion },
      });
    }
    return { subjectId: digits, version, schemaVersion: registry.schemaVersion, change };
  });
}

export async function getRegistryRecord({
  db,
  secrets,
  agencyId,
  registryCode,
  subjectId,
}: {
  db: Database | Transaction;
  secrets: SecretBox;
  agencyId: string;
  registryCode: string;
  subjectId: string;
}): Promise<RecordView> {
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await hostedRegistry(scope, registryCode);
    const digits = subjectOrThrow(registry.subjectKind, subjectId);
    const record = await selectRecord(scope, registry.id, secrets.hashNationalId(digits));
    if (!record || record.deletedAt) {
      throw new AppError("not_found", "The registry has no record of this subject.");
    }
    return {
      subjectId: digits,
      data: record.data,
      version: record.version,
      schemaVersion: record.schemaVersion,
      updatedAt: record.updatedAt.toISOString(),
      earlierVersions: record.earlierVersions,
    };
  });
}

/** Deletes a subject's record: readers no longer find it, and its last version stays in the history. */
export async function deleteRegistryRecord({
  db,
  secrets,
  author,
  agencyId,
  registryCode,
  subjectId,
  requestId,
}: {
  db: Database | Transaction;
  secrets: SecretBox;
  author: RegistryAuthor;
  agencyId: string;
  registryCode: string;
  subjectId: string;
  requestId?: string | undefined;
}): Promise<{ subjectId: string; version: number }> {
  authorizeRegistryChange(author, agencyId);
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await hostedRegistry(scope, registryCode, { forUpdate: true });
    const digits = subjectOrThrow(registry.subjectKind, subjectId);
    const subjectHash = secrets.hashNationalId(digits);
    const record = await selectRecord(scope, registry.id, subjectHash);
    if (!record || record.deletedAt) {
      throw new AppError("not_found", "The registry has no record of this subject.");
    }
    await archiveCurrentVersions(scope, registry.id, [subjectHash]);
    await markRecordDeleted(scope, registry.id, subjectHash);
    const version = record.version + 1;
    await recordAudit(scope.tx, {
      action: "registry_record.deleted",
      actor: author,
      agencyId,
      target: { type: "registry_record", id: subjectHash },
      requestId,
      details: { registry: registry.code, version },
    });
    return { subjectId: digits, version };
  });
}
