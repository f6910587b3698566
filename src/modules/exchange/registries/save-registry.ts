import { canonicalJson, recordAudit } from "@/core/audit/record-audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";
import { type Message, translate } from "@/core/i18n";

import { registryMessages as m } from "./messages";
import { authorizeRegistryChange, type RegistryAuthor } from "./policy";
import { presentRegistry, type RegistryPlace } from "./present";
import {
  countLiveRecords,
  insertRegistry,
  type RegistryChanges,
  type RegistryWithTimes,
  selectDataServices,
  selectRegistry,
  updateRegistry,
} from "./repo";
import type { Change, RegistryDefinition, RegistryView } from "./schema";

export function problem(field: string, code: string, message: Message, params = {}): FieldProblem {
  const messages = { th: translate("th", message, params), en: translate("en", message, params) };
  return { field, code, message: messages.en, messages };
}

/**
 * Creates or changes a registry's definition. A changed record schema is a
 * new schema version; records keep the version they were written under. A
 * field a data service returns cannot be dropped, and a registry that holds
 * records keeps its subject kind and stays hosted. An external registry's
 * secret is sealed at rest and kept when a later definition leaves it out.
 */
export async function saveRegistry({
  db,
  secrets,
  author,
  agencyId,
  code,
  definition,
  requestId,
}: {
  db: Database | Transaction;
  secrets: SecretBox;
  author: RegistryAuthor;
  agencyId: string;
  code: string;
  definition: RegistryDefinition;
  requestId?: string | undefined;
}): Promise<{ change: Change; schemaVersion: number }> {
  authorizeRegistryChange(author, agencyId);
  checkDefinition(definition);
  return withinAgency(db, agencyId, async (scope) => {
    const existing = await selectRegistry(scope, code, { forUpdate: true });
    const sealedSecret = sealedSecretFor(secrets, definition, existing);
    const isSchemaChanged =
      existing !== null &&
      canonicalJson(existing.recordSchema) !== canonicalJson(definition.recordSchema);
    if (existing) await checkChangeAllowed(scope, existing, definition);
    const changes: RegistryChanges = {
      name: definition.name,
      description: definition.description ?? null,
      kind: definition.kind,
      subjectKind: definition.subjectKind,
      recordSchema: definition.recordSchema,
      schemaVersion: existing ? existing.schemaVersion + (isSchemaChanged ? 1 : 0) : 1,
      externalUrl: definition.external?.url ?? null,
      externalTimeoutMs: definition.external?.timeoutMs ?? null,
      externalSecretSealed: sealedSecret.value,
      keepContent: definition.keepContent,
    };
    const changedFields = existing ? changedFieldNames(existing, changes, sealedSecret) : [];
    if (existing && changedFields.length === 0) {
      return { change: "unchanged", schemaVersion: existing.schemaVersion };
    }
    const id = existing?.id ?? newId();
    if (existing) await updateRegistry(scope, id, changes);
    else await insertRegistry(scope, { id, code, ...changes });
    await recordAudit(scope.tx, {
      action: existing ? "registry.updated" : "registry.created",
      actor: author,
      agencyId,
      target: { type: "registry", id },
      requestId,
      details: {
        code,
        kind: changes.kind,
        schemaVersion: changes.schemaVersion,
        ...(existing ? { changed: changedFields } : {}),
      },
    });
    return { change: existing ? "updated" : "created", schemaVersion: changes.schemaVersion };
  });
}

function checkDefinition(definition: RegistryDefinition): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  definition.recordSchema.forEach((field, index) => {
    if (seen.has(field.key)) {
      problems.push(
        problem(`recordSchema.${index}.key`, "duplicate_key", m.definition.duplicateKey, {
          key: field.key,
        }),
      );
    }
    seen.add(field.key);
  });
  if ((definition.kind === "external") !== (definition.external !== undefined)) {
    problems.push(problem("external", "external_settings", m.definition.externalNeedsSettings));
  }
  if (problems.length > 0) {
    throw new AppError("validation_failed", "The registry definition is not valid.", {
      fields: problems,
    });
  }
}

