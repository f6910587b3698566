import { recordAudit } from "@/core/audit";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { selectAgencyByCode } from "@/modules/agencies";

import { validateDefinition } from "./definition-problems";
import { insertServiceVersion, selectServiceForUpdate } from "./repo";
import { searchDocument } from "./search-document";
import { authorizeServiceChange, authorOfficerId, type ServiceAuthor } from "./service-policy";

/**
 * Publishes a service's draft as its next version. Earlier versions stay as
 * they were: applications started on them keep referring to them.
 */
export async function publishService({
  db,
  author,
  agencyCode,
  serviceId,
  requestId,
}: {
  db: Database | Transaction;
  author: ServiceAuthor;
  agencyCode: string;
  serviceId: string;
  requestId?: string | undefined;
}): Promise<{ serviceId: string; version: number; publishedAt: Date }> {
  const agency = await selectAgencyByCode(db, agencyCode);
  if (!agency) throw new AppError("not_found", `No agency has code ${agencyCode}.`);
  authorizeServiceChange(author, "service.publish", agency.id);
  return withinAgency(db, agency.id, async (scope) => {
    const service = await selectServiceForUpdate(scope, serviceId);
    if (!service) throw new AppError("not_found", `The agency has no service ${serviceId}.`);
    const validation = validateDefinition(service.draft);
    if (!validation.ok) {
      throw new AppError("validation_failed", "The draft is not a complete service definition.", {
        fields: validation.problems,
      });
    }
    const version = (service.publishedVersion ?? 0) + 1;
    const publishedAt = await insertServiceVersion(scope, {
      serviceId,
      version,
      definition: validation.definition,
      searchText: searchDocument(validation.definition, agency),
      publishedBy: authorOfficerId(author),
    });
    await recordAudit(scope.tx, {
      action: "service.published",
      actor: author,
      agencyId: agency.id,
      target: { type: "service", id: serviceId },
      requestId,
      details: { version },
    });
    return { serviceId, version, publishedAt };
  });
}
