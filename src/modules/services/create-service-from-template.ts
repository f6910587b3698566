import { recordAudit } from "@/core/audit";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Agency } from "@/modules/agencies";

import { isServiceIdClaimed } from "./console-repo";
import { type DefinitionProblem, describeProblem, validateDefinition } from "./definition-problems";
import { problemMessages } from "./problem-messages";
import { claimServiceId, upsertServiceDraft } from "./repo";
import { ServiceIdSchema } from "./schema";
import { authorizeServiceChange, type ServiceAuthor } from "./service-policy";
import { definitionFromTemplate, isServiceTemplateId } from "./service-templates";

const chooseTemplate = {
  th: "แบบตั้งต้น: โปรดเลือกจากรายการที่กำหนด",
  en: "Template: choose one from the list",
};

const serviceIdTaken = {
  th: "รหัสบริการนี้มีผู้ใช้แล้ว โปรดเลือกรหัสอื่น",
  en: "this id is already taken; choose another",
};

/**
 * Starts a new service of the agency from a template, as a draft under an id
 * its author chose. The id is the service's public address for good, so one
 * already held anywhere on the platform (by this agency too) is refused.
 */
export async function createServiceFromTemplate({
  db,
  author,
  agency,
  templateId,
  serviceId,
  requestId,
}: {
  db: Database | Transaction;
  author: ServiceAuthor;
  agency: Agency;
  templateId: string;
  serviceId: string;
  requestId?: string | undefined;
}): Promise<{ serviceId: string; problems: DefinitionProblem[] }> {
  authorizeServiceChange(author, "service.edit", agency.id);
  const problems: DefinitionProblem[] = [];
  const id = ServiceIdSchema.safeParse(serviceId);
  if (!id.success) problems.push(describeProblem(["id"], problemMessages.what.serviceId));
  if (!isServiceTemplateId(templateId)) {
    problems.push({ field: "template", message: chooseTemplate.en, messages: chooseTemplate });
  }
  if (!id.success || !isServiceTemplateId(templateId)) {
    throw new AppError("validation_failed", "Choose a template and a valid id.", {
      fields: problems,
    });
  }
  const definition = await definitionFromTemplate({
    templateId,
    serviceId: id.data,
    agencyCode: agency.code,
  });
  await withinAgency(db, agency.id, async (scope) => {
    if ((await isServiceIdClaimed(scope, id.data)) || !(await claimServiceId(scope, id.data))) {
      throw new AppError("conflict", `The service id ${id.data} is already taken.`, {
        fields: [describeProblem(["id"], serviceIdTaken)],
      });
    }
    await upsertServiceDraft(scope, id.data, definition);
    await recordAudit(scope.tx, {
      action: "service.created",
      actor: author,
      agencyId: agency.id,
      target: { type: "service", id: id.data },
      requestId,
      details: { template: templateId },
    });
  });
  const validation = validateDefinition(definition);
  return { serviceId: id.data, problems: validation.ok ? [] : validation.problems };
}
