import { z } from "@hono/zod-openapi";

import { DATA_USE_PAGE_PATH, readConsentReceipt } from "./consent-receipt";
import type { ConsentState } from "./list-consents";
import type { ConsentListing, ConsentRecord } from "./repo";

const Bilingual = z.object({ th: z.string(), en: z.string() });
const consentStates = ["live", "revoked", "expired"] as const satisfies readonly ConsentState[];

export const ConsentViewSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(consentStates),
    consumer: z.object({ code: z.string(), name: Bilingual }),
    provider: z.object({ code: z.string(), name: Bilingual }),
    dataService: z.object({ id: z.uuid(), name: Bilingual }),
    purpose: z.string(),
    serviceId: z.string().nullable(),
    explanation: Bilingual,
    givenAt: z.string().openapi({ format: "date-time" }),
    expiresAt: z.string().openapi({ format: "date-time" }).nullable(),
    revokedAt: z.string().openapi({ format: "date-time" }).nullable(),
    receiptUrl: z.string(),
  })
  .openapi("Consent");

export const ConsentReceiptViewSchema = z
  .object({
    consentId: z.uuid(),
    state: z.enum(consentStates),
    revokedAt: z.string().openapi({ format: "date-time" }).nullable(),
    jws: z.string().openapi({
      description:
        "The receipt: a compact JWS (ES256) signed by the consumer agency; its `kid` names the key, published with the agency's keys",
    }),
    claims: z.record(z.string(), z.unknown()).openapi({
      description:
        "The receipt's claims, read from the JWS for convenience; the JWS is what counts",
    }),
    withdrawal: z.string(),
  })
  .openapi("ConsentReceipt");

export function receiptPathOf(consentId: string): string {
  return `/me/consents/${consentId}/receipt`;
}

export function presentConsent(consent: ConsentListing & { state: ConsentState }) {
  return {
    id: consent.id,
    state: consent.state,
    consumer: consent.consumer,
    provider: consent.provider,
    dataService: { id: consent.dataServiceId, name: consent.dataServiceName },
    purpose: consent.purpose,
    serviceId: consent.serviceId,
    explanation: consent.explanation,
    givenAt: consent.givenAt.toISOString(),
    expiresAt: consent.expiresAt?.toISOString() ?? null,
    revokedAt: consent.revokedAt?.toISOString() ?? null,
    receiptUrl: receiptPathOf(consent.id),
  };
}

export function presentReceipt(consent: ConsentRecord & { state: ConsentState }) {
  return {
    consentId: consent.id,
    state: consent.state,
    revokedAt: consent.revokedAt?.toISOString() ?? null,
    jws: consent.receipt ?? "",
    claims: consent.receipt ? { ...readConsentReceipt(consent.receipt) } : {},
    withdrawal: DATA_USE_PAGE_PATH,
  };
}