interface SealedSecret {
  value: string | null;
  isNew: boolean;
}

function sealedSecretFor(
  secrets: SecretBox,
  definition: RegistryDefinition,
  existing: RegistryWithTimes | null,
): SealedSecret {
  if (definition.kind !== "external") return { value: null, isNew: false };
  const given = definition.external?.secret;
  const kept = existing?.kind === "external" ? existing.externalSecretSealed : null;
  if (given === undefined) {
    if (kept) return { value: kept, isNew: false };
    throw new AppError("validation_failed", "An external registry needs a secret.", {
      fields: [problem("external.secret", "required", m.definition.externalNeedsSecret)],
    });
  }
  // The same secret again is no change: sealing it anew would look like one.
  if (kept && openOrNull(secrets, kept) === given) return { value: kept, isNew: false };
  return { value: secrets.seal(given), isNew: true };
}

function openOrNull(secrets: SecretBox, sealed: string): string | null {
  try {
    return secrets.open(sealed);
  } catch {
    return null;
  }
}

async function checkChangeAllowed(
  scope: AgencyScope,
  existing: RegistryWithTimes,
  definition: RegistryDefinition,
): Promise<void> {
  const keys = new Set(definition.recordSchema.map((field) => field.key));
  const problems: FieldProblem[] = [];
  for (const service of await selectDataServices(scope, existing.id)) {
    if (service.retiredAt) continue;
    for (const key of service.fields) {
      if (!keys.has(key)) {
        problems.push(
          problem("recordSchema", "field_in_use", m.definition.fieldInUse, {
            key,
            services: service.code,
          }),
        );
      }
    }
  }
  if (problems.length > 0) {
    throw new AppError("validation_failed", "A data service still returns a removed field.", {
      fields: problems,
    });
  }
  const isSubjectKindChanged = existing.subjectKind !== definition.subjectKind;
  const isBecomingExternal = existing.kind === "hosted" && definition.kind === "external";
  if (!isSubjectKindChanged && !isBecomingExternal) return;
  if ((await countLiveRecords(scope, existing.id)) === 0) return;
  const message = isSubjectKindChanged ? m.definition.subjectKindFixed : m.definition.kindFixed;
  throw new AppError("conflict", message.en, {
    fields: [problem(isSubjectKindChanged ? "subjectKind" : "kind", "has_records", message)],
  });
}

function changedFieldNames(
  existing: RegistryWithTimes,
  changes: RegistryChanges,
  secret: SealedSecret,
): string[] {
  const compared: [string, unknown, unknown][] = [
    ["name", existing.name, changes.name],
    ["description", existing.description, changes.description],
    ["kind", existing.kind, changes.kind],
    ["subjectKind", existing.subjectKind, changes.subjectKind],
    ["recordSchema", existing.recordSchema, changes.recordSchema],
    ["externalUrl", existing.externalUrl, changes.externalUrl],
    ["externalTimeoutMs", existing.externalTimeoutMs, changes.externalTimeoutMs],
    ["keepContent", existing.keepContent, changes.keepContent],
  ];
  const changed = compared
    .filter(([, before, after]) => canonicalJson(before) !== canonicalJson(after))
    .map(([name]) => name);
  if (secret.isNew || (existing.externalSecretSealed !== null && secret.value === null)) {
    changed.push("externalSecret");
  }
  return changed;
}

/** A registry's definition with its record count and data services; null when the provider has none by that code. */
export async function getRegistry({
  db,
  agencyId,
  code,
  place,
}: {
  db: Database | Transaction;
  agencyId: string;
  code: string;
  place: RegistryPlace;
}): Promise<RegistryView | null> {
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await selectRegistry(scope, code);
    if (!registry) return null;
    const records = registry.kind === "hosted" ? await countLiveRecords(scope, registry.id) : 0;
    const dataServices = await selectDataServices(scope, registry.id);
    return presentRegistry(place, registry, { records, dataServices });
  });
}
