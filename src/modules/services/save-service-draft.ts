import { z } from "@hono/zod-openapi";

import { recordAudit } from "@/core/audit";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { selectAgencyByCode } from "@/modules/agencies";

import {
  type DefinitionProblem,
  definitionProblems,
  validateDefinition,
} from "./definition-problems";
import { claimServiceId, upsertServiceDraft } from "./repo";
import { ServiceIdSchema } from "./schema";
import { authorizeServiceChange, type ServiceAuthor } from "./service-policy";

/** What a draft must name before anything else can be said about it. */
const DraftIdentitySchema = z.looseObject({ id: ServiceIdSchema, agencyCode: z.string() });

/**
 * Keeps a work-in-progress definition. A draft may be incomplete; what it
 * still lacks comes back as problems, so an editor can show them while the
 * author works. Publishing later refuses a draft that has any.
 */
export async function saveServiceDraft({
  db,
  author,
  definition,
  requestId,
}: {
  db: Database | Transaction;
  author: ServiceAuthor;
  definition: unknown;
  requestId?: string | undefined;
}): Promise<{ serviceId: string; agencyId: string; problems: DefinitionProblem[] }> {
  const identity = DraftIdentitySchema.safeParse(definition);
  if (!identity.success) {
    throw new AppError("validation_failed", "A draft needs an id and an agency code.", {
      fields: definitionProblems(identity.error.issues, definition),
    });
  }
  const { id: serviceId, agencyCode } = identity.data;
  const agency = await selectAgencyByCode(db, agencyCode);
  if (!agency) {
    throw new AppError("validation_failed", `No agency has code ${agencyCode}.`, {
      fields: [{ field: "agencyCode", message: `No agency has code ${agencyCode}` }],
    });
  }
  authorizeServiceChange(author, "service.edit", agency.id);
  const validation = validateDefinition(definition);
  await withinAgency(db, agency.id, async (scope) => {
    if (!(await claimServiceId(scope, serviceId))) {
      throw new AppError("conflict", `Another agency already uses the service id ${serviceId}.`, {
        fields: [{ field: "id", message: `The id ${serviceId} is taken` }],
      });
    }
    await upsertServiceDraft(scope, serviceId, definition);
    await recordAudit(scope.tx, {
      action: "service.draft_saved",
      actor: author,
      agencyId: agency.id,
      target: { type: "service", id: serviceId },
      requestId,
      details: { isComplete: validation.ok },
    });
  });
  return { serviceId, agencyId: agency.id, problems: validation.ok ? [] : validation.problems };
}
