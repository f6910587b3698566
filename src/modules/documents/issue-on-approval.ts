import { z } from "zod";

import { findCitizen } from "@/core/auth/citizens";
import { withinAgency } from "@/core/db/tenant";
import { isAppError } from "@/core/errors";
import { defineJobHandler, PermanentJobError } from "@/core/jobs";
import { selectAgencyById } from "@/modules/agencies";
import { type ApprovedApplication, findApprovedApplication } from "@/modules/applications";
import { answerText, findField } from "@/modules/services";

import { isCalendarDate } from "./document-data";
import { selectDocumentTypeForService } from "./document-type-repo";
import { issueDocument } from "./issue-document";
import type { DocumentType } from "./schema";

/** A date as the data carries it, in Bangkok. */
function bangkokDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok" }).format(instant);
}

/**
 * The document's data from the application: a field takes the answer to the
 * form question of the same id, or one of the facts every application has.
 */
export function dataFromApplication(
  documentType: Pick<DocumentType, "fields">,
  application: ApprovedApplication,
): Record<string, string> {
  const facts: Record<string, string> = {
    applicationReference: application.reference,
    decidedOn: bangkokDate(application.decidedAt),
    serviceName: application.service.definition.name[application.locale],
  };
  const form = application.service.definition.form;
  const data: Record<string, string> = {};
  for (const field of documentType.fields) {
    const fact = facts[field.key];
    if (fact !== undefined) {
      data[field.key] = fact;
      continue;
    }
    const answer = application.answers[field.key];
    const question = form ? findField(form, field.key) : undefined;
    if (answer === undefined || answer === null || answer === "") continue;
    if (field.type === "date" && typeof answer === "string" && isCalendarDate(answer)) {
      data[field.key] = answer;
    } else if (question) {
      data[field.key] = answerText(question, answer, application.locale);
    } else if (typeof answer === "string" || typeof answer === "number") {
      data[field.key] = String(answer);
    }
  }
  return data;
}

/**
 * `document.issue`, queued with an approval: issues the service's result
 * document to the applicant. A service with no document type issues nothing.
 * Safe to run twice: the application's id is the idempotency key.
 */
export const issueOnApprovalJob = defineJobHandler({
  kind: "document.issue",
  payload: z.object({ applicationId: z.uuid() }),
  async handle(job, { db, config, secrets, logger }) {
    if (!job.agencyId) throw new PermanentJobError("A document.issue job names no agency");
    if (!secrets) throw new Error("This worker has no secret key to sign documents with");
    const agencyId = job.agencyId;
    const application = await findApprovedApplication({
      db,
      agencyId,
      applicationId: job.payload.applicationId,
    });
    if (!application) {
      throw new PermanentJobError(`Application ${job.payload.applicationId} is not approved`);
    }
    const documentType = await withinAgency(db, agencyId, (scope) =>
      selectDocumentTypeForService(scope, application.service.id),
    );
    if (!documentType) {
      logger.info({ serviceId: application.service.id }, "The service issues no document");
      return;
    }
    const [agency, citizen] = await Promise.all([
      selectAgencyById(db, agencyId),
      findCitizen({ db, citizenId: application.citizenId }),
    ]);
    if (!agency) throw new PermanentJobError(`Agency ${agencyId} does not exist`);
    const answeredName = application.answers["applicantName"];
    const holderName =
      (application.locale === "en" ? citizen?.nameEn : citizen?.nameTh) ??
      citizen?.nameTh ??
      (typeof answeredName === "string" ? answeredName : null);
    if (!holderName) {
      throw new PermanentJobError(
        `The applicant of ${application.reference} has no name on record`,
      );
    }
    const data = dataFromApplication(documentType, application);
    await issueDocument({
      db,
      secrets,
      config,
      agency,
      documentType,
      holder: { citizenId: application.citizenId, name: holderName },
      data,
      idempotencyKey: `application:${application.id}`,
      applicationId: application.id,
      locale: application.locale,
      actor: { type: "system", id: "document.issue" },
    }).catch((error: unknown) => {
      // Data that does not fit the document type will not fit on a retry either.
      if (isAppError(error) && error.code === "validation_failed") {
        const fields = error.fields.map((field) => field.field).join(", ");
        throw new PermanentJobError(
          `The document for ${application.reference} cannot be issued: ${fields}`,
          { cause: error },
        );
      }
      throw error;
    });
  },
});
