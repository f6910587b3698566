import type { Queryable } from "@/core/db/database";

import { selectServiceStanding, type ServiceStanding } from "./console-repo";

/**
 * Whether a service takes new applications: only while it is published.
 * A draft never published, a retired service or an unknown id does not.
 * Applications already made keep the version they started on whatever
 * this says; it answers only for new ones.
 */
export async function isServiceOpenForApplications({
  db,
  serviceId,
}: {
  db: Queryable;
  serviceId: string;
}): Promise<boolean> {
  const standing = await selectServiceStanding(db, serviceId);
  return standing?.status === "published" && standing.publishedVersion !== null;
}

/** Where a service stands for the public (published, retired with its reason, or a draft), or null. */
export function getServiceStanding({
  db,
  serviceId,
}: {
  db: Queryable;
  serviceId: string;
}): Promise<ServiceStanding | null> {
  return selectServiceStanding(db, serviceId);
}
