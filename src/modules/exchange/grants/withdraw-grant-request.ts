import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { findCatalogueEntry } from "./catalogue-repo";
import { findGrantOf } from "./grant-views";
import { grantMessages } from "./messages";
import { authorizeGrantChange } from "./policy";
import { recordGrantEvent } from "./record-grant-event";
import { deleteRequestedGrant } from "./repo";
import { fieldProblem } from "./schema";

const problem = grantMessages.problems;

/**
 * The consumer takes back a request the provider has not decided on yet.
 * It never allowed anything, so it leaves the list of grants; the audit
 * records on both agencies' chains keep what was asked and withdrawn.
 */
export async function withdrawGrantRequest({
  db,
  instance,
  actor,
  consumerAgencyId,
  grantId,
  requestId,
}: {
  db: Database;
  instance: string;
  actor: Actor;
  consumerAgencyId: string;
  grantId: string;
  requestId?: string | undefined;
}): Promise<void> {
  authorizeGrantChange(actor, consumerAgencyId);
  const grant = await findGrantOf(db, { agencyId: consumerAgencyId, grantId });
  if (grant.consumerAgencyId !== consumerAgencyId) {
    throw new AppError("forbidden", "Only the consumer withdraws its request.", {
      fields: [fieldProblem("grant", problem.notConsumer)],
    });
  }
  const notPending = () =>
    new AppError("conflict", "The request is no longer pending.", {
      fields: [fieldProblem("grant", problem.notRequested)],
    });
  if (grant.status !== "requested") throw notPending();
  const service = await findCatalogueEntry(db, {
    instance,
    dataServiceId: grant.dataServiceId,
    includeRetired: true,
  });
  if (!service) throw new AppError("not_found", "There is no such access right.");
  await withinAgency(db, consumerAgencyId, async (scope) => {
    const withdrawn = await deleteRequestedGrant(scope, grant.id);
    if (!withdrawn) throw notPending();
    await recordGrantEvent(scope, {
      event: "withdrawn",
      grant: withdrawn,
      service,
      actor,
      requestId,
      details: { purposeText: withdrawn.purposeText, legalBasis: withdrawn.legalBasis },
    });
  });
}
