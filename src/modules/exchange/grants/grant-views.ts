import { z } from "zod";

import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { selectAgencyById } from "@/modules/agencies";
import type { AgencyRef } from "@/modules/exchange/lookups";

import { type CatalogueEntry, selectCatalogue } from "./catalogue-repo";
import { type GrantRecord, selectGrant } from "./repo";

/** A grant with the parties and the data service named, as pages and the API show it. */
export interface GrantView {
  grant: GrantRecord;
  service: CatalogueEntry;
  provider: AgencyRef;
  consumer: AgencyRef;
  /** Approved, but past its expiry: the call path no longer honours it. */
  isExpired: boolean;
}

/**
 * Names the parties and services of grants. The data services and agencies
 * are public (the catalogue and the directory), so they are read unscoped,
 * after the grants themselves were read within the agency's scope.
 */
export async function viewGrants(
  db: Database,
  { instance, grants, now = new Date() }: { instance: string; grants: GrantRecord[]; now?: Date },
): Promise<GrantView[]> {
  const services = new Map(
    (
      await selectCatalogue(db, {
        instance,
        dataServiceIds: [...new Set(grants.map((grant) => grant.dataServiceId))],
        includeRetired: true,
      })
    ).map((entry) => [entry.dataServiceId, entry]),
  );
  const agencies = new Map<string, AgencyRef>();
  const agencyOf = async (id: string): Promise<AgencyRef> => {
    let agency = agencies.get(id);
    if (!agency) {
      const found = await selectAgencyById(db, id);
      agency = found
        ? { id, code: found.code, nameTh: found.nameTh, nameEn: found.nameEn }
        : { id, code: "?", nameTh: "?", nameEn: "?" };
      agencies.set(id, agency);
    }
    return agency;
  };
  const views: GrantView[] = [];
  for (const grant of grants) {
    const service = services.get(grant.dataServiceId);
    if (!service) throw new Error(`The data service of grant ${grant.id} is missing.`);
    views.push({
      grant,
      service,
      provider: service.provider,
      consumer: await agencyOf(grant.consumerAgencyId),
      isExpired: grant.status === "approved" && grant.expiresAt !== null && grant.expiresAt <= now,
    });
  }
  return views;
}

/** A grant the agency is party to, or 404: to anyone else it does not exist. */
export async function findGrantOf(
  db: Database,
  { agencyId, grantId }: { agencyId: string; grantId: string },
): Promise<GrantRecord> {
  if (!z.uuid().safeParse(grantId).success) {
    throw new AppError("not_found", "There is no such access right.");
  }
  const grant = await withinAgency(db, agencyId, (scope) => selectGrant(scope, grantId));
  if (!grant) throw new AppError("not_found", "There is no such access right.");
  return grant;
}
