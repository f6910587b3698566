import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import {
  type ManagedService,
  selectAgencyService,
  selectAgencyServices,
  selectServiceVersionList,
  type VersionEntry,
} from "./console-repo";
import { ServiceIdSchema } from "./schema";

type Handle = Database | Transaction;

/** The agency's services as its staff manage them: drafts, published and retired. */
export function listAgencyServices({
  db,
  agencyId,
}: {
  db: Handle;
  agencyId: string;
}): Promise<ManagedService[]> {
  return withinAgency(db, agencyId, selectAgencyServices);
}

/**
 * One service of the agency with its published versions, newest first. A
 * service of another agency is not found, the same as one that never existed.
 */
export function getAgencyService({
  db,
  agencyId,
  serviceId,
}: {
  db: Handle;
  agencyId: string;
  serviceId: string;
}): Promise<ManagedService & { versions: VersionEntry[] }> {
  return withinAgency(db, agencyId, async (scope) => {
    const id = ServiceIdSchema.safeParse(serviceId);
    const service = id.success ? await selectAgencyService(scope, id.data) : null;
    if (!service) throw new AppError("not_found", "The agency has no service with this id.");
    return { ...service, versions: await selectServiceVersionList(scope, service.id) };
  });
}
