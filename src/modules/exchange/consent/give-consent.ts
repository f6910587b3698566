import { z } from "zod";

import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { type Database, transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { AppError } from "@/core/errors";

import { BilingualSchema, type BilingualText, PurposeSchema } from "../schema";
import { consentReceiptClaims, signConsentReceipt } from "./consent-receipt";
import {
  closeLapsedConsent,
  type ConsentRecord,
  insertConsent,
  selectCitizenSubjectHash,
  selectConsentSubjectMatter,
  selectUnrevokedConsent,
} from "./repo";

const GiveConsentInput = z.object({
  consumerAgencyId: z.uuid(),
  dataServiceId: z.uuid(),
  purpose: PurposeSchema,
  serviceId: z.string().min(1).max(80).nullish(),
  explanation: BilingualSchema(4000),
  expiresAt: z.date().nullish(),
});

/**
 * Records the person's consent for one (consumer, data service, purpose),
 * with a receipt signed by the consumer agency. Giving a consent that is
 * already in force returns it as it is: a form submitted twice, or two tabs,
 * leave one consent and one receipt.
 */
export async function giveConsent(options: {
  db: Database;
  secrets: SecretBox;
  citizen: { citizenId: string; assurance?: string | null };
  subjectHash: string;
  consumerAgencyId: string;
  dataServiceId: string;
  purpose: string;
  serviceId?: string | null | undefined;
  explanation: BilingualText;
  expiresAt?: Date | null | undefined;
  /** The exchange instance the receipt names parties in (config `exchange.instance`). */
  instance?: string;
  requestId?: string | undefined;
}): Promise<{ consent: ConsentRecord; isNew: boolean }> {
  const { db, secrets, citizen } = options;
  const parsed = GiveConsentInput.safeParse(options);
  if (!parsed.success) {
    throw new AppError("validation_failed", "The consent is not valid.", {
      fields: parsed.error.issues.map((issue) => ({
        field: issue.path.join("."),
        message: issue.message,
      })),
    });
  }
  const input = parsed.data;
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new AppError("validation_failed", "A consent cannot end before it is given.", {
      fields: [{ field: "expiresAt", message: "must be in the future" }],
    });
  }
  // A person consents only about themselves.
  const ownHash = await selectCitizenSubjectHash(db, citizen.citizenId);
  if (!ownHash || ownHash !== options.subjectHash) {
    throw new AppError("forbidden", "A person can consent only to the use of their own data.");
  }
  const tuple = {
    subjectHash: ownHash,
    consumerAgencyId: input.consumerAgencyId,
    dataServiceId: input.dataServiceId,
    purpose: input.purpose,
  };
  const existing = await selectUnrevokedConsent(db, tuple);
  if (existing && isInForce(existing)) return { consent: existing, isNew: false };

  const matter = await selectConsentSubjectMatter(db, tuple);
  if (!matter) throw new AppError("not_found", "There is no such data service or agency.");

  const consentId = newId();
  const givenAt = new Date();
  const expiresAt = input.expiresAt ?? null;
  const serviceId = input.serviceId ?? null;
  // Signed before the transaction: the signer reads the agency's key in a
  // transaction of its own, and PGlite has one connection.
  const receipt = await signConsentReceipt({
    db,
    secrets,
    consumerAgencyId: input.consumerAgencyId,
    claims: consentReceiptClaims({
      consentId,
      subjectHash: ownHash,
      matter,
      purpose: input.purpose,
      serviceId,
      explanation: input.explanation,
      givenAt,
      expiresAt,
      instance: options.instance ?? "TH",
    }),
  });

  return transaction(db, async (tx) => {
    if (existing) await closeLapsedConsent(tx, existing.id);
    const inserted = await insertConsent(tx, {
      ...tuple,
      id: consentId,
      citizenId: citizen.citizenId,
      serviceId,
      explanation: input.explanation,
      givenAt,
      expiresAt,
      receipt,
    });
    if (!inserted) {
      // Given at the same moment elsewhere: that one stands.
      const winner = await selectUnrevokedConsent(tx, tuple);
      if (!winner) throw new AppError("conflict", "The consent changed meanwhile; try again.");
      return { consent: winner, isNew: false };
    }
    await recordAudit(tx, {
      action: "exchange.consent_given",
      actor: {
        type: "citizen",
        citizenId: citizen.citizenId,
        assurance: citizen.assurance ?? null,
      },
      agencyId: input.consumerAgencyId,
      target: { type: "exchange_consent", id: consentId },
      requestId: options.requestId,
      details: {
        dataServiceId: input.dataServiceId,
        dataService: matter.dataService.code,
        provider: matter.provider.code,
        purpose: input.purpose,
        serviceId,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    });
    return { consent: inserted, isNew: true };
  });
}

function isInForce(consent: ConsentRecord, at = new Date()): boolean {
  return consent.revokedAt === null && (consent.expiresAt === null || consent.expiresAt > at);
}
