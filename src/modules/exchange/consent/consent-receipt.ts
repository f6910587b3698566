import { decodeJwt } from "jose";

import { signCompactJws, verifyCompactJws } from "@/core/crypto/jws";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";

import { type BilingualText, formatClientId, formatServiceId, MEMBER_CLASS } from "../schema";
import type { ConsentSubjectMatter } from "./repo";

export const CONSENT_RECEIPT_JWS_TYPE = "pratu-consent-receipt+jws";

/** Where the person sees and withdraws their consents; every receipt names it. */
export const DATA_USE_PAGE_PATH = "/me/data-use";

/**
 * The claims of a consent receipt, after the Kantara Initiative's Consent
 * Receipt Specification (v1.1): who the controller is, whose data, which
 * service and purpose, on what basis, when, and until when. The person is
 * named by the keyed hash of their national ID only: a receipt leaks
 * nothing if it is shared.
 */
export interface ConsentReceiptClaims {
  version: "KI-CR-v1.1.0";
  jurisdiction: "TH";
  /** The controller that signs: the consumer agency as an exchange member. */
  iss: string;
  jti: string;
  iat: number;
  exp?: number;
  consentReceiptID: string;
  consentTimestamp: number;
  collectionMethod: string;
  language: "th";
  piiPrincipalId: string;
  piiControllers: { piiController: BilingualText; memberId: string; agencyCode: string }[];
  services: {
    service: string;
    serviceName: BilingualText;
    provider: { memberId: string; agencyCode: string; name: BilingualText };
    purposes: {
      purpose: string;
      consentType: "EXPLICIT";
      piiCategory: string[];
      primaryPurpose: true;
      termination: string;
      thirdPartyDisclosure: true;
      thirdPartyName: BilingualText;
    }[];
  }[];
  basis: "consent";
  /** The words the person agreed to, exactly as shown. */
  explanation: BilingualText;
  expiresAt: string | null;
  /** Where the consent is withdrawn. */
  withdrawal: string;
  sensitive: false;
}

export function consentReceiptClaims(options: {
  consentId: string;
  subjectHash: string;
  matter: ConsentSubjectMatter;
  purpose: string;
  serviceId: string | null;
  explanation: BilingualText;
  givenAt: Date;
  expiresAt: Date | null;
  instance: string;
}): ConsentReceiptClaims {
  const { matter, instance } = options;
  const consumerMember = formatClientId({
    instance,
    memberClass: MEMBER_CLASS,
    memberCode: matter.consumer.code,
    subsystemCode: null,
  });
  const providerMember = formatClientId({
    instance,
    memberClass: MEMBER_CLASS,
    memberCode: matter.provider.code,
    subsystemCode: null,
  });
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
  return {
    version: "KI-CR-v1.1.0",
    jurisdiction: "TH",
    iss: consumerMember,
    jti: options.consentId,
    iat: seconds(options.givenAt),
    ...(options.expiresAt ? { exp: seconds(options.expiresAt) } : {}),
    consentReceiptID: options.consentId,
    consentTimestamp: seconds(options.givenAt),
    collectionMethod: options.serviceId
      ? `e-service form ${consumerMember}/${options.serviceId}`
      : "Pratu",
    language: "th",
    piiPrincipalId: options.subjectHash,
    piiControllers: [
      {
        piiController: matter.consumer.name,
        memberId: consumerMember,
        agencyCode: matter.consumer.code,
      },
    ],
    services: [
      {
        service: formatServiceId({
          instance,
          memberClass: MEMBER_CLASS,
          memberCode: matter.provider.code,
          subsystemCode: matter.registry.code,
          serviceCode: matter.dataService.code,
        }),
        serviceName: matter.dataService.name,
        provider: {
          memberId: providerMember,
          agencyCode: matter.provider.code,
          name: matter.provider.name,
        },
        purposes: [
          {
            purpose: options.purpose,
            consentType: "EXPLICIT",
            piiCategory: matter.dataService.fields,
            primaryPurpose: true,
            termination: options.expiresAt
              ? `${options.expiresAt.toISOString()} or withdrawal`
              : "withdrawal",
            thirdPartyDisclosure: true,
            thirdPartyName: matter.provider.name,
          },
        ],
      },
    ],
    basis: "consent",
    explanation: options.explanation,
    expiresAt: options.expiresAt?.toISOString() ?? null,
    withdrawal: DATA_USE_PAGE_PATH,
    sensitive: false,
  };
}

/** Signs the receipt with the consumer agency's key: the controller vouches for what was agreed. */
export async function signConsentReceipt(options: {
  db: Database;
  secrets: SecretBox;
  consumerAgencyId: string;
  claims: ConsentReceiptClaims;
}): Promise<string> {
  const signer = await agencySigner({
    db: options.db,
    secrets: options.secrets,
    agencyId: options.consumerAgencyId,
  });
  return signCompactJws({ signer, type: CONSENT_RECEIPT_JWS_TYPE, payload: options.claims });
}

/** The claims a receipt carries, read without checking the signature (for showing it). */
export function readConsentReceipt(jws: string): ConsentReceiptClaims {
  return decodeJwt(jws) as unknown as ConsentReceiptClaims;
}

/** Checks a receipt against the key it names; anyone may ask. */
export async function verifyConsentReceipt(options: { db: Database; jws: string }) {
  return verifyCompactJws({ db: options.db, jws: options.jws, type: CONSENT_RECEIPT_JWS_TYPE });
}
