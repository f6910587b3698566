import type { DataSource } from "@/modules/exchange/once-only";
import type { PublishedService } from "@/modules/services";

import type { AttachmentRecord } from "./draft-repo";
import { expectedSteps } from "./expected-steps";
import type { ApplicationEventRecord, ApplicationRecord } from "./repo";
import type { ApplicationView } from "./schema";

/** An application as its applicant and the API see it. */
export function presentApplication(parts: {
  application: ApplicationRecord;
  service: PublishedService;
  events: readonly ApplicationEventRecord[];
  attachments: readonly AttachmentRecord[];
  rating: { score: number; comment: string | null } | null;
  dataSources?: readonly DataSource[];
  now?: Date;
}): ApplicationView {
  const { application, service } = parts;
  return {
    id: application.id,
    reference: application.reference,
    agency: {
      code: service.agency.code,
      name: { th: service.agency.nameTh, en: service.agency.nameEn },
    },
    service: { id: service.id, version: service.version, name: service.definition.name },
    status: application.status,
    submittedAt: application.submittedAt.toISOString(),
    dueAt: application.dueAt.toISOString(),
    isClockPaused: application.pausedSince !== null,
    answers: application.answers,
    attachments: parts.attachments.map(({ id, fieldId, filename, mediaType, size, sha256 }) => ({
      id,
      fieldId,
      filename,
      mediaType,
      size,
      sha256,
    })),
    dataSources: [...(parts.dataSources ?? [])],
    infoRequest:
      application.infoRequest && application.infoRequestedAt
        ? {
            message: application.infoRequest.message,
            requestedAt: application.infoRequestedAt.toISOString(),
          }
        : null,
    decision:
      application.decision && application.decidedAt
        ? {
            outcome: application.decision,
            reason: application.decisionReason?.text ?? "",
            decidedAt: application.decidedAt.toISOString(),
          }
        : null,
    expectedSteps: expectedSteps(application, service.definition.steps, parts.now),
    timeline: parts.events.map((event) => ({
      kind: event.kind,
      occurredAt: event.occurredAt.toISOString(),
      details: event.details,
    })),
    rating: parts.rating,
  };
}
