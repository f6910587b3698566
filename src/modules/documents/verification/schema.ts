import { z } from "@hono/zod-openapi";

/** The checks, in the order a verifier reads them. */
export const verificationChecks = [
  "signature",
  "issuer",
  "status",
  "validity",
  "integrity",
] as const;
export type VerificationCheck = (typeof verificationChecks)[number];

export const checkOutcomes = ["passed", "failed", "not_applicable"] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

export const verdicts = [
  "valid",
  "not_valid",
  "revoked",
  "suspended",
  "expired",
  "changed_after_signing",
] as const;
export type Verdict = (typeof verdicts)[number];

export const verificationInputKinds = ["code", "pdf", "credential"] as const;

const Bilingual = z.object({ th: z.string(), en: z.string() });

export const CheckItemSchema = z
  .object({
    check: z.enum(verificationChecks),
    outcome: z.enum(checkOutcomes),
    /** A stable code for programs, e.g. `changed_after_signing`, `revoked`, `pdf_as_issued`. */
    reason: z.string().openapi({ example: "pdf_as_issued" }),
    messages: Bilingual,
  })
  .openapi("VerificationCheck");
export type CheckItem = z.infer<typeof CheckItemSchema>;

export const VerifiedFieldSchema = z.object({
  key: z.string(),
  label: Bilingual,
  /** As issued: text, a number, or a date as YYYY-MM-DD. */
  value: z.string(),
  /** As people read it: dates in the Buddhist Era in Thai. */
  display: Bilingual,
});

export const VerifiedDocumentSchema = z
  .object({
    number: z.string(),
    title: Bilingual.nullable(),
    kind: z.string().nullable(),
    /** Partly hidden: the first word whole, the others by their first letter. */
    holderName: z.string().nullable(),
    agency: z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() }),
    issuedAt: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(["active", "suspended", "revoked"]),
    statusReason: z.string().nullable(),
    statusChangedAt: z.string().nullable(),
    fields: z.array(VerifiedFieldSchema),
    /** The document's entry in its agency's transparency log, when it is there. */
    transparencyLogIndex: z.number().int().nullable(),
  })
  .openapi("VerifiedDocument");
export type VerifiedDocument = z.infer<typeof VerifiedDocumentSchema>;

export const EmbeddedCredentialSchema = z
  .object({
    found: z.boolean(),
    /** Null when there was nothing readable to verify. */
    verified: z.boolean().nullable(),
    /** Whether it is the credential issued with this same PDF. */
    matchesDocument: z.boolean().nullable(),
    documentNumber: z.string().nullable(),
    reason: z.string().nullable(),
    messages: Bilingual,
  })
  .openapi("EmbeddedCredentialCheck");
export type EmbeddedCredentialCheck = z.infer<typeof EmbeddedCredentialSchema>;

export const DocumentVerificationSchema = z
  .object({
    /** True only when every check passed: issued here, unchanged, in force. */
    verified: z.boolean(),
    verdict: z.enum(verdicts),
    input: z.enum(verificationInputKinds),
    checks: z.array(CheckItemSchema),
    document: VerifiedDocumentSchema.nullable(),
    /** For a PDF: the credential it carries, verified on its own. */
    embeddedCredential: EmbeddedCredentialSchema.nullable(),
    checkedAt: z.string(),
  })
  .openapi("DocumentVerification");
export type DocumentVerification = z.infer<typeof DocumentVerificationSchema>;

/** A JSON request: a verification code (or the /v/ link), or a credential. */
export const VerifyJsonRequestSchema = z
  .union([
    z.object({ code: z.string().max(2000).openapi({ example: "7KQ2M9XD4R" }) }).strict(),
    z
      .object({
        credential: z
          .union([z.record(z.string(), z.unknown()), z.string()])
          .openapi({ description: "The credential as a JSON object, or as JSON text" }),
      })
      .strict(),
  ])
  .openapi("DocumentVerifyRequest");
