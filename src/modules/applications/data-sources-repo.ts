import type { AgencyScope } from "@/core/db/tenant";
import type { DataSource } from "@/modules/exchange/once-only";

interface DataSourceRow {
  requirement_index: number;
  status: DataSource["status"];
  provider: string;
  registry: string;
  data_service: string;
  provider_name: { th: string; en: string } | null;
  registry_name: { th: string; en: string } | null;
  data_service_version: number | null;
  record_version: number | null;
  log_id: string | null;
  retrieved_at: Date | null;
  response_hash: string | null;
  consent_id: string | null;
  fields: string[];
  recorded_at: Date;
}

function toDataSource(row: DataSourceRow): DataSource {
  const base = {
    index: row.requirement_index,
    provider: row.provider,
    registry: row.registry,
    dataService: row.data_service,
    providerName: row.provider_name,
    registryName: row.registry_name,
  };
  if (row.status === "verified") {
    return {
      ...base,
      status: "verified",
      version: row.data_service_version ?? 1,
      recordVersion: row.record_version,
      logId: row.log_id!,
      retrievedAt: new Date(row.retrieved_at!).toISOString(),
      responseHash: row.response_hash!,
      consentId: row.consent_id,
      fields: row.fields,
    };
  }
  return {
    ...base,
    status: row.status,
    logId: row.log_id,
    at: new Date(row.retrieved_at ?? row.recorded_at).toISOString(),
  };
}

/** Keeps where each registry document of a new application came from, in the submission's transaction. */
export async function insertApplicationDataSources(
  scope: AgencyScope,
  applicationId: string,
  sources: readonly DataSource[],
): Promise<void> {
  for (const source of sources) {
    const isVerified = source.status === "verified";
    await scope.tx.query(
      `insert into application_data_sources
         (agency_id, application_id, requirement_index, status, provider, registry, data_service,
          provider_name, registry_name, data_service_version, record_version, log_id, retrieved_at,
          response_hash, consent_id, fields)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        scope.agencyId,
        applicationId,
        source.index,
        source.status,
        source.provider,
        source.registry,
        source.dataService,
        source.providerName ? JSON.stringify(source.providerName) : null,
        source.registryName ? JSON.stringify(source.registryName) : null,
        isVerified ? source.version : null,
        isVerified ? source.recordVersion : null,
        source.logId,
        isVerified ? source.retrievedAt : source.at,
        isVerified ? source.responseHash : null,
        isVerified ? source.consentId : null,
        JSON.stringify(isVerified ? source.fields : []),
      ],
    );
  }
}

export async function selectApplicationDataSources(
  scope: AgencyScope,
  applicationId: string,
): Promise<DataSource[]> {
  const { rows } = await scope.tx.query<DataSourceRow>(
    `select requirement_index, status, provider, registry, data_service, provider_name, registry_name,
            data_service_version, record_version, log_id, retrieved_at, response_hash, consent_id,
            fields, recorded_at
       from application_data_sources
      where agency_id = $1 and application_id = $2
      order by requirement_index`,
    [scope.agencyId, applicationId],
  );
  return rows.map(toDataSource);
}
