import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Queryable } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import { selectAgencyByCode } from "@/modules/agencies";
import { getPublishedService, type PublishedService } from "@/modules/services";

import { withOwnApplication } from "./applicant-actions";
import { selectApplicationDataSources } from "./data-sources-repo";
import { selectAttachments } from "./draft-repo";
import { applicationPolicy } from "./policy";
import { presentApplication } from "./present-application";
import { agencyCodeOfReference } from "./reference-numbers";
import {
  applicationColumns,
  type ApplicationEventRecord,
  type ApplicationRecord,
  type ReceiptRecord,
  selectApplication,
  selectApplicationByReference,
  selectApplicationEvents,
  selectReceipts,
  toApplicationRecord,
} from "./repo";
import type { ApplicationStatus, ApplicationView } from "./schema";
import { matchesStatusCode } from "./status-codes";

/** Service versions are immutable, so one lookup serves every application made on it. */
export function serviceVersionCache(db: Queryable) {
  const cache = new Map<string, Promise<PublishedService>>();
  return (serviceId: string, version: number) => {
    const key = `${serviceId}@${version}`;
    let found = cache.get(key);
    if (!found) {
      found = getPublishedService({ db, serviceId, version });
      cache.set(key, found);
    }
    return found;
  };
}

async function ratingOf(scope: AgencyScope, applicationId: string) {
  const { rows } = await scope.tx.query<{ score: number; comment: string | null }>(
    "select score, comment from application_ratings where agency_id = $1 and application_id = $2",
    [scope.agencyId, applicationId],
  );
  return rows[0] ?? null;
}

async function viewOf(
  scope: AgencyScope,
  application: ApplicationRecord,
  options: { applicantView: boolean },
): Promise<{ view: ApplicationView; service: PublishedService; receipts: ReceiptRecord[] }> {
  // One connection runs one query at a time: ask in turn, not all at once.
  const service = await getPublishedService({
    db: scope.tx,
    serviceId: application.serviceId,
    version: application.serviceVersion,
  });
  const events = await selectApplicationEvents(scope, application.id, options);
  const attachments = await selectAttachments(scope, { applicationId: application.id });
  const rating = await ratingOf(scope, application.id);
  const receipts = await selectReceipts(scope, application.id);
  const dataSources = await selectApplicationDataSources(scope, application.id);
  return {
    view: presentApplication({ application, service, events, attachments, rating, dataSources }),
    service,
    receipts,
  };
}

export interface OwnApplication {
  record: ApplicationRecord;
  view: ApplicationView;
  service: PublishedService;
  receipts: ReceiptRecord[];
}

/** The applicant's own application, with what they may see of its timeline. */
export async function getOwnApplication(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
}): Promise<OwnApplication> {
  return withOwnApplication(options, async (scope, record) => ({
    record,
    ...(await viewOf(scope, record, { applicantView: true })),
  }));
}

export interface ApplicationListItem {
  id: string;
  reference: string;
  status: ApplicationStatus;
  submittedAt: Date;
  dueAt: Date;
  service: PublishedService;
}

/** Everything the person has submitted, to any agency, newest first. */
export async function listOwnApplications(options: {
  db: Database;
  citizenId: string;
}): Promise<ApplicationListItem[]> {
  const { rows } = await options.db.query<Parameters<typeof toApplicationRecord>[0]>(
    `select ${applicationColumns} from applications where citizen_id = $1
      order by submitted_at desc limit 200`,
    [options.citizenId],
  );
  const serviceOf = serviceVersionCache(options.db);
  return Promise.all(
    rows.map(toApplicationRecord).map(async (record) => ({
      id: record.id,
      reference: record.reference,
      status: record.status,
      submittedAt: record.submittedAt,
      dueAt: record.dueAt,
      service: await serviceOf(record.serviceId, record.serviceVersion),
    })),
  );
}

export interface PublicStatus {
  reference: string;
  status: ApplicationStatus;
  submittedAt: Date;
  dueAt: Date;
  isClockPaused: boolean;
  service: PublishedService;
  timeline: Pick<ApplicationEventRecord, "kind" | "occurredAt">[];
}

/**
 * The status anyone holding the receipt may see without signing in: where
 * it stands and when, never the answers, the reasons or who handled it. A
 * wrong code and an unknown reference get the same answer.
 */
export async function lookUpStatus(options: {
  db: Database;
  secrets: SecretBox;
  reference: string;
  statusCode: string;
}): Promise<PublicStatus> {
  const notFound = new AppError(
    "not_found",
    "No application has this reference number and code. Check both against the receipt.",
  );
  const code = agencyCodeOfReference(options.reference);
  const agency = code ? await selectAgencyByCode(options.db, code) : null;
  if (!agency) throw notFound;
  return withinAgency(options.db, agency.id, async (scope) => {
    const record = await selectApplicationByReference(scope, options.reference);
    if (
      !record ||
      !matchesStatusCode(options.secrets, record.statusCodeSealed, options.statusCode)
    ) {
      throw notFound;
    }
    const service = await getPublishedService({
      db: scope.tx,
      serviceId: record.serviceId,
      version: record.serviceVersion,
    });
    const events = await selectApplicationEvents(scope, record.id, { applicantView: true });
    return {
      reference: record.reference,
      status: record.status,
      submittedAt: record.submittedAt,
      dueAt: record.dueAt,
      isClockPaused: record.pausedSince !== null,
      service,
      timeline: events.map(({ kind, occurredAt }) => ({ kind, occurredAt })),
    };
  });
}

export interface StaffApplication extends OwnApplication {
  events: ApplicationEventRecord[];
  notes: { id: string; officerId: string; officerName: string; body: string; createdAt: Date }[];
}

/**
 * An application as the agency's staff work it: everything, the internal
 * timeline and notes included. Each view is audited: officers see personal
 * data, and who looked at it is recorded.
 */
export async function getApplicationForStaff(options: {
  db: Database;
  actor: Actor;
  agencyId: string;
  applicationId: string;
  requestId?: string | undefined;
}): Promise<StaffApplication> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const record = await selectApplication(scope, options.applicationId);
    if (!record) throw new AppError("not_found", "There is no such application.");
    applicationPolicy.authorize(options.actor, "application.view", record);
    const parts = await viewOf(scope, record, { applicantView: false });
    const events = await selectApplicationEvents(scope, record.id, { applicantView: false });
    const notes = await scope.tx.query<{
      id: string;
      officer_id: string;
      display_name: string;
      body: string;
      created_at: Date;
    }>(
      `select n.id, n.officer_id, o.name_th as display_name, n.body, n.created_at
           from application_notes n join officers o on o.id = n.officer_id
          where n.agency_id = $1 and n.application_id = $2 order by n.created_at`,
      [scope.agencyId, record.id],
    );
    await recordAudit(scope.tx, {
      action: "application.viewed",
      actor: options.actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: record.id },
      requestId: options.requestId,
      details: { reference: record.reference },
    });
    return {
      record,
      ...parts,
      events,
      notes: notes.rows.map((row) => ({
        id: row.id,
        officerId: row.officer_id,
        officerName: row.display_name,
        body: row.body,
        createdAt: new Date(row.created_at),
      })),
    };
  });
}
