import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import { findCatalogueEntry } from "./catalogue-repo";
import { grantOfProvider, type ProviderGrantChange } from "./decide-grant";
import { type GrantView, viewGrants } from "./grant-views";
import { grantMessages } from "./messages";
import { authorizeGrantChange } from "./policy";
import { recordGrantEvent } from "./record-grant-event";
import { updateGrantRevoked } from "./repo";
import { actorIdOf } from "./request-grant";
import { fieldProblem, GrantRevocationInputSchema, invalidGrant, parseGrantInput } from "./schema";

const problem = grantMessages.problems;

/**
 * The provider ends an approved grant, saying why (`{ note }`, for the
 * consumer). It takes effect at once: the next call finds no approved grant
 * and is refused.
 */
export async function revokeGrant({
  db,
  instance,
  actor,
  providerAgencyId,
  grantId,
  input,
  requestId,
}: ProviderGrantChange): Promise<GrantView> {
  authorizeGrantChange(actor, providerAgencyId);
  const grant = await grantOfProvider(db, { providerAgencyId, grantId });
  const { note } = parseGrantInput(GrantRevocationInputSchema, input);
  const notApproved = () =>
    new AppError("conflict", "Only an approved grant can be revoked.", {
      fields: [fieldProblem("grant", problem.notApproved)],
    });
  if (grant.status !== "approved") throw notApproved();
  const service = await findCatalogueEntry(db, {
    instance,
    dataServiceId: grant.dataServiceId,
    includeRetired: true,
  });
  if (!service) throw invalidGrant([fieldProblem("service", problem.service)]);
  const revoked = await withinAgency(db, providerAgencyId, async (scope) => {
    const updated = await updateGrantRevoked(scope, {
      id: grant.id,
      decidedBy: actorIdOf(actor),
      note,
    });
    if (!updated) throw notApproved();
    await recordGrantEvent(scope, {
      event: "revoked",
      grant: updated,
      service,
      actor,
      requestId,
      details: { note },
    });
    return updated;
  });
  const [view] = await viewGrants(db, { instance, grants: [revoked] });
  return view!;
}
