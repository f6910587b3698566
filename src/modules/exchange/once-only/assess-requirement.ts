import type { Queryable } from "@/core/db/database";
import type { RegistryRequirement } from "@/modules/services";

import { type ConsentRequestDetails, describeConsentRequest } from "../consent/consent-request";
import { findApplicableGrant, findDataServiceByPath, findLiveConsent } from "../lookups";

export type RequirementAssessment =
  /** Fetch now: no consent is needed, one is in force, or the call will be refused anyway (and logged). */
  | { kind: "fetch"; consentId: string | null }
  /** The person must be asked first. */
  | { kind: "ask"; dataServiceId: string; details: ConsentRequestDetails };

/**
 * Whether an e-service may fetch a requirement for this person now, or
 * must ask for consent first: when the grant rests on consent or the data
 * service always needs it, and no consent is in force. Without a grant or a
 * data service there is nothing to consent to: the call is made, refused and
 * logged, and the person attaches a copy.
 */
export async function assessRequirement(options: {
  db: Queryable;
  consumerAgencyId: string;
  /** The e-service's id: the consumer's subsystem. */
  serviceId: string;
  requirement: RegistryRequirement;
  /** `secrets.hashNationalId` of the person's national ID. */
  subjectHash: string;
  at?: Date;
}): Promise<RequirementAssessment> {
  const { db, requirement } = options;
  const at = options.at ?? new Date();
  const resolved = await findDataServiceByPath({
    db,
    providerCode: requirement.provider,
    registryCode: requirement.registry,
    serviceCode: requirement.dataService,
  });
  if (!resolved) return { kind: "fetch", consentId: null };
  const dataServiceId = resolved.dataService.id;
  const grant = await findApplicableGrant({
    db,
    dataServiceId,
    consumerAgencyId: options.consumerAgencyId,
    subsystem: options.serviceId,
    purpose: requirement.purpose,
    at,
  });
  if (!grant) return { kind: "fetch", consentId: null };
  if (grant.basis !== "consent" && !resolved.dataService.consentRequired)
    return { kind: "fetch", consentId: null };
  const consent = await findLiveConsent({
    db,
    subjectHash: options.subjectHash,
    consumerAgencyId: options.consumerAgencyId,
    dataServiceId,
    purpose: requirement.purpose,
    at,
  });
  if (consent) return { kind: "fetch", consentId: consent.id };
  const details = await describeConsentRequest({
    db,
    consumerAgencyId: options.consumerAgencyId,
    subsystem: options.serviceId,
    dataServiceId,
    purpose: requirement.purpose,
  });
  return details ? { kind: "ask", dataServiceId, details } : { kind: "fetch", consentId: null };
}
