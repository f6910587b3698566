import type { Queryable } from "@/core/db/database";
import { AppError } from "@/core/errors";

import {
  type ConsentListing,
  type ConsentRecord,
  selectCitizenSubjectHash,
  selectConsentsOf,
  selectOwnConsent,
} from "./repo";

export type ConsentState = "live" | "revoked" | "expired";

/** Where a consent stands now. One closed because it lapsed was closed at its expiry. */
export function consentStateOf(
  consent: Pick<ConsentRecord, "revokedAt" | "expiresAt">,
  at = new Date(),
): ConsentState {
  if (consent.expiresAt && (consent.revokedAt ?? at) >= consent.expiresAt) return "expired";
  return consent.revokedAt ? "revoked" : "live";
}

/** Every consent of the person, live first, then newest first. */
export async function listConsents(options: {
  db: Queryable;
  citizenId: string;
}): Promise<(ConsentListing & { state: ConsentState })[]> {
  const subjectHash = await selectCitizenSubjectHash(options.db, options.citizenId);
  const consents = await selectConsentsOf(options.db, {
    citizenId: options.citizenId,
    subjectHash,
  });
  const now = new Date();
  return consents.map((consent) => ({ ...consent, state: consentStateOf(consent, now) }));
}

/** One consent of the person's, with its receipt; anyone else's is not found. */
export async function getOwnConsent(options: {
  db: Queryable;
  citizenId: string;
  consentId: string;
}): Promise<ConsentRecord & { state: ConsentState }> {
  const subjectHash = await selectCitizenSubjectHash(options.db, options.citizenId);
  const consent = await selectOwnConsent(
    options.db,
    { citizenId: options.citizenId, subjectHash },
    options.consentId,
  );
  if (!consent) throw new AppError("not_found", "There is no such consent.");
  return { ...consent, state: consentStateOf(consent) };
}
