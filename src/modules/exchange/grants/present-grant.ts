import type { z } from "@hono/zod-openapi";

import { formatClientId, MEMBER_CLASS } from "@/modules/exchange/schema";

import type { GrantView } from "./grant-views";
import type { GrantSchema } from "./schema";

/** A grant as the API shows it to either party. */
export function presentGrant(view: GrantView, instance: string): z.infer<typeof GrantSchema> {
  const { grant, service, provider, consumer } = view;
  return {
    id: grant.id,
    status: grant.status,
    isExpired: view.isExpired,
    provider: { code: provider.code, name: { th: provider.nameTh, en: provider.nameEn } },
    consumer: {
      code: consumer.code,
      name: { th: consumer.nameTh, en: consumer.nameEn },
      subsystem: grant.consumerSubsystem,
      client: formatClientId({
        instance,
        memberClass: MEMBER_CLASS,
        memberCode: consumer.code,
        subsystemCode: grant.consumerSubsystem,
      }),
    },
    service: {
      id: service.serviceId,
      code: service.code,
      name: service.name,
      classification: service.classification,
      consentRequired: service.consentRequired,
    },
    purpose: grant.purpose,
    purposeText: grant.purposeText,
    basis: grant.basis,
    legalBasis: grant.legalBasis,
    fields: grant.fields,
    expiresAt: grant.expiresAt?.toISOString() ?? null,
    rateLimitPerMinute: grant.rateLimitPerMinute,
    requestedAt: grant.requestedAt.toISOString(),
    decidedAt: grant.decidedAt?.toISOString() ?? null,
    decisionNote: grant.decisionNote,
  };
}
