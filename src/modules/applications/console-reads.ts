import { recordAudit } from "@/core/audit";
import { type AgencyMember, listAgencyMembers } from "@/core/auth/officers";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import {
  listDeliveries,
  type NotificationDeliverySummary,
  notificationPolicy,
} from "@/core/notify";
import { getPublishedService, type PublishedService } from "@/modules/services";

import { type AttachmentRecord, selectAttachmentContent } from "./draft-repo";
import { type ApplicationAction, applicationPolicy } from "./policy";
import { type ApplicationRecord, selectApplication } from "./repo";
import { getApplicationForStaff, type StaffApplication } from "./track";

export interface ConsoleApplication extends StaffApplication {
  /** The notices sent about the application, for officers who may see them. */
  deliveries: NotificationDeliverySummary[] | null;
  /** The agency's people, to name who did what and to assign the work to. */
  members: AgencyMember[];
}

interface StaffRead {
  db: Database;
  actor: Actor;
  agencyId: string;
  applicationId: string;
  requestId?: string | undefined;
}

/**
 * An application as the console shows it: everything staff see (the view
 * is audited), with its notices and the agency's officers.
 */
export async function getApplicationForConsole(options: StaffRead): Promise<ConsoleApplication> {
  const staff = await getApplicationForStaff(options);
  const { deliveries, members } = await withinAgency(
    options.db,
    options.agencyId,
    async (scope) => ({
      deliveries: notificationPolicy.can(options.actor, "notification.list", scope)
        ? await listDeliveries(scope, { subjectId: staff.record.id })
        : null,
      members: await listAgencyMembers(scope),
    }),
  );
  return { ...staff, deliveries, members };
}

export interface ActionTarget {
  application: ApplicationRecord;
  service: PublishedService;
  members: AgencyMember[];
}

/**
 * The application an action is about to change, checked before its form is:
 * outside the agency it does not exist (404), and a role that may not take
 * the action is refused (403) whatever the form says. Not audited: nothing
 * is shown, and the action itself writes its own record.
 */
export async function findApplicationForAction(
  options: StaffRead & { action: ApplicationAction },
): Promise<ActionTarget> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const application = await selectApplication(scope, options.applicationId);
    if (!application) throw new AppError("not_found", "There is no such application.");
    applicationPolicy.authorize(options.actor, options.action, application);
    const [service, members] = await Promise.all([
      getPublishedService({
        db: scope.tx,
        serviceId: application.serviceId,
        version: application.serviceVersion,
      }),
      listAgencyMembers(scope),
    ]);
    return { application, service, members };
  });
}

/**
 * One file attached to an application, for staff to open. Reading it and
 * recording who read it happen in one transaction: a file is never handed
 * out without its audit record.
 */
export async function readAttachmentForStaff(
  options: StaffRead & { attachmentId: string },
): Promise<AttachmentRecord & { content: Uint8Array }> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const application = await selectApplication(scope, options.applicationId);
    if (!application) throw new AppError("not_found", "There is no such application.");
    applicationPolicy.authorize(options.actor, "application.view", application);
    const attachment = await selectAttachmentContent(scope, options.attachmentId);
    if (!attachment || attachment.applicationId !== application.id) {
      throw new AppError("not_found", "The application has no such attachment.");
    }
    await recordAudit(scope.tx, {
      action: "application.attachment_viewed",
      actor: options.actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: application.id },
      requestId: options.requestId,
      details: {
        reference: application.reference,
        attachmentId: attachment.id,
        sha256: attachment.sha256,
      },
    });
    return attachment;
  });
}
