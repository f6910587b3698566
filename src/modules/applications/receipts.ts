import { z } from "zod";

import { signCompactJws, verifyCompactJws } from "@/core/crypto/jws";
import type { Signer } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";
import { DataSourceSchema } from "@/modules/exchange/once-only";

import { insertReceipt } from "./repo";

/** The JWS `typ` of an acknowledgment receipt: no other signed thing can pass for one. */
export const RECEIPT_TYPE = "pratu-receipt+jws";

const Bilingual = z.object({ th: z.string(), en: z.string() });

/**
 * What an acknowledgment receipt (section 7) says: which application, when
 * the server received it, for which service and version, what was answered
 * and the SHA-256 of every file, so any later change to any of it shows.
 */
export const ReceiptPayloadSchema = z.object({
  version: z.literal(1),
  kind: z.enum(["submission", "amendment"]),
  sequence: z.number().int().positive(),
  reference: z.string(),
  applicationId: z.string(),
  receivedAt: z.string(),
  agency: z.object({ code: z.string(), name: Bilingual }),
  service: z.object({ id: z.string(), version: z.number().int(), name: Bilingual }),
  applicant: z.object({ name: z.string().nullable(), nationalIdLast4: z.string().nullable() }),
  answers: z.record(z.string(), z.unknown()),
  attachments: z.array(
    z.object({
      fieldId: z.string(),
      filename: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
    }),
  ),
  /**
   * Where the registry documents came from: verified from a registry (its
   * exchange-log row and the hash of what it served) or attached, and why.
   */
  dataSources: z.array(DataSourceSchema).optional(),
});

export type ReceiptPayload = z.infer<typeof ReceiptPayloadSchema>;

export async function issueReceipt(
  scope: AgencyScope,
  options: { signer: Signer; applicationId: string; payload: ReceiptPayload },
): Promise<string> {
  const jws = await signCompactJws({
    signer: options.signer,
    type: RECEIPT_TYPE,
    payload: options.payload,
  });
  await insertReceipt(scope, {
    applicationId: options.applicationId,
    sequence: options.payload.sequence,
    jws,
    issuedAt: new Date(options.payload.receivedAt),
  });
  return jws;
}

export type ReceiptVerification =
  | { isValid: true; payload: ReceiptPayload; signedBy: { agencyId: string; kid: string } }
  | {
      isValid: false;
      reason: "malformed" | "unknown_key" | "wrong_type" | "bad_signature" | "wrong_signer";
    };

/**
 * Checks a receipt: signed by a key Pratu holds, as a receipt, by the agency
 * the receipt names. Anyone may ask; nothing about the database is revealed
 * beyond what the receipt already says.
 */
export async function verifyReceipt(options: {
  db: Database;
  jws: string;
  agencyIdOfCode: (code: string) => Promise<string | null>;
}): Promise<ReceiptVerification> {
  const checked = await verifyCompactJws({ db: options.db, jws: options.jws, type: RECEIPT_TYPE });
  if (!checked.isValid) return checked;
  const payload = ReceiptPayloadSchema.safeParse(checked.payload);
  if (!payload.success) return { isValid: false, reason: "malformed" };
  const agencyId = await options.agencyIdOfCode(payload.data.agency.code);
  if (agencyId !== checked.key.agencyId) return { isValid: false, reason: "wrong_signer" };
  return {
    isValid: true,
    payload: payload.data,
    signedBy: { agencyId: checked.key.agencyId, kid: checked.key.kid },
  };
}
