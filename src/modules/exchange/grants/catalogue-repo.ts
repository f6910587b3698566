import type { Queryable } from "@/core/db/database";
import type { AgencyRef } from "@/modules/exchange/lookups";
import {
  type BilingualText,
  type Classification,
  formatServiceId,
  MEMBER_CLASS,
  type RegistryField,
  type SubjectKind,
} from "@/modules/exchange/schema";

/** A data service as every agency may know it: who provides it, what it returns, how sensitive it is. */
export interface CatalogueEntry {
  dataServiceId: string;
  /** The X-Road service id: INSTANCE/GOV/PROVIDER/REGISTRY/SERVICE. */
  serviceId: string;
  code: string;
  name: BilingualText;
  description: BilingualText | null;
  fields: { key: string; label: BilingualText }[];
  classification: Classification;
  consentRequired: boolean;
  version: number;
  retiredAt: Date | null;
  provider: AgencyRef;
  registry: {
    id: string;
    code: string;
    name: BilingualText;
    kind: "hosted" | "external";
    subjectKind: SubjectKind;
  };
}

interface CatalogueRow {
  data_service_id: string;
  code: string;
  name: BilingualText;
  description: BilingualText | null;
  fields: string[];
  classification: Classification;
  consent_required: boolean;
  version: number;
  retired_at: Date | null;
  provider_id: string;
  provider_code: string;
  provider_name_th: string;
  provider_name_en: string;
  registry_id: string;
  registry_code: string;
  registry_name: BilingualText;
  registry_kind: "hosted" | "external";
  subject_kind: SubjectKind;
  record_schema: RegistryField[];
}

function entryFromRow(row: CatalogueRow, instance: string): CatalogueEntry {
  const labels = new Map(row.record_schema.map((field) => [field.key, field.label]));
  return {
    dataServiceId: row.data_service_id,
    serviceId: formatServiceId({
      instance,
      memberClass: MEMBER_CLASS,
      memberCode: row.provider_code,
      subsystemCode: row.registry_code,
      serviceCode: row.code,
    }),
    code: row.code,
    name: row.name,
    description: row.description,
    fields: row.fields.map((key) => ({ key, label: labels.get(key) ?? { th: key, en: key } })),
    classification: row.classification,
    consentRequired: row.consent_required,
    version: row.version,
    retiredAt: row.retired_at,
    provider: {
      id: row.provider_id,
      code: row.provider_code,
      nameTh: row.provider_name_th,
      nameEn: row.provider_name_en,
    },
    registry: {
      id: row.registry_id,
      code: row.registry_code,
      name: row.registry_name,
      kind: row.registry_kind,
      subjectKind: row.subject_kind,
    },
  };
}

/**
 * Data services with their registry and provider. The catalogue is public,
 * so this reads across agencies without a scope; it never selects what a
 * registry keeps private (its address, its credential, its records).
 */
export async function selectCatalogue(
  db: Queryable,
  {
    instance,
    providerAgencyId,
    dataServiceIds,
    includeRetired = false,
  }: {
    instance: string;
    providerAgencyId?: string;
    dataServiceIds?: readonly string[];
    includeRetired?: boolean;
  },
): Promise<CatalogueEntry[]> {
  if (dataServiceIds?.length === 0) return [];
  const { rows } = await db.query<CatalogueRow>(
    `select d.id as data_service_id, d.code, d.name, d.description, d.fields, d.classification,
            d.consent_required, d.version, d.retired_at,
            a.id as provider_id, a.code as provider_code, a.name_th as provider_name_th,
            a.name_en as provider_name_en,
            r.id as registry_id, r.code as registry_code, r.name as registry_name,
            r.kind as registry_kind, r.subject_kind, r.record_schema
       from data_services d
       join registries r on r.id = d.registry_id
       join agencies a on a.id = d.agency_id
      where ($1::boolean or d.retired_at is null)
        and ($2::uuid is null or d.agency_id = $2)
        and ($3::uuid[] is null or d.id = any($3))
      order by a.code, r.code, d.code`,
    [includeRetired, providerAgencyId ?? null, dataServiceIds ?? null],
  );
  return rows.map((row) => entryFromRow(row, instance));
}

/** One data service of the catalogue by its id; null when unknown (or retired, unless asked). */
export async function findCatalogueEntry(
  db: Queryable,
  options: { instance: string; dataServiceId: string; includeRetired?: boolean },
): Promise<CatalogueEntry | null> {
  const [entry] = await selectCatalogue(db, {
    instance: options.instance,
    dataServiceIds: [options.dataServiceId],
    includeRetired: options.includeRetired ?? false,
  });
  return entry ?? null;
}
