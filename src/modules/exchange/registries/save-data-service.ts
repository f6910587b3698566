import { canonicalJson, recordAudit } from "@/core/audit/record-audit";
import type { Database, Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";

import { registryMessages as m } from "./messages";
import { authorizeRegistryChange, type RegistryAuthor } from "./policy";
import { presentDataService, type RegistryPlace } from "./present";
import {
  type DataServiceChanges,
  insertDataService,
  selectDataService,
  selectRegistry,
  updateDataService,
} from "./repo";
import { problem } from "./save-registry";
import type { Change, DataServiceDefinition, DataServiceView } from "./schema";

/**
 * Creates or changes a data service of a registry. What a consumer relies
 * on (the fields, the classification, whether consent is needed) is the
 * service's contract: changing it makes a new version; a new name does not.
 */
export async function saveDataService({
  db,
  author,
  agencyId,
  registryCode,
  serviceCode,
  definition,
  requestId,
}: {
  db: Database | Transaction;
  author: RegistryAuthor;
  agencyId: string;
  registryCode: string;
  serviceCode: string;
  definition: DataServiceDefinition;
  requestId?: string | undefined;
}): Promise<{ change: Change; version: number }> {
  authorizeRegistryChange(author, agencyId);
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await selectRegistry(scope, registryCode);
    if (!registry) throw new AppError("not_found", "There is no registry with this code.");
    const keys = new Set(registry.recordSchema.map((field) => field.key));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    definition.fields.forEach((key, index) => {
      if (!keys.has(key)) {
        problems.push(
          problem(`fields.${index}`, "unknown_field", m.dataService.unknownField, { key }),
        );
      } else if (seen.has(key)) {
        problems.push(
          problem(`fields.${index}`, "duplicate_field", m.definition.duplicateKey, { key }),
        );
      }
      seen.add(key);
    });
    if (problems.length > 0) {
      throw new AppError("validation_failed", "The data service names fields the registry lacks.", {
        fields: problems,
      });
    }

    const existing = await selectDataService(scope, registry.id, serviceCode);
    const contract = (value: {
      fields: readonly string[];
      classification: string;
      consentRequired: boolean;
    }) => canonicalJson([value.fields, value.classification, value.consentRequired]);
    const isContractChanged = existing !== null && contract(existing) !== contract(definition);
    const changes: DataServiceChanges = {
      name: definition.name,
      description: definition.description ?? null,
      fields: definition.fields,
      classification: definition.classification,
      consentRequired: definition.consentRequired,
      version: existing ? existing.version + (isContractChanged ? 1 : 0) : 1,
      retired: definition.retired,
    };
    if (existing) {
      const isSame =
        !isContractChanged &&
        canonicalJson([existing.name, existing.description, existing.retiredAt !== null]) ===
          canonicalJson([changes.name, changes.description, changes.retired]);
      if (isSame) return { change: "unchanged", version: existing.version };
    }
    const id = existing?.id ?? newId();
    if (existing) await updateDataService(scope, id, changes);
    else
      await insertDataService(scope, {
        id,
        registryId: registry.id,
        code: serviceCode,
        ...changes,
      });
    await recordAudit(scope.tx, {
      action: existing ? "data_service.updated" : "data_service.created",
      actor: author,
      agencyId,
      target: { type: "data_service", id },
      requestId,
      details: {
        registry: registry.code,
        code: serviceCode,
        version: changes.version,
        fields: changes.fields,
        classification: changes.classification,
        consentRequired: changes.consentRequired,
        retired: changes.retired,
      },
    });
    return { change: existing ? "updated" : "created", version: changes.version };
  });
}

export async function getDataService({
  db,
  agencyId,
  registryCode,
  serviceCode,
  place,
}: {
  db: Database | Transaction;
  agencyId: string;
  registryCode: string;
  serviceCode: string;
  place: RegistryPlace;
}): Promise<DataServiceView> {
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await selectRegistry(scope, registryCode);
    const service = registry ? await selectDataService(scope, registry.id, serviceCode) : null;
    if (!registry || !service) throw new AppError("not_found", "There is no such data service.");
    return presentDataService(place, registry.code, service);
  });
}
