import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { RegistryRequirement } from "@/modules/services";

import { type ConsentRequestDetails, explainConsentRequest } from "../consent/consent-request";
import { giveConsent } from "../consent/give-consent";

/**
 * Records the person's consent to an e-service fetching a requirement, in
 * the words they were shown, for the e-service's agency and the
 * requirement's purpose. Given twice (two tabs, a double press), the
 * consent in force is returned as it is.
 */
export async function consentToRequirement(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  citizen: { citizenId: string; assurance: string | null };
  subjectHash: string;
  serviceId: string;
  requirement: RegistryRequirement;
  dataServiceId: string;
  details: ConsentRequestDetails;
  requestId?: string | undefined;
}): Promise<{ consentId: string }> {
  const { consent } = await giveConsent({
    db: options.db,
    secrets: options.secrets,
    citizen: options.citizen,
    subjectHash: options.subjectHash,
    consumerAgencyId: options.details.consumerAgencyId,
    dataServiceId: options.dataServiceId,
    purpose: options.requirement.purpose,
    serviceId: options.serviceId,
    explanation: explainConsentRequest(options.details),
    instance: options.config.exchange.instance,
    requestId: options.requestId,
  });
  return { consentId: consent.id };
}
