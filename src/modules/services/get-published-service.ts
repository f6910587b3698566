import type { Queryable } from "@/core/db/database";
import { AppError } from "@/core/errors";

import { selectPublishedVersion } from "./repo";
import { type PublishedService, totalWorkingDays } from "./schema";

/** A published service as the public reads it: its current version, or the one asked for. */
export async function getPublishedService({
  db,
  serviceId,
  version,
}: {
  db: Queryable;
  serviceId: string;
  version?: number | undefined;
}): Promise<PublishedService> {
  const found = await selectPublishedVersion(db, serviceId, version);
  if (!found) throw new AppError("not_found", `No published service ${serviceId}.`);
  return {
    id: found.serviceId,
    version: found.version,
    agency: found.agency,
    publishedAt: found.publishedAt.toISOString(),
    totalWorkingDays: totalWorkingDays(found.definition),
    definition: found.definition,
  };
}
