import { z } from "@hono/zod-openapi";

import { recordAudit } from "@/core/audit";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { selectAgencyByCode } from "@/modules/agencies";

import { markServiceRetired } from "./console-repo";
import { selectServiceForUpdate } from "./repo";
import { authorizeServiceChange, type ServiceAuthor } from "./service-policy";

/** Why a service is no longer offered, as its page tells the public in both languages. */
export const RetirementReasonSchema = z
  .object({
    th: z.string().trim().min(1).max(1000),
    en: z.string().trim().min(1).max(1000),
  })
  .strict()
  .openapi("RetirementReason");

export type RetirementReason = z.infer<typeof RetirementReasonSchema>;

/**
 * Takes a published service out of the catalogue and closes it to new
 * applications. Its versions stay readable, and applications already made
 * keep theirs; publishing again reinstates it.
 */
export async function retireService({
  db,
  author,
  agencyCode,
  serviceId,
  reason,
  requestId,
}: {
  db: Database | Transaction;
  author: ServiceAuthor;
  agencyCode: string;
  serviceId: string;
  reason: RetirementReason;
  requestId?: string | undefined;
}): Promise<{ serviceId: string; version: number; retiredAt: Date }> {
  const agency = await selectAgencyByCode(db, agencyCode);
  if (!agency) throw new AppError("not_found", `No agency has code ${agencyCode}.`);
  authorizeServiceChange(author, "service.retire", agency.id);
  return withinAgency(db, agency.id, async (scope) => {
    const service = await selectServiceForUpdate(scope, serviceId);
    if (!service) throw new AppError("not_found", `The agency has no service ${serviceId}.`);
    if (service.status !== "published" || service.publishedVersion === null) {
      throw new AppError(
        "conflict",
        service.status === "retired"
          ? `The service ${serviceId} is already retired.`
          : `The service ${serviceId} has never been published.`,
      );
    }
    const retiredAt = await markServiceRetired(scope, serviceId, reason);
    await recordAudit(scope.tx, {
      action: "service.retired",
      actor: author,
      agencyId: agency.id,
      target: { type: "service", id: serviceId },
      requestId,
      details: { version: service.publishedVersion, reason },
    });
    return { serviceId, version: service.publishedVersion, retiredAt };
  });
}
