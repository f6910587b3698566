import { z } from "@hono/zod-openapi";

/** A JSON object, read further by the verifier itself so that every flaw gets its own answer. */
const JsonObjectSchema = z.record(z.string(), z.unknown());

export const VerifyCredentialBodySchema = z
  .object({
    verifiableCredential: JsonObjectSchema.openapi({
      description: "A W3C Verifiable Credential (2.0 or 1.1) secured with a Data Integrity proof",
    }),
    options: z
      .object({
        allowUnregisteredIssuer: z.boolean().optional().openapi({
          description:
            "Answer verified for a valid proof by an issuer outside the register of agencies (e.g. a did:key), with a warning",
        }),
      })
      .passthrough()
      .optional(),
  })
  .openapi("VerifyCredentialRequest");

export const VerifyPresentationBodySchema = z
  .object({
    verifiablePresentation: JsonObjectSchema.openapi({
      description: "A W3C Verifiable Presentation, with or without a Data Integrity proof",
    }),
    options: z
      .object({
        challenge: z.string().min(1).max(500).optional(),
        domain: z.string().min(1).max(500).optional(),
        allowUnregisteredIssuer: z.boolean().optional(),
      })
      .passthrough()
      .optional(),
  })
  .openapi("VerifyPresentationRequest");

export const IssueCredentialBodySchema = z
  .object({
    credential: JsonObjectSchema.openapi({
      description:
        "A VC 2.0 credential without proof; its terms must be defined by the VC 2.0 context or https://pratu.dev/contexts/documents/v1. Pratu sets the issuer, the id (when absent) and credentialStatus, then signs.",
    }),
    options: z.object({}).passthrough().optional(),
  })
  .openapi("IssueCredentialRequest");

const CheckStatusSchema = z.enum(["passed", "failed", "warning", "skipped"]);

export const CredentialProblemSchema = z
  .object({
    code: z.string().openapi({ example: "invalid_signature" }),
    field: z.string().openapi({ example: "proof" }),
    message: z.string(),
    messages: z.object({ th: z.string(), en: z.string() }),
  })
  .openapi("CredentialProblem");

export const CredentialChecklistSchema = z
  .object({
    proof: z.object({
      status: CheckStatusSchema,
      cryptosuite: z.string().nullable(),
      verificationMethod: z.string().nullable(),
    }),
    issuer: z.object({
      status: CheckStatusSchema,
      did: z.string().nullable(),
      agency: z
        .object({
          id: z.string(),
          code: z.string(),
          kind: z.string(),
          nameTh: z.string(),
          nameEn: z.string(),
        })
        .nullable(),
    }),
    status: z.object({
      status: CheckStatusSchema,
      state: z.enum(["active", "suspended", "revoked", "unknown"]),
      reason: z.string().nullable(),
      changedAt: z.string().nullable(),
    }),
    validity: z.object({
      status: CheckStatusSchema,
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
    }),
    issuedRecord: z.object({
      status: CheckStatusSchema,
      documentId: z.string().nullable(),
      number: z.string().nullable(),
      verifyCode: z.string().nullable(),
    }),
  })
  .openapi("CredentialChecklist");

export const VerifyCredentialResultSchema = z
  .object({
    verified: z.boolean(),
    checks: z
      .array(z.string())
      .openapi({ description: "The checks that passed", example: ["proof"] }),
    warnings: z.array(CredentialProblemSchema),
    errors: z.array(CredentialProblemSchema),
    checklist: CredentialChecklistSchema,
  })
  .openapi("VerifyCredentialResult");

export const VerifyPresentationResultSchema = z
  .object({
    verified: z.boolean(),
    checks: z.array(z.string()),
    warnings: z.array(CredentialProblemSchema),
    errors: z.array(CredentialProblemSchema),
    presentationResult: z.object({
      status: CheckStatusSchema,
      holder: z.string().nullable(),
      cryptosuite: z.string().nullable(),
    }),
    credentialResults: z.array(VerifyCredentialResultSchema),
  })
  .openapi("VerifyPresentationResult");

export const VerificationProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    messages: z.object({ th: z.string(), en: z.string() }),
    instance: z.string(),
    requestId: z.string(),
    verified: z.literal(false),
    checks: z.array(z.string()),
    warnings: z.array(CredentialProblemSchema),
    errors: z.array(CredentialProblemSchema),
  })
  .passthrough()
  .openapi("VerificationProblem");

export const JsonLdDocumentSchema = z.record(z.string(), z.unknown()).openapi("JsonLdDocument");
