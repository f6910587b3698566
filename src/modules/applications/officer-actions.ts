import { recordAudit } from "@/core/audit";
import { addWorkingDays } from "@/core/calendar/working-days";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import { enqueueJob } from "@/core/jobs";
import { getPublishedService, type PublishedService } from "@/modules/services";

import { announceApplicationChange } from "./outbox";
import { type ApplicationAction, applicationPolicy } from "./policy";
import { type ApplicationRecord, selectApplication, updateApplication } from "./repo";

interface OfficerChange {
  db: Database;
  actor: Actor;
  agencyId: string;
  applicationId: string;
  requestId?: string | undefined;
}

/**
 * Locks the application within the agency, checks the actor may take the
 * action, and runs the change in the same transaction. An application of
 * another agency is simply not found.
 */
async function changeAsStaff<T>(
  options: OfficerChange,
  action: ApplicationAction,
  change: (
    scope: AgencyScope,
    application: ApplicationRecord,
    service: PublishedService,
  ) => Promise<T>,
): Promise<T> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const application = await selectApplication(scope, options.applicationId, { forUpdate: true });
    if (!application) throw new AppError("not_found", "There is no such application.");
    applicationPolicy.authorize(options.actor, action, application);
    const service = await getPublishedService({
      db: scope.tx,
      serviceId: application.serviceId,
      version: application.serviceVersion,
    });
    return change(scope, application, service);
  });
}

function actorId(actor: Actor): string | null {
  if (actor.type === "officer") return actor.officerId;
  if (actor.type === "api_key") return actor.keyId;
  return null;
}

function refuseUnlessOpen(application: ApplicationRecord): void {
  if (application.decision) {
    throw new AppError("conflict", "The application has already been decided.");
  }
}

/** Takes the application into review, by the officer themselves or for a colleague. */
export async function claimApplication(
  options: OfficerChange & { assignTo?: string | undefined },
): Promise<ApplicationRecord> {
  return changeAsStaff(
    options,
    options.assignTo ? "application.assign" : "application.claim",
    async (scope, application, service) => {
      refuseUnlessOpen(application);
      const assignee = options.assignTo ?? actorId(options.actor);
      if (options.assignTo) {
        const { rows } = await scope.tx.query(
          `select 1 from officer_memberships where agency_id = $1 and officer_id = $2 and role in ('admin', 'officer')`,
          [scope.agencyId, options.assignTo],
        );
        if (rows.length === 0) {
          throw new AppError("validation_failed", "Assign to an officer of this agency.", {
            fields: [{ field: "assignTo", message: "Not an officer of this agency" }],
          });
        }
      }
      const claimedBy = options.actor.type === "officer" ? assignee : null;
      const status = application.status === "submitted" ? "in_review" : application.status;
      const claimedAt = new Date();
      await updateApplication(scope, application.id, { status, claimedBy, claimedAt });
      const updated = { ...application, status, claimedBy, claimedAt };
      await announceApplicationChange(scope, {
        application: updated,
        service,
        kind: options.assignTo ? "assigned" : "claimed",
        actor: options.actor,
        requestId: options.requestId,
        isVisibleToApplicant: application.status === "submitted",
        details: { claimedBy },
      });
      await recordAudit(scope.tx, {
        action: options.assignTo ? "application.assigned" : "application.claimed",
        actor: options.actor,
        agencyId: scope.agencyId,
        target: { type: "application", id: application.id },
        requestId: options.requestId,
        details: { reference: application.reference, claimedBy },
      });
      return updated;
    },
  );
}

/**
 * Asks the applicant for more information. The law allows this once per
 * application; the clock stops until the applicant answers.
 */
export async function requestInformation(
  options: OfficerChange & { message: string; fields: string[] },
): Promise<ApplicationRecord> {
  return changeAsStaff(options, "application.request_info", async (scope, application, service) => {
    refuseUnlessOpen(application);
    if (application.infoRequestedAt) {
      throw new AppError(
        "conflict",
        "More information has already been requested once for this application; the law allows only one request. Decide on what you have.",
      );
    }
    const now = new Date();
    const infoRequest = { message: options.message, fields: options.fields };
    await updateApplication(scope, application.id, {
      status: "info_requested",
      infoRequestedAt: now,
      infoRequest,
      pausedSince: now,
    });
    const updated: ApplicationRecord = {
      ...application,
      status: "info_requested",
      infoRequestedAt: now,
      infoRequest,
      pausedSince: now,
    };
    await announceApplicationChange(scope, {
      application: updated,
      service,
      kind: "info_requested",
      actor: options.actor,
      requestId: options.requestId,
      details: { message: options.message, fields: options.fields },
      notice: { template: "application.info_requested" },
    });
    await recordAudit(scope.tx, {
      action: "application.info_requested",
      actor: options.actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: application.id },
      requestId: options.requestId,
      details: { reference: application.reference, fields: options.fields },
    });
    return updated;
  });
}

/** Approves or rejects, with the reason the applicant will read. */
export async function decideApplication(
  options: OfficerChange & {
    outcome: "approved" | "rejected";
    reason: string;
    templateId?: string | undefined;
  },
): Promise<ApplicationRecord> {
  return changeAsStaff(options, "application.decide", async (scope, application, service) => {
    refuseUnlessOpen(application);
    if (application.status === "info_requested") {
      throw new AppError(
        "conflict",
        "The applicant has not yet answered the request for more information.",
      );
    }
    const decidedAt = new Date();
    const decisionReason = { text: options.reason, templateId: options.templateId ?? null };
    await updateApplication(scope, application.id, {
      status: options.outcome,
      decision: options.outcome,
      decisionReason,
      decidedAt,
    });
    const updated: ApplicationRecord = {
      ...application,
      status: options.outcome,
      decision: options.outcome,
      decisionReason,
      decidedAt,
    };
    await announceApplicationChange(scope, {
      application: updated,
      service,
      kind: options.outcome,
      actor: options.actor,
      requestId: options.requestId,
      details: { reason: options.reason },
      notice: { template: "application.decided" },
    });
    if (options.outcome === "approved") {
      // The result document is issued from the outbox: signing waits for no one's click.
      await enqueueJob(scope.tx, {
        kind: "document.issue",
        agencyId: scope.agencyId,
        payload: { applicationId: application.id },
        dedupeKey: `document.issue:${application.id}`,
      });
    }
    await recordAudit(scope.tx, {
      action: "application.decided",
      actor: options.actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: application.id },
      requestId: options.requestId,
      details: { reference: application.reference, outcome: options.outcome },
    });
    return updated;
  });
}

/** An officers-only note on the application's timeline. */
export async function addInternalNote(options: OfficerChange & { body: string }): Promise<void> {
  await changeAsStaff(options, "application.note", async (scope, application) => {
    if (options.actor.type !== "officer") throw new AppError("forbidden");
    await scope.tx.query(
      `insert into application_notes (agency_id, id, application_id, officer_id, body)
       values ($1, $2, $3, $4, $5)`,
      [scope.agencyId, newId(), application.id, options.actor.officerId, options.body],
    );
    await recordAudit(scope.tx, {
      action: "application.noted",
      actor: options.actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: application.id },
      requestId: options.requestId,
    });
  });
}

/**
 * When the clock restarts after a pause, the due date moves by as long as it
 * stood still, to the close of that working day.
 */
export function resumedDueAt(application: ApplicationRecord, resumedAt: Date): Date {
  if (!application.pausedSince) return application.dueAt;
  const pausedMs = Math.max(0, resumedAt.getTime() - application.pausedSince.getTime());
  return addWorkingDays(new Date(application.dueAt.getTime() + pausedMs), 0);
}
