import type { DataService, Registry } from "../lookups";
import { MEMBER_CLASS } from "../schema";
import type { DataServiceView, RegistryView } from "./schema";

/** Where a registry sits in the exchange: its provider's code and the instance's. */
export interface RegistryPlace {
  instance: string;
  agencyCode: string;
}

export function subsystemIdOf(place: RegistryPlace, registryCode: string): string {
  return `${place.instance}/${MEMBER_CLASS}/${place.agencyCode}/${registryCode}`;
}

export function presentDataService(
  place: RegistryPlace,
  registryCode: string,
  service: DataService & { updatedAt: Date },
): DataServiceView {
  return {
    code: service.code,
    serviceId: `${subsystemIdOf(place, registryCode)}/${service.code}`,
    name: service.name,
    description: service.description,
    fields: service.fields,
    classification: service.classification,
    consentRequired: service.consentRequired,
    version: service.version,
    retired: service.retiredAt !== null,
    updatedAt: service.updatedAt.toISOString(),
  };
}

/** A registry as its provider sees it: never its secret, only whether one is set. */
export function presentRegistry(
  place: RegistryPlace,
  registry: Registry & { updatedAt: Date },
  {
    records,
    dataServices,
  }: { records: number; dataServices: (DataService & { updatedAt: Date })[] },
): RegistryView {
  return {
    code: registry.code,
    subsystemId: subsystemIdOf(place, registry.code),
    name: registry.name,
    description: registry.description,
    kind: registry.kind,
    subjectKind: registry.subjectKind,
    recordSchema: registry.recordSchema,
    schemaVersion: registry.schemaVersion,
    external:
      registry.kind === "external" && registry.externalUrl
        ? {
            url: registry.externalUrl,
            timeoutMs: registry.externalTimeoutMs ?? 0,
            hasSecret: registry.externalSecretSealed !== null,
          }
        : null,
    keepContent: registry.keepContent,
    records,
    dataServices: dataServices.map((service) => presentDataService(place, registry.code, service)),
    updatedAt: registry.updatedAt.toISOString(),
  };
}
