import type { Queryable } from "@/core/db/database";
import { searchTerms } from "@/core/i18n";

import { selectPublishedServices } from "./repo";
import type { LifeEvent, ServiceCategory, ServiceSummary } from "./schema";

/** The catalogue: current versions of published services, found by words and filters. */
export function listPublishedServices({
  db,
  search,
  agencyCode,
  category,
  lifeEvent,
}: {
  db: Queryable;
  search?: string | undefined;
  agencyCode?: string | undefined;
  category?: ServiceCategory | undefined;
  lifeEvent?: LifeEvent | undefined;
}): Promise<ServiceSummary[]> {
  return selectPublishedServices(db, {
    terms: search ? searchTerms(search) : [],
    agencyCode: agencyCode?.toUpperCase(),
    category,
    lifeEvent,
  });
}
