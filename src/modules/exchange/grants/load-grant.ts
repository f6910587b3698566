import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import { recordGrantEvent } from "./record-grant-event";
import { insertGrant, selectGrantByKey } from "./repo";
import { resolveRequestedService } from "./request-grant";
import { DEFAULT_RATE_LIMIT_PER_MINUTE, GrantRequestInputSchema, parseGrantInput } from "./schema";

/**
 * Loads an access right as the platform itself (demo data, an import):
 * asked for by the consumer and, when `isApproved`, approved as asked, with
 * both agencies' audit records but no notices. A grant already there for
 * the same consumer, data service, subsystem and purpose, whatever became of
 * it, is left as it is, so loading again changes nothing. Resolves to
 * whether a grant was added.
 */
export async function loadGrant({
  db,
  instance,
  loadedBy,
  consumerAgencyId,
  input,
  isApproved,
}: {
  db: Database;
  instance: string;
  /** Who loads it, as the audit records name them, e.g. `demo-seed`. */
  loadedBy: string;
  consumerAgencyId: string;
  input: unknown;
  isApproved: boolean;
}): Promise<boolean> {
  const request = parseGrantInput(GrantRequestInputSchema, input);
  const service = await resolveRequestedService(db, { instance, service: request.service });
  if (!service) throw new AppError("not_found", `There is no data service ${request.service}.`);
  const actor = { type: "system" as const, id: loadedBy };
  return withinAgency(db, consumerAgencyId, async (scope) => {
    const key = {
      dataServiceId: service.dataServiceId,
      consumerSubsystem: request.subsystem ?? null,
      purpose: request.purpose,
    };
    if (await selectGrantByKey(scope, key)) return false;
    const grant = await insertGrant(scope, {
      id: newId(),
      providerAgencyId: service.provider.id,
      ...key,
      consumerAgencyId,
      purposeText: request.purposeText,
      basis: request.basis,
      legalBasis: request.legalBasis,
      fields: request.fields ?? null,
      expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
      rateLimitPerMinute: request.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      requestedBy: null,
      decision: isApproved ? { decidedBy: null, note: null } : undefined,
    });
    for (const event of isApproved
      ? (["requested", "approved"] as const)
      : (["requested"] as const)) {
      await recordGrantEvent(scope, { event, grant, service, actor, isOtherSideTold: false });
    }
    return true;
  });
}
