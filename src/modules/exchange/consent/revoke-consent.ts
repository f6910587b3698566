import { recordAudit } from "@/core/audit";
import { type Database, transaction } from "@/core/db/database";
import { AppError } from "@/core/errors";

import {
  type ConsentRecord,
  markConsentRevoked,
  selectCitizenSubjectHash,
  selectOwnConsent,
} from "./repo";

/**
 * Withdraws one of the person's consents. It takes effect at once: the call
 * path reads live consents on every call, so the next fetch is refused.
 * Withdrawing a consent already withdrawn changes nothing.
 */
export async function revokeConsent(options: {
  db: Database;
  citizenId: string;
  consentId: string;
  assurance?: string | null;
  requestId?: string | undefined;
}): Promise<{ consent: ConsentRecord; isChanged: boolean }> {
  const { db, citizenId } = options;
  const subjectHash = await selectCitizenSubjectHash(db, citizenId);
  return transaction(db, async (tx) => {
    const consent = await selectOwnConsent(tx, { citizenId, subjectHash }, options.consentId, {
      forUpdate: true,
    });
    // Another person's consent is answered as if it did not exist.
    if (!consent) throw new AppError("not_found", "There is no such consent.");
    if (consent.revokedAt) return { consent, isChanged: false };
    const revokedAt = await markConsentRevoked(tx, consent.id);
    await recordAudit(tx, {
      action: "exchange.consent_revoked",
      actor: { type: "citizen", citizenId, assurance: options.assurance ?? null },
      agencyId: consent.consumerAgencyId,
      target: { type: "exchange_consent", id: consent.id },
      requestId: options.requestId,
      details: { dataServiceId: consent.dataServiceId, purpose: consent.purpose },
    });
    return { consent: { ...consent, revokedAt }, isChanged: true };
  });
}
