import type { Queryable } from "@/core/db/database";
import { selectAgencyByCode } from "@/modules/agencies";

import { registryRequirementsOf } from "./registry-requirement";
import type { ServiceDefinition } from "./schema";

/** The names of the agencies whose registries a service's form fetches from, by code. */
export async function providerNamesOf(
  db: Queryable,
  definition: Pick<ServiceDefinition, "documents">,
): Promise<Map<string, { nameTh: string; nameEn: string }>> {
  const names = new Map<string, { nameTh: string; nameEn: string }>();
  for (const { requirement } of registryRequirementsOf(definition)) {
    if (names.has(requirement.provider)) continue;
    const agency = await selectAgencyByCode(db, requirement.provider);
    if (agency) names.set(agency.code, { nameTh: agency.nameTh, nameEn: agency.nameEn });
  }
  return names;
}
