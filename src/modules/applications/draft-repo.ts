import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

import type { AttachmentSummary } from "./schema";

export interface DraftRecord {
  agencyId: string;
  id: string;
  serviceId: string;
  serviceVersion: number;
  citizenId: string;
  answers: Record<string, unknown>;
  currentPage: string | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  reminderSentAt: Date | null;
  /** Set when the draft amends a submitted application instead of making a new one. */
  amendsApplicationId: string | null;
  /** What the registries answered for the service's registry requirements, by requirement index. */
  dataSources: Record<string, unknown>;
}

interface DraftRow {
  agency_id: string;
  id: string;
  service_id: string;
  service_version: number;
  citizen_id: string;
  answers: Record<string, unknown>;
  current_page: string | null;
  created_at: Date;
  updated_at: Date;
  expires_at: Date;
  reminder_sent_at: Date | null;
  amends_application_id: string | null;
  data_sources: Record<string, unknown>;
}

const draftColumns = `agency_id, id, service_id, service_version, citizen_id, answers, current_page,
  created_at, updated_at, expires_at, reminder_sent_at, amends_application_id, data_sources`;

function toDraft(row: DraftRow): DraftRecord {
  return {
    agencyId: row.agency_id,
    id: row.id,
    serviceId: row.service_id,
    serviceVersion: row.service_version,
    citizenId: row.citizen_id,
    answers: row.answers,
    currentPage: row.current_page,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
    reminderSentAt: row.reminder_sent_at ? new Date(row.reminder_sent_at) : null,
    amendsApplicationId: row.amends_application_id,
    dataSources: row.data_sources,
  };
}

export async function insertDraft(
  scope: AgencyScope,
  draft: Pick<DraftRecord, "id" | "serviceId" | "serviceVersion" | "citizenId" | "expiresAt"> & {
    answers?: Record<string, unknown>;
    amendsApplicationId?: string;
    dataSources?: Record<string, unknown>;
  },
): Promise<DraftRecord> {
  const { rows } = await scope.tx.query<DraftRow>(
    `insert into application_drafts
       (agency_id, id, service_id, service_version, citizen_id, expires_at, answers, amends_application_id,
        data_sources)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${draftColumns}`,
    [
      scope.agencyId,
      draft.id,
      draft.serviceId,
      draft.serviceVersion,
      draft.citizenId,
      draft.expiresAt,
      JSON.stringify(draft.answers ?? {}),
      draft.amendsApplicationId ?? null,
      JSON.stringify(draft.dataSources ?? {}),
    ],
  );
  return toDraft(rows[0]!);
}

export async function selectAmendmentDraft(
  scope: AgencyScope,
  applicationId: string,
): Promise<DraftRecord | null> {
  const { rows } = await scope.tx.query<DraftRow>(
    `select ${draftColumns} from application_drafts where agency_id = $1 and amends_application_id = $2`,
    [scope.agencyId, applicationId],
  );
  return rows[0] ? toDraft(rows[0]) : null;
}

export async function selectDraft(
  scope: AgencyScope,
  draftId: string,
  options: { forUpdate?: boolean } = {},
): Promise<DraftRecord | null> {
  const { rows } = await scope.tx.query<DraftRow>(
    `select ${draftColumns} from application_drafts where agency_id = $1 and id = $2
     ${options.forUpdate ? "for update" : ""}`,
    [scope.agencyId, draftId],
  );
  return rows[0] ? toDraft(rows[0]) : null;
}

/** Which agency holds a draft: drafts are found by id before their agency is known. */
export async function selectAgencyOfDraft(db: Queryable, draftId: string): Promise<string | null> {
  const { rows } = await db.query<{ agency_id: string }>(
    "select agency_id from application_drafts where id = $1",
    [draftId],
  );
  return rows[0]?.agency_id ?? null;
}

/** A citizen's drafts across agencies, newest first, for their own page. */
export async function selectDraftsOfCitizen(
  db: Queryable,
  citizenId: string,
): Promise<DraftRecord[]> {
  const { rows } = await db.query<DraftRow>(
    `select ${draftColumns} from application_drafts
      where citizen_id = $1 and expires_at > now() and amends_application_id is null
      order by updated_at desc limit 100`,
    [citizenId],
  );
  return rows.map(toDraft);
}

