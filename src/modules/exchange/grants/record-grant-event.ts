import { type AuditEntry, recordAudit } from "@/core/audit";
import type { AgencyScope } from "@/core/db/tenant";

import type { CatalogueEntry } from "./catalogue-repo";
import { type GrantEvent, queueGrantNotice } from "./grant-notices";
import type { GrantRecord } from "./repo";

/** The side that acts on each event; the other side is told. */
const actingSide: Record<GrantEvent, "provider" | "consumer"> = {
  requested: "consumer",
  withdrawn: "consumer",
  approved: "provider",
  rejected: "provider",
  revoked: "provider",
};

/**
 * Writes what happened to a grant where both agencies will look for it: one
 * audit record on each agency's chain (once when an agency grants itself),
 * and a notice to the other side through the outbox, all in the caller's
 * transaction.
 */
export async function recordGrantEvent(
  scope: AgencyScope,
  {
    event,
    grant,
    service,
    actor,
    requestId,
    details = {},
    isOtherSideTold = true,
  }: {
    event: GrantEvent;
    grant: GrantRecord;
    service: CatalogueEntry;
    actor: AuditEntry["actor"];
    requestId?: string | undefined;
    details?: Record<string, unknown>;
    /** Demo data is loaded without mailing anyone. */
    isOtherSideTold?: boolean;
  },
): Promise<void> {
  const parties = [...new Set([grant.providerAgencyId, grant.consumerAgencyId])];
  for (const agencyId of parties) {
    await recordAudit(scope.tx, {
      action: `exchange_grant.${event}`,
      actor,
      agencyId,
      target: { type: "exchange_grant", id: grant.id },
      requestId,
      details: {
        service: service.serviceId,
        providerAgencyId: grant.providerAgencyId,
        consumerAgencyId: grant.consumerAgencyId,
        consumerSubsystem: grant.consumerSubsystem,
        purpose: grant.purpose,
        basis: grant.basis,
        fields: grant.fields,
        expiresAt: grant.expiresAt,
        rateLimitPerMinute: grant.rateLimitPerMinute,
        ...details,
      },
    });
  }
  const actingAgencyId =
    actingSide[event] === "provider" ? grant.providerAgencyId : grant.consumerAgencyId;
  const otherAgencyId =
    actingSide[event] === "provider" ? grant.consumerAgencyId : grant.providerAgencyId;
  if (!isOtherSideTold || otherAgencyId === actingAgencyId) return;
  await queueGrantNotice(scope.tx, {
    agencyId: otherAgencyId,
    fromAgencyId: actingAgencyId,
    grantId: grant.id,
    event,
    service: service.serviceId,
    serviceName: service.name,
    purposeText: grant.purposeText,
    note: grant.decisionNote,
  });
}
