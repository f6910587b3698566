import type { Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { AgencyScope } from "@/core/db/tenant";

import type { ApplicationStatus } from "./schema";

export interface ApplicationRecord {
  agencyId: string;
  id: string;
  reference: string;
  serviceId: string;
  serviceVersion: number;
  citizenId: string;
  idempotencyKey: string;
  requestHash: string;
  answers: Record<string, unknown>;
  status: ApplicationStatus;
  statusCodeSealed: string;
  locale: "th" | "en";
  submittedAt: Date;
  dueAt: Date;
  claimedBy: string | null;
  claimedAt: Date | null;
  infoRequestedAt: Date | null;
  infoRequest: { message: string; fields: string[] } | null;
  amendedAt: Date | null;
  pausedSince: Date | null;
  decidedAt: Date | null;
  decision: "approved" | "rejected" | null;
  decisionReason: { text: string; templateId: string | null } | null;
  lastProgressNoticeAt: Date | null;
}

interface ApplicationRow {
  agency_id: string;
  id: string;
  reference: string;
  service_id: string;
  service_version: number;
  citizen_id: string;
  idempotency_key: string;
  request_hash: string;
  answers: Record<string, unknown>;
  status: ApplicationStatus;
  status_code_sealed: string;
  locale: "th" | "en";
  submitted_at: Date;
  due_at: Date;
  claimed_by: string | null;
  claimed_at: Date | null;
  info_requested_at: Date | null;
  info_request: ApplicationRecord["infoRequest"];
  amended_at: Date | null;
  paused_since: Date | null;
  decided_at: Date | null;
  decision: ApplicationRecord["decision"];
  decision_reason: ApplicationRecord["decisionReason"];
  last_progress_notice_at: Date | null;
}

export const applicationColumns = `agency_id, id, reference, service_id, service_version, citizen_id,
  idempotency_key, request_hash, answers, status, status_code_sealed, locale, submitted_at, due_at,
  claimed_by, claimed_at, info_requested_at, info_request, amended_at, paused_since, decided_at,
  decision, decision_reason, last_progress_notice_at`;

const date = (value: Date | null) => (value === null ? null : new Date(value));

export function toApplicationRecord(row: ApplicationRow): ApplicationRecord {
  return {
    agencyId: row.agency_id,
    id: row.id,
    reference: row.reference,
    serviceId: row.service_id,
    serviceVersion: row.service_version,
    citizenId: row.citizen_id,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    answers: row.answers,
    status: row.status,
    statusCodeSealed: row.status_code_sealed,
    locale: row.locale,
    submittedAt: new Date(row.submitted_at),
    dueAt: new Date(row.due_at),
    claimedBy: row.claimed_by,
    claimedAt: date(row.claimed_at),
    infoRequestedAt: date(row.info_requested_at),
    infoRequest: row.info_request,
    amendedAt: date(row.amended_at),
    pausedSince: date(row.paused_since),
    decidedAt: date(row.decided_at),
    decision: row.decision,
    decisionReason: row.decision_reason,
    lastProgressNoticeAt: date(row.last_progress_notice_at),
  };
}

export type NewApplication = Pick<
  ApplicationRecord,
  | "id"
  | "reference"
  | "serviceId"
  | "serviceVersion"
  | "citizenId"
  | "idempotencyKey"
  | "requestHash"
  | "answers"
  | "statusCodeSealed"
  | "locale"
  | "submittedAt"
  | "dueAt"
>;

/**
 * Inserts the application unless the applicant already used the idempotency
 * key; null then, and the caller reads the application the key made.
 */
export async function insertApplication(
  scope: AgencyScope,
  application: NewApplication,
): Promise<boolean> {
  const result = await scope.tx.query(
    `insert into applications (agency_id, id, reference, service_id, service_version, citizen_id,
       idempotency_key, request_hash, answers, status, status_code_sealed, locale, submitted_at, due_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'submitted', $10, $11, $12, $13)
     on conflict (agency_id, citizen_id, idempotency_key) do nothing`,
    [
      scope.agencyId,
      application.id,
      application.reference,
      application.serviceId,
      application.serviceVersion,
      application.citizenId,
      application.idempotencyKey,
      application.requestHash,
      JSON.stringify(application.answers),
      application.statusCodeSealed,
      application.locale,
      application.submittedAt,
      application.dueAt,
    ],
  );
  return result.rowCount === 1;
}

export async function selectApplication(
  scope: AgencyScope,
  applicationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRecord | null> {
  const { rows } = await scope.tx.query<ApplicationRow>(
    `select ${applicationColumns} from applications where agency_id = $1 and id = $2
     ${options.forUpdate ? "for update" : ""}`,
    [scope.agencyId, applicationId],
  );
  return rows[0] ? toApplicationRecord(rows[0]) : null;
}

export async function selectApplicationByIdempotencyKey(
  scope: AgencyScope,
  citizenId: string,
  idempotencyKey: string,
): Promise<ApplicationRecord | null> {
  const { rows } = await scope.tx.query<ApplicationRow>(
    `select ${applicationColumns} from applications
      where agency_id = $1 and citizen_id = $2 and idempotency_key = $3`,
    [scope.agencyId, citizenId, idempotencyKey],
  );
  return rows[0] ? toApplicationRecord(rows[0]) : null;
}

export async function selectApplicationByReference(
  scope: AgencyScope,
  reference: string,
): Promise<ApplicationRecord | null> {
  const { rows } = await scope.tx.query<ApplicationRow>(
    `select ${applicationColumns} from applications where agency_id = $1 and reference = $2`,
    [scope.agencyId, reference],
  );
  return rows[0] ? toApplicationRecord(rows[0]) : null;
}

/** Where an application is across agencies: only its owner's own list asks this. */
export async function selectAgencyOfApplication(
  db: Queryable,
  applicationId: string,
): Promise<string | null> {
  const { rows } = await db.query<{ agency_id: string }>(
    "select agency_id from applications where id = $1",
    [applicationId],
  );
  return rows[0]?.agency_id ?? null;
}

/** Sets the named columns of one application; the caller holds its row lock. */
export async function updateApplication(
  scope: AgencyScope,
  applicationId: string,
  changes: Partial<{
    status: ApplicationStatus;
    answers: Record<string, unknown>;
    dueAt: Date;
    claimedBy: string | null;
    claimedAt: Date | null;
    infoRequestedAt: Date;
    infoRequest: ApplicationRecord["infoRequest"];
    amendedAt: Date;
    pausedSince: Date | null;
    decidedAt: Date;
    decision: "approved" | "rejected";
    decisionReason: ApplicationRecord["decisionReason"];
    lastProgressNoticeAt: Date;
  }>,
): Promise<void> {
  const columns: Record<keyof typeof changes, string> = {
    status: "status",
    answers: "answers",
    dueAt: "due_at",
    claimedBy: "claimed_by",
    claimedAt: "claimed_at",
    infoRequestedAt: "info_requested_at",
    infoRequest: "info_request",
    amendedAt: "amended_at",
    pausedSince: "paused_since",
    decidedAt: "decided_at",
    decision: "decision",
    decisionReason: "decision_reason",
    lastProgressNoticeAt: "last_progress_notice_at",
  };
  const sets: string[] = [];
  const params: unknown[] = [scope.agencyId, applicationId];
  for (const [key, value] of Object.entries(changes) as [keyof typeof changes, unknown][]) {
    const isJson = key === "answers" || key === "infoRequest" || key === "decisionReason";
    params.push(isJson && value !== null ? JSON.stringify(value) : value);
    sets.push(`${columns[key]} = $${params.length}`);
  }
  if (sets.length === 0) return;
  await scope.tx.query(
    `update applications set ${sets.join(", ")}, updated_at = now() where agency_id = $1 and id = $2`,
    params,
  );
}

export interface ApplicationEventRecord {
  id: string;
  kind: string;
  actorType: string;
  actorId: string | null;
  isVisibleToApplicant: boolean;
  details: Record<string, unknown>;
  occurredAt: Date;
}

export async function insertApplicationEvent(
  scope: AgencyScope,
  event: {
    applicationId: string;
    kind: string;
    actorType: string;
    actorId: string | null;
    isVisibleToApplicant: boolean;
    details?: Record<string, unknown>;
    occurredAt?: Date;
  },
): Promise<void> {
  await scope.tx.query(
    `insert into application_events
       (agency_id, id, application_id, kind, actor_type, actor_id, is_visible_to_applicant, details, occurred_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, now()))`,
    [
      scope.agencyId,
      newId(),
      event.applicationId,
      event.kind,
      event.actorType,
      event.actorId,
      event.isVisibleToApplicant,
      JSON.stringify(event.details ?? {}),
      event.occurredAt ?? null,
    ],
  );
}

export async function selectApplicationEvents(
  scope: AgencyScope,
  applicationId: string,
  options: { applicantView: boolean },
): Promise<ApplicationEventRecord[]> {
  const { rows } = await scope.tx.query<{
    id: string;
    kind: string;
    actor_type: string;
    actor_id: string | null;
    is_visible_to_applicant: boolean;
    details: Record<string, unknown>;
    occurred_at: Date;
  }>(
    `select id, kind, actor_type, actor_id, is_visible_to_applicant, details, occurred_at
       from application_events
      where agency_id = $1 and application_id = $2 ${options.applicantView ? "and is_visible_to_applicant" : ""}
      order by occurred_at, id`,
    [scope.agencyId, applicationId],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    actorType: row.actor_type,
    actorId: row.actor_id,
    isVisibleToApplicant: row.is_visible_to_applicant,
    details: row.details,
    occurredAt: new Date(row.occurred_at),
  }));
}

export interface ReceiptRecord {
  sequence: number;
  jws: string;
  issuedAt: Date;
}

export async function insertReceipt(
  scope: AgencyScope,
  receipt: { applicationId: string; sequence: number; jws: string; issuedAt: Date },
): Promise<void> {
  await scope.tx.query(
    `insert into application_receipts (agency_id, application_id, sequence, jws, issued_at)
     values ($1, $2, $3, $4, $5)`,
    [scope.agencyId, receipt.applicationId, receipt.sequence, receipt.jws, receipt.issuedAt],
  );
}

export async function selectReceipts(
  scope: AgencyScope,
  applicationId: string,
): Promise<ReceiptRecord[]> {
  const { rows } = await scope.tx.query<{ sequence: number; jws: string; issued_at: Date }>(
    `select sequence, jws, issued_at from application_receipts
      where agency_id = $1 and application_id = $2 order by sequence`,
    [scope.agencyId, applicationId],
  );
  return rows.map((row) => ({
    sequence: row.sequence,
    jws: row.jws,
    issuedAt: new Date(row.issued_at),
  }));
}