export async function updateDraft(
  scope: AgencyScope,
  draftId: string,
  changes: {
    answers: Record<string, unknown>;
    currentPage: string | null;
    expiresAt: Date;
    serviceVersion?: number;
  },
): Promise<void> {
  await scope.tx.query(
    `update application_drafts
        set answers = $3, current_page = $4, expires_at = $5, updated_at = now(),
            reminder_sent_at = null, service_version = coalesce($6, service_version)
      where agency_id = $1 and id = $2`,
    [
      scope.agencyId,
      draftId,
      JSON.stringify(changes.answers),
      changes.currentPage,
      changes.expiresAt,
      changes.serviceVersion ?? null,
    ],
  );
}

/**
 * Records what a registry answered for one requirement, with the answers it
 * verified, key by key: two requirements settled at once both stay.
 */
export async function updateDraftDataSource(
  scope: AgencyScope,
  draftId: string,
  change: { index: number; source: unknown; answers: Record<string, unknown> },
): Promise<void> {
  await scope.tx.query(
    `update application_drafts
        set data_sources = data_sources || jsonb_build_object($3::text, $4::jsonb),
            answers = answers || $5::jsonb, updated_at = now()
      where agency_id = $1 and id = $2`,
    [
      scope.agencyId,
      draftId,
      String(change.index),
      JSON.stringify(change.source),
      JSON.stringify(change.answers),
    ],
  );
}

export async function deleteDraft(scope: AgencyScope, draftId: string): Promise<void> {
  await scope.tx.query(
    "delete from application_attachments where agency_id = $1 and draft_id = $2 and application_id is null",
    [scope.agencyId, draftId],
  );
  await scope.tx.query("delete from application_drafts where agency_id = $1 and id = $2", [
    scope.agencyId,
    draftId,
  ]);
}

export interface AttachmentRecord extends AttachmentSummary {
  draftId: string | null;
  applicationId: string | null;
  citizenId: string;
}

interface AttachmentRow {
  id: string;
  draft_id: string | null;
  application_id: string | null;
  citizen_id: string;
  field_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
}

const attachmentColumns =
  "id, draft_id, application_id, citizen_id, field_id, filename, media_type, size_bytes, sha256";

function toAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    draftId: row.draft_id,
    applicationId: row.application_id,
    citizenId: row.citizen_id,
    fieldId: row.field_id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size_bytes,
    sha256: row.sha256,
  };
}

export async function insertAttachment(
  scope: AgencyScope,
  attachment: Omit<AttachmentRecord, "applicationId"> & { content: Uint8Array },
): Promise<void> {
  await scope.tx.query(
    `insert into application_attachments
       (agency_id, id, draft_id, citizen_id, field_id, filename, media_type, size_bytes, sha256, content)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      scope.agencyId,
      attachment.id,
      attachment.draftId,
      attachment.citizenId,
      attachment.fieldId,
      attachment.filename,
      attachment.mediaType,
      attachment.size,
      attachment.sha256,
      attachment.content,
    ],
  );
}

export async function selectAttachments(
  scope: AgencyScope,
  owner: { draftId: string } | { applicationId: string },
): Promise<AttachmentRecord[]> {
  const isDraft = "draftId" in owner;
  const { rows } = await scope.tx.query<AttachmentRow>(
    `select ${attachmentColumns} from application_attachments
      where agency_id = $1 and ${isDraft ? "draft_id" : "application_id"} = $2 order by created_at, id`,
    [scope.agencyId, isDraft ? owner.draftId : owner.applicationId],
  );
  return rows.map(toAttachment);
}

export async function selectAttachmentContent(
  scope: AgencyScope,
  attachmentId: string,
): Promise<(AttachmentRecord & { content: Uint8Array }) | null> {
  const { rows } = await scope.tx.query<AttachmentRow & { content: Uint8Array }>(
    `select ${attachmentColumns}, content from application_attachments where agency_id = $1 and id = $2`,
    [scope.agencyId, attachmentId],
  );
  const row = rows[0];
  return row ? { ...toAttachment(row), content: row.content } : null;
}

/** Hands the draft's files that the answers use to the application; the rest go with the draft. */
export async function attachToApplication(
  scope: AgencyScope,
  attachmentIds: readonly string[],
  applicationId: string,
): Promise<void> {
  if (attachmentIds.length === 0) return;
  await scope.tx.query(
    `update application_attachments set application_id = $2
      where agency_id = $1 and id = any ($3::uuid[]) and application_id is null`,
    [scope.agencyId, applicationId, attachmentIds],
  );
}
