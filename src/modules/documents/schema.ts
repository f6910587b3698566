import { z } from "@hono/zod-openapi";

export const documentKinds = ["permit", "licence", "certificate", "transcript"] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const credentialTypes = [
  "PermitCredential",
  "LicenceCredential",
  "CertificateCredential",
  "TranscriptCredential",
] as const;

export const documentStatuses = ["active", "suspended", "revoked"] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

const Bilingual = (max: number) =>
  z
    .object({ th: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) })
    .strict();

export const DocumentFieldDefinitionSchema = z
  .object({
    key: z
      .string()
      .regex(
        /^[a-z][a-zA-Z0-9]{0,39}$/,
        "A field key is camelCase letters and digits, e.g. shopName",
      ),
    label: Bilingual(200),
    type: z.enum(["text", "date", "number"]),
    required: z.boolean().default(true),
  })
  .strict();

export type DocumentFieldDefinition = z.infer<typeof DocumentFieldDefinitionSchema>;

/** What an agency administrator defines for one kind of document it issues. */
export const DocumentTypeDefinitionSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A code is lower-case words joined by hyphens")
      .max(60),
    kind: z.enum(documentKinds),
    title: Bilingual(200),
    fields: z
      .array(DocumentFieldDefinitionSchema)
      .min(1)
      .max(40)
      .refine(
        (fields) => new Set(fields.map((field) => field.key)).size === fields.length,
        "Each field key may appear once",
      ),
    signatory: z.object({ name: Bilingual(200), position: Bilingual(200) }).strict(),
    /** One of the types the documents context defines, so every credential is fully described. */
    credentialType: z.enum(credentialTypes),
    validDays: z.number().int().min(1).max(36500).nullable().default(null),
    /** The service output this document is, when it is issued on approval. */
    service: z
      .object({ id: z.string().min(1).max(100), outputIndex: z.number().int().min(0) })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export type DocumentTypeDefinition = z.infer<typeof DocumentTypeDefinitionSchema>;

export interface DocumentType extends DocumentTypeDefinition {
  id: string;
  agencyId: string;
}

export interface IssuedDocument {
  id: string;
  agencyId: string;
  documentTypeId: string | null;
  number: string;
  verifyCode: string;
  holderCitizenId: string | null;
  holderNationalIdHash: string | null;
  holderName: string | null;
  applicationId: string | null;
  locale: "th" | "en";
  data: Record<string, string>;
  credential: Record<string, unknown>;
  credentialSha256: string;
  pdfSha256: string | null;
  statusIndex: number;
  status: DocumentStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  issuedAt: Date;
  validUntil: Date | null;
  batchId: string | null;
}
