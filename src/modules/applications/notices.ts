import { findCitizen } from "@/core/auth/citizens";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { defineJobHandler } from "@/core/jobs";
import { enqueueNotification } from "@/core/notify";
import { getPublishedService } from "@/modules/services";

import { expectedSteps } from "./expected-steps";
import { applicantLinks } from "./outbox";
import { selectApplication, updateApplication } from "./repo";

const DAY_MS = 24 * 60 * 60 * 1000;

/** While an application is open, the applicant hears how it stands at least this often (the Act: 7 days). */
export const PROGRESS_NOTICE_INTERVAL_DAYS = 7;
/** A draft untouched this long is deleted; the page says so. */
export const DRAFT_LIFETIME_DAYS = 30;
/** The reminder goes this long before a draft would be deleted. */
export const DRAFT_REMINDER_DAYS = 3;

const BATCH = 200;

/** E-mail, the legal channel, and SMS for those who asked for it. */
function recipientsOf(citizen: {
  email: string | null;
  noticePhone: string | null;
}): { channel: "email" | "sms"; to: string }[] {
  return [
    ...(citizen.email ? [{ channel: "email" as const, to: citizen.email }] : []),
    ...(citizen.noticePhone ? [{ channel: "sms" as const, to: citizen.noticePhone }] : []),
  ];
}

/**
 * Sends the 7-day progress notice of every open application that is due one.
 * Each notice has a dedupe key naming its round, so a retried or doubled run
 * never sends a round twice.
 */
export async function sendProgressNotices(options: { db: Database; now?: Date }): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - PROGRESS_NOTICE_INTERVAL_DAYS * DAY_MS);
  const { rows } = await options.db.query<{ agency_id: string; id: string }>(
    `select agency_id, id from applications
      where decided_at is null and coalesce(last_progress_notice_at, submitted_at) <= $1
      order by submitted_at limit ${BATCH}`,
    [cutoff],
  );
  let sent = 0;
  for (const row of rows) {
    const didSend = await withinAgency(options.db, row.agency_id, async (scope) => {
      const application = await selectApplication(scope, row.id, { forUpdate: true });
      if (!application || application.decidedAt) return false;
      const last = application.lastProgressNoticeAt ?? application.submittedAt;
      if (last > cutoff) return false;
      const round = Math.floor(
        (now.getTime() - application.submittedAt.getTime()) /
          (PROGRESS_NOTICE_INTERVAL_DAYS * DAY_MS),
      );
      await updateApplication(scope, application.id, { lastProgressNoticeAt: now });
      const citizen = await findCitizen({ db: scope.tx, citizenId: application.citizenId });
      const recipients = citizen ? recipientsOf(citizen) : [];
      if (recipients.length === 0) return false;
      const service = await getPublishedService({
        db: scope.tx,
        serviceId: application.serviceId,
        version: application.serviceVersion,
      });
      const nextStep = expectedSteps(application, service.definition.steps).find(
        (step) => new Date(step.expectedBy) > now,
      );
      for (const recipient of recipients) {
        await enqueueNotification(scope.tx, {
          agencyId: scope.agencyId,
          ...recipient,
          template: "application.progress",
          locale: application.locale,
          subject: { kind: "application", id: application.id },
          dedupeKey: `progress:${application.id}:${round}:${recipient.channel}`,
          data: {
            referenceNumber: application.reference,
            serviceName: service.definition.name,
            submittedAt: application.submittedAt,
            ...(nextStep ? { currentStep: nextStep.title, expectedBy: nextStep.expectedBy } : {}),
            applicationLink: applicantLinks.application(application.id),
          },
        });
      }
      return true;
    });
    if (didSend) sent += 1;
  }
  return sent;
}

/** Reminds the owners of drafts about to expire, and deletes the expired ones. */
export async function tendDrafts(options: {
  db: Database;
  now?: Date;
}): Promise<{ reminded: number; deleted: number }> {
  const now = options.now ?? new Date();
  const soon = new Date(now.getTime() + DRAFT_REMINDER_DAYS * DAY_MS);
  const { rows: due } = await options.db.query<{
    agency_id: string;
    id: string;
    citizen_id: string;
    service_id: string;
    service_version: number;
    expires_at: Date;
  }>(
    `select agency_id, id, citizen_id, service_id, service_version, expires_at from application_drafts
      where reminder_sent_at is null and expires_at > $1 and expires_at <= $2
      order by expires_at limit ${BATCH}`,
    [now, soon],
  );
  let reminded = 0;
  for (const draft of due) {
    await withinAgency(options.db, draft.agency_id, async (scope) => {
      const marked = await scope.tx.query(
        `update application_drafts set reminder_sent_at = $3
          where agency_id = $1 and id = $2 and reminder_sent_at is null`,
        [scope.agencyId, draft.id, now],
      );
      if (marked.rowCount === 0) return;
      const citizen = await findCitizen({ db: scope.tx, citizenId: draft.citizen_id });
      if (!citizen?.email) return;
      const service = await getPublishedService({
        db: scope.tx,
        serviceId: draft.service_id,
        version: draft.service_version,
      });
      await enqueueNotification(scope.tx, {
        agencyId: scope.agencyId,
        channel: "email",
        to: citizen.email,
        template: "draft.expiring",
        locale: citizen.preferredLocale,
        subject: { kind: "application_draft", id: draft.id },
        dedupeKey: `draft-expiring:${draft.id}:${new Date(draft.expires_at).toISOString()}`,
        data: {
          serviceName: service.definition.name,
          deletesAt: new Date(draft.expires_at),
          draftLink: `/services/${draft.service_id}/apply/${draft.id}`,
        },
      });
      reminded += 1;
    });
  }
  const { rows: expired } = await options.db.query<{ agency_id: string; id: string }>(
    `select agency_id, id from application_drafts where expires_at <= $1 limit ${BATCH}`,
    [now],
  );
  for (const draft of expired) {
    await withinAgency(options.db, draft.agency_id, async (scope) => {
      await scope.tx.query(
        "delete from application_attachments where agency_id = $1 and draft_id = $2 and application_id is null",
        [scope.agencyId, draft.id],
      );
      await scope.tx.query(
        "delete from application_drafts where agency_id = $1 and id = $2 and expires_at <= $3",
        [scope.agencyId, draft.id, now],
      );
    });
  }
  return { reminded, deleted: expired.length };
}

const HOUR_MS = 60 * 60 * 1000;

export const progressNoticesJob = defineJobHandler({
  kind: "applications.progress_notices",
  everyMilliseconds: HOUR_MS,
  handle: async (_job, context) => {
    const sent = await sendProgressNotices({ db: context.db });
    context.logger.info({ sent }, "progress notices queued");
  },
});

export const draftTendingJob = defineJobHandler({
  kind: "applications.tend_drafts",
  everyMilliseconds: HOUR_MS,
  handle: async (_job, context) => {
    const result = await tendDrafts({ db: context.db });
    context.logger.info(result, "drafts tended");
  },
});
