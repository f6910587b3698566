import { newId } from "@/core/db/ids";
import type { AgencyScope } from "@/core/db/tenant";

import type { DocumentType, DocumentTypeDefinition } from "./schema";

interface DocumentTypeRow {
  agency_id: string;
  id: string;
  code: string;
  kind: DocumentType["kind"];
  service_id: string | null;
  output_index: number | null;
  title: DocumentType["title"];
  fields: DocumentType["fields"];
  signatory: DocumentType["signatory"];
  credential_type: DocumentType["credentialType"];
  valid_days: number | null;
}

const documentTypeColumns = `agency_id, id, code, kind, service_id, output_index, title, fields,
  signatory, credential_type, valid_days`;

function toDocumentType(row: DocumentTypeRow): DocumentType {
  return {
    id: row.id,
    agencyId: row.agency_id,
    code: row.code,
    kind: row.kind,
    title: row.title,
    fields: row.fields,
    signatory: row.signatory,
    credentialType: row.credential_type,
    validDays: row.valid_days,
    service:
      row.service_id === null || row.output_index === null
        ? null
        : { id: row.service_id, outputIndex: row.output_index },
  };
}

/** Adds or replaces (by code) one of the agency's document types. */
export async function upsertDocumentType(
  scope: AgencyScope,
  definition: DocumentTypeDefinition,
): Promise<DocumentType> {
  const { rows } = await scope.tx.query<DocumentTypeRow>(
    `insert into document_types (agency_id, id, code, kind, service_id, output_index, title, fields,
                                 signatory, credential_type, valid_days)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (agency_id, code) do update set
       kind = excluded.kind, service_id = excluded.service_id, output_index = excluded.output_index,
       title = excluded.title, fields = excluded.fields, signatory = excluded.signatory,
       credential_type = excluded.credential_type, valid_days = excluded.valid_days,
       updated_at = now(), retired_at = null
     returning ${documentTypeColumns}`,
    [
      scope.agencyId,
      newId(),
      definition.code,
      definition.kind,
      definition.service?.id ?? null,
      definition.service?.outputIndex ?? null,
      JSON.stringify(definition.title),
      JSON.stringify(definition.fields),
      JSON.stringify(definition.signatory),
      definition.credentialType,
      definition.validDays,
    ],
  );
  return toDocumentType(rows[0]!);
}

export async function selectDocumentTypes(scope: AgencyScope): Promise<DocumentType[]> {
  const { rows } = await scope.tx.query<DocumentTypeRow>(
    `select ${documentTypeColumns} from document_types
      where agency_id = $1 and retired_at is null order by code`,
    [scope.agencyId],
  );
  return rows.map(toDocumentType);
}

export async function selectDocumentTypeByCode(
  scope: AgencyScope,
  code: string,
): Promise<DocumentType | null> {
  const { rows } = await scope.tx.query<DocumentTypeRow>(
    `select ${documentTypeColumns} from document_types
      where agency_id = $1 and code = $2 and retired_at is null`,
    [scope.agencyId, code],
  );
  return rows[0] ? toDocumentType(rows[0]) : null;
}

export async function selectDocumentTypeById(
  scope: AgencyScope,
  id: string,
): Promise<DocumentType | null> {
  const { rows } = await scope.tx.query<DocumentTypeRow>(
    `select ${documentTypeColumns} from document_types where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
  return rows[0] ? toDocumentType(rows[0]) : null;
}

/** The document a service's output is issued as on approval; the first output when there are several. */
export async function selectDocumentTypeForService(
  scope: AgencyScope,
  serviceId: string,
): Promise<DocumentType | null> {
  const { rows } = await scope.tx.query<DocumentTypeRow>(
    `select ${documentTypeColumns} from document_types
      where agency_id = $1 and service_id = $2 and retired_at is null
      order by output_index limit 1`,
    [scope.agencyId, serviceId],
  );
  return rows[0] ? toDocumentType(rows[0]) : null;
}
