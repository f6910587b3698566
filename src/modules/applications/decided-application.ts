import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { getPublishedService, type PublishedService } from "@/modules/services";

import { selectApplication } from "./repo";

/** What the result document of an approved application is made from. */
export interface ApprovedApplication {
  id: string;
  reference: string;
  citizenId: string;
  answers: Record<string, unknown>;
  locale: "th" | "en";
  decidedAt: Date;
  service: PublishedService;
}

/** The application, if it is approved; anything else (rejected, unknown) is null. */
export async function findApprovedApplication(options: {
  db: Database;
  agencyId: string;
  applicationId: string;
}): Promise<ApprovedApplication | null> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const application = await selectApplication(scope, options.applicationId);
    if (!application || application.decision !== "approved" || !application.decidedAt) return null;
    const service = await getPublishedService({
      db: scope.tx,
      serviceId: application.serviceId,
      version: application.serviceVersion,
    });
    return {
      id: application.id,
      reference: application.reference,
      citizenId: application.citizenId,
      answers: application.answers,
      locale: application.locale,
      decidedAt: application.decidedAt,
      service,
    };
  });
}
