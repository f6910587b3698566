import type { Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { AgencyScope } from "@/core/db/tenant";

import type { DocumentStatus, IssuedDocument } from "./schema";

/**
 * The next document number and status-list place. The counter row's lock is
 * held only by this short transaction, so one agency's issuance is not
 * serialised behind the rendering and signing of another document.
 */
export async function allocateDocumentNumber(
  scope: AgencyScope,
): Promise<{ sequence: number; statusIndex: number }> {
  const { rows } = await scope.tx.query<{ last_number: string; last_status_index: number }>(
    `insert into document_counters (agency_id, last_number, last_status_index)
     values ($1, 1, 0)
     on conflict (agency_id) do update set
       last_number = document_counters.last_number + 1,
       last_status_index = document_counters.last_status_index + 1
     returning last_number, last_status_index`,
    [scope.agencyId],
  );
  const row = rows[0]!;
  return { sequence: Number(row.last_number), statusIndex: row.last_status_index };
}

/** Moves the agency's status version, on which published status lists are cached. */
export async function bumpStatusVersion(scope: AgencyScope): Promise<void> {
  await scope.tx.query(
    `insert into document_counters (agency_id, status_version) values ($1, 1)
     on conflict (agency_id) do update set status_version = document_counters.status_version + 1`,
    [scope.agencyId],
  );
}

export async function selectStatusVersion(db: Queryable, agencyId: string): Promise<number> {
  const { rows } = await db.query<{ status_version: string }>(
    "select status_version from document_counters where agency_id = $1",
    [agencyId],
  );
  return rows[0] ? Number(rows[0].status_version) : 0;
}

interface IssuedDocumentRow {
  agency_id: string;
  id: string;
  document_type_id: string | null;
  number: string;
  verify_code: string;
  holder_citizen_id: string | null;
  holder_national_id_hash: string | null;
  holder_name: string | null;
  application_id: string | null;
  locale: "th" | "en";
  data: Record<string, string>;
  credential: Record<string, unknown>;
  credential_sha256: string;
  pdf_sha256: string | null;
  status_index: number;
  status: DocumentStatus;
  status_reason: string | null;
  status_changed_at: Date | null;
  issued_at: Date;
  valid_until: Date | null;
  batch_id: string | null;
}

const issuedColumns = `agency_id, id, document_type_id, number, verify_code, holder_citizen_id,
  holder_national_id_hash, holder_name, application_id, locale, data, credential, credential_sha256,
  pdf_sha256, status_index, status, status_reason, status_changed_at, issued_at, valid_until, batch_id`;

function toIssuedDocument(row: IssuedDocumentRow): IssuedDocument {
  return {
    id: row.id,
    agencyId: row.agency_id,
    documentTypeId: row.document_type_id,
    number: row.number,
    verifyCode: row.verify_code,
    holderCitizenId: row.holder_citizen_id,
    holderNationalIdHash: row.holder_national_id_hash,
    holderName: row.holder_name,
    applicationId: row.application_id,
    locale: row.locale,
    data: row.data,
    credential: row.credential,
    credentialSha256: row.credential_sha256,
    pdfSha256: row.pdf_sha256,
    statusIndex: row.status_index,
    status: row.status,
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    batchId: row.batch_id,
  };
}

export type NewIssuedDocument = Omit<
  IssuedDocument,
  "status" | "statusReason" | "statusChangedAt"
> & { pdf: Uint8Array | null; idempotencyKey: string };

/**
 * Stores a document; a second insert with the same idempotency key (a
 * retried job, a bulk row sent twice) stores nothing and answers null.
 */
export async function insertIssuedDocument(
  scope: AgencyScope,
  document: NewIssuedDocument,
): Promise<boolean> {
  const result = await scope.tx.query(
    `insert into issued_documents (agency_id, id, document_type_id, number, verify_code,
       holder_citizen_id, holder_national_id_hash, holder_name, application_id, locale, data,
       credential, credential_sha256, pdf, pdf_sha256, status_index, issued_at, valid_until,
       batch_id, idempotency_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
     on conflict (agency_id, idempotency_key) do nothing`,
    [
      scope.agencyId,
      document.id,
      document.documentTypeId,
      document.number,
      document.verifyCode,
      document.holderCitizenId,
      document.holderNationalIdHash,
      document.holderName,
      document.applicationId,
      document.locale,
      JSON.stringify(document.data),
      JSON.stringify(document.credential),
      document.credentialSha256,
      document.pdf,
      document.pdfSha256,
      document.statusIndex,
      document.issuedAt,
      document.validUntil,
      document.batchId,
      document.idempotencyKey,
    ],
  );
  return (result.rowCount ?? 0) > 0;
}

export async function selectIssuedDocumentByIdempotencyKey(
  scope: AgencyScope,
  idempotencyKey: string,
): Promise<IssuedDocument | null> {
  const { rows } = await scope.tx.query<IssuedDocumentRow>(
    `select ${issuedColumns} from issued_documents where agency_id = $1 and idempotency_key = $2`,
    [scope.agencyId, idempotencyKey],
  );
  return rows[0] ? toIssuedDocument(rows[0]) : null;
}

export async function selectIssuedDocument(
  scope: AgencyScope,
  id: string,
): Promise<IssuedDocument | null> {
  const { rows } = await scope.tx.query<IssuedDocumentRow>(
    `select ${issuedColumns} from issued_documents where agency_id = $1 and id = $2`,
    [scope.agencyId, id],
  );
  return rows[0] ? toIssuedDocument(rows[0]) : null;
}

/**
 * Public lookups, across agencies: verification starts from a code, a file or
 * a credential and only then learns which agency issued it.
 */
export async function findIssuedDocument(
  db: Queryable,
  by:
    { verifyCode: string } | { pdfSha256: string } | { credentialSha256: string } | { id: string },
): Promise<IssuedDocument | null> {
  const [column, value] =
    "verifyCode" in by
      ? ["verify_code", by.verifyCode]
      : "pdfSha256" in by
        ? ["pdf_sha256", by.pdfSha256]
        : "credentialSha256" in by
          ? ["credential_sha256", by.credentialSha256]
          : ["id", by.id];
  const { rows } = await db.query<IssuedDocumentRow>(
    `select ${issuedColumns} from issued_documents where ${column} = $1 limit 1`,
    [value],
  );
  return rows[0] ? toIssuedDocument(rows[0]) : null;
}

/** The signed PDF exactly as issued. */
export async function selectIssuedPdf(
  db: Queryable,
  documentId: string,
): Promise<Uint8Array | null> {
  const { rows } = await db.query<{ pdf: Uint8Array | null }>(
    "select pdf from issued_documents where id = $1",
    [documentId],
  );
  return rows[0]?.pdf ? new Uint8Array(rows[0].pdf) : null;
}

/** Every document issued to a person: to their account, or to their national ID in bulk. */
export async function selectDocumentsOfHolder(
  db: Queryable,
  holder: { citizenId: string; nationalIdHash: string | null },
): Promise<IssuedDocument[]> {
  const { rows } = await db.query<IssuedDocumentRow>(
    `select ${issuedColumns} from issued_documents
      where holder_citizen_id = $1 or ($2::text is not null and holder_national_id_hash = $2)
      order by issued_at desc limit 500`,
    [holder.citizenId, holder.nationalIdHash],
  );
  return rows.map(toIssuedDocument);
}

export async function selectAgencyDocuments(
  scope: AgencyScope,
  options: { status?: DocumentStatus; query?: string; limit: number; offset: number },
): Promise<IssuedDocument[]> {
  const { rows } = await scope.tx.query<IssuedDocumentRow>(
    `select ${issuedColumns} from issued_documents
      where agency_id = $1
        and ($2::text is null or status = $2)
        and ($3::text is null or number ilike '%' || $3 || '%' or holder_name ilike '%' || $3 || '%'
             or verify_code = upper($3))
      order by issued_at desc limit $4 offset $5`,
    [scope.agencyId, options.status ?? null, options.query ?? null, options.limit, options.offset],
  );
  return rows.map(toIssuedDocument);
}

/** The agency's statuses by list place, for its published status lists. */
export async function selectStatusEntries(
  db: Queryable,
  agencyId: string,
): Promise<{ statusIndex: number; status: DocumentStatus }[]> {
  const { rows } = await db.query<{ status_index: number; status: DocumentStatus }>(
    `select status_index, status from issued_documents where agency_id = $1 and status <> 'active'`,
    [agencyId],
  );
  return rows.map((row) => ({ statusIndex: row.status_index, status: row.status }));
}

export async function updateDocumentStatus(
  scope: AgencyScope,
  change: { documentId: string; status: DocumentStatus; reason: string | null },
): Promise<void> {
  await scope.tx.query(
    `update issued_documents set status = $3, status_reason = $4, status_changed_at = now(),
            updated_at = now()
      where agency_id = $1 and id = $2`,
    [scope.agencyId, change.documentId, change.status, change.reason],
  );
}

export interface DocumentEvent {
  kind: "issued" | "suspended" | "reinstated" | "revoked";
  reason: string | null;
  officerId: string | null;
  createdAt: Date;
}

export async function insertDocumentEvent(
  scope: AgencyScope,
  event: { documentId: string } & Omit<DocumentEvent, "createdAt">,
): Promise<void> {
  await scope.tx.query(
    `insert into issued_document_events (agency_id, id, document_id, kind, reason, officer_id)
     values ($1, $2, $3, $4, $5, $6)`,
    [scope.agencyId, newId(), event.documentId, event.kind, event.reason, event.officerId],
  );
}

export async function selectDocumentEvents(
  db: Queryable,
  document: { agencyId: string; id: string },
): Promise<DocumentEvent[]> {
  const { rows } = await db.query<{
    kind: DocumentEvent["kind"];
    reason: string | null;
    officer_id: string | null;
    created_at: Date;
  }>(
    `select kind, reason, officer_id, created_at from issued_document_events
      where agency_id = $1 and document_id = $2 order by created_at, id`,
    [document.agencyId, document.id],
  );
  return rows.map((row) => ({
    kind: row.kind,
    reason: row.reason,
    officerId: row.officer_id,
    createdAt: row.created_at,
  }));
}
