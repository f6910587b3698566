import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";
import type { GrantStatus } from "@/modules/exchange/schema";

import { findGrantOf, type GrantView, viewGrants } from "./grant-views";
import { authorizeGrantView } from "./policy";
import { selectGrants } from "./repo";
import type { GrantRole } from "./schema";

/**
 * The agency's access rights: as provider, the requests it is asked to
 * decide and the grants it made; as consumer, its own requests and grants.
 */
export async function listGrants({
  db,
  instance,
  actor,
  agencyId,
  role,
  status,
}: {
  db: Database;
  instance: string;
  actor: Actor;
  agencyId: string;
  role?: GrantRole | undefined;
  status?: GrantStatus | undefined;
}): Promise<GrantView[]> {
  authorizeGrantView(actor, agencyId);
  const grants = await withinAgency(db, agencyId, (scope) => selectGrants(scope, { role, status }));
  return viewGrants(db, { instance, grants });
}

/** One access right the agency is party to; 404 for any other. */
export async function getGrant({
  db,
  instance,
  actor,
  agencyId,
  grantId,
}: {
  db: Database;
  instance: string;
  actor: Actor;
  agencyId: string;
  grantId: string;
}): Promise<GrantView> {
  authorizeGrantView(actor, agencyId);
  const grant = await findGrantOf(db, { agencyId, grantId });
  const [view] = await viewGrants(db, { instance, grants: [grant] });
  return view!;
}
