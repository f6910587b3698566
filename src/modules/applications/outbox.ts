import type { Transaction } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";
import { enqueueNotification } from "@/core/notify";
import { emitWebhookEvent, type WebhookEventType } from "@/core/webhooks";
import type { PublishedService } from "@/modules/services";

import { type ApplicationRecord, insertApplicationEvent } from "./repo";

export type ApplicationEventKind =
  "submitted" | "claimed" | "assigned" | "info_requested" | "amended" | "approved" | "rejected";

/** The webhook event each change is announced as to the agency's own systems. */
const webhookTypes: Record<ApplicationEventKind, WebhookEventType> = {
  submitted: "application.submitted",
  claimed: "application.claimed",
  assigned: "application.claimed",
  info_requested: "application.info_requested",
  amended: "application.amended",
  approved: "application.decided",
  rejected: "application.decided",
};

type Notice =
  | { template: "application.received"; statusCode: string }
  | { template: "application.info_requested" }
  | { template: "application.decided" };

export const applicantLinks = {
  application: (id: string) => `/me/applications/${id}`,
  receipt: (id: string) => `/me/applications/${id}/receipt`,
  statusLookup: "/track",
};

/**
 * What every change of an application also writes, in its transaction: the
 * timeline event, the notice to the applicant and the event for the agency's
 * systems. Sending happens later, from the outbox, so a slow mail server
 * never slows a submission and a crash never loses a notice.
 */
export async function announceApplicationChange(
  scope: AgencyScope,
  change: {
    application: ApplicationRecord;
    service: PublishedService;
    kind: ApplicationEventKind;
    actor: Actor;
    requestId?: string | undefined;
    details?: Record<string, unknown>;
    isVisibleToApplicant?: boolean;
    notice?: Notice;
    /** Where the applicant hears from us, when the caller has it already; looked up otherwise. */
    applicantContact?: ApplicantContact;
  },
): Promise<void> {
  const { application, actor } = change;
  await insertApplicationEvent(scope, {
    applicationId: application.id,
    kind: change.kind,
    actorType: actor.type,
    actorId:
      actor.type === "officer"
        ? actor.officerId
        : actor.type === "citizen"
          ? actor.citizenId
          : actor.type === "api_key"
            ? actor.keyId
            : null,
    isVisibleToApplicant: change.isVisibleToApplicant ?? true,
    details: change.details ?? {},
  });
  if (change.notice) {
    const contact =
      change.applicantContact ?? (await applicantContact(scope.tx, application.citizenId));
    // E-mail is the legal channel; SMS goes as well to those who asked for it.
    if (contact.email) {
      await noticeApplicant(
        scope,
        { channel: "email", to: contact.email },
        application,
        change.service,
        change.notice,
      );
    }
    if (contact.phone) {
      await noticeApplicant(
        scope,
        { channel: "sms", to: contact.phone },
        application,
        change.service,
        change.notice,
      );
    }
  }
  await emitWebhookEvent(scope.tx, {
    agencyId: scope.agencyId,
    type: webhookTypes[change.kind],
    data: {
      applicationId: application.id,
      reference: application.reference,
      serviceId: application.serviceId,
      serviceVersion: application.serviceVersion,
      status: application.status,
      ...(application.decision ? { decision: application.decision } : {}),
    },
  });
}

export interface ApplicantContact {
  email: string | null;
  phone: string | null;
}

async function applicantContact(tx: Transaction, citizenId: string): Promise<ApplicantContact> {
  const { rows } = await tx.query<{ email: string | null; notice_phone: string | null }>(
    "select email, notice_phone from citizens where id = $1",
    [citizenId],
  );
  return { email: rows[0]?.email ?? null, phone: rows[0]?.notice_phone ?? null };
}

async function noticeApplicant(
  scope: AgencyScope,
  recipient: { channel: "email" | "sms"; to: string },
  application: ApplicationRecord,
  service: PublishedService,
  notice: Notice,
): Promise<void> {
  const common = {
    agencyId: scope.agencyId,
    channel: recipient.channel,
    to: recipient.to,
    locale: application.locale,
    subject: { kind: "application", id: application.id },
  };
  const referenceNumber = application.reference;
  const serviceName = service.definition.name;
  switch (notice.template) {
    case "application.received":
      await enqueueNotification(scope.tx, {
        ...common,
        template: "application.received",
        data: {
          referenceNumber,
          serviceName,
          receivedAt: application.submittedAt,
          receiptLink: applicantLinks.receipt(application.id),
          statusCode: notice.statusCode,
          statusLookupLink: applicantLinks.statusLookup,
        },
      });
      return;
    case "application.info_requested":
      await enqueueNotification(scope.tx, {
        ...common,
        template: "application.info_requested",
        data: {
          referenceNumber,
          serviceName,
          requestedInformation: application.infoRequest?.message ?? "-",
          applicationLink: applicantLinks.application(application.id),
        },
      });
      return;
    case "application.decided":
      await enqueueNotification(scope.tx, {
        ...common,
        template: "application.decided",
        data: {
          referenceNumber,
          serviceName,
          outcome: application.decision ?? "approved",
          ...(application.decisionReason?.text ? { reason: application.decisionReason.text } : {}),
          decidedAt: application.decidedAt ?? new Date(),
          applicationLink: applicantLinks.application(application.id),
        },
      });
      return;
  }
}
