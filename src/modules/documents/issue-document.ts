import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import { sha256Hex } from "@/core/crypto/tokens";
import { agencyDocumentSigner, documentTimeStamper } from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { type Locale } from "@/core/i18n";
import { normalizeThaiCitizenId } from "@/core/identity/thai-id";
import type { Agency } from "@/modules/agencies";

import { credentialOfDocument } from "./credential-of-document";
import {
  agencyDid,
  agencyVerificationMethod,
  credentialSha256,
  signCredential,
} from "./credentials";
import { documentDataProblems } from "./document-data";
import {
  allocateDocument,
  type IssuingActor,
  newVerifyCode,
  recordIssue,
  verifyUrlOf,
} from "./issuance-steps";
import type { AssociatedFile } from "./pdf/pdf-a-document";
import { type DocumentTable, renderDocumentPdf } from "./pdf/render-document-pdf";
import { signPdf } from "./pdf/sign-pdf";
import { pdfContentOf } from "./pdf-content";
import {
  insertIssuedDocument,
  type NewIssuedDocument,
  selectIssuedDocumentByIdempotencyKey,
} from "./repo";
import type { DocumentType, IssuedDocument } from "./schema";

export interface DocumentHolder {
  /** The person's Pratu account, when known. */
  citizenId?: string | null;
  /** For bulk issuance: kept only as the keyed hash; the document appears in "my documents". */
  nationalId?: string | null;
  name: string;
}

export interface IssueDocumentOptions {
  db: Database;
  secrets: SecretBox;
  config: Config;
  agency: Pick<Agency, "id" | "code" | "nameTh" | "nameEn">;
  documentType: DocumentType;
  holder: DocumentHolder;
  /** Field values by key, as text; dates as YYYY-MM-DD. */
  data: Record<string, string>;
  /** The same key again finds the document issued the first time. */
  idempotencyKey: string;
  applicationId?: string | null;
  batchId?: string | null;
  locale?: Locale;
  /** More files to carry inside the PDF, such as a transcript's XML. */
  attachments?: readonly AssociatedFile[];
  /** Tables the PDF shows under the fields, such as a transcript's courses. */
  tables?: readonly DocumentTable[];
  actor: IssuingActor;
  requestId?: string | undefined;
}

export interface IssueOutcome {
  document: IssuedDocument;
  /** False when the idempotency key found a document issued before. */
  isNew: boolean;
}

/**
 * Issues one document: the credential signed with the agency's key, the PDF
 * carrying it signed with the agency's certificate, both stored as handed
 * out, appended to the agency's transparency log, audited and announced to
 * the holder, in one transaction. Rendering and signing happen before that
 * transaction, so issuance holds no lock while it draws.
 */
export async function issueDocument(options: IssueDocumentOptions): Promise<IssueOutcome> {
  const { db, agency, documentType } = options;
  const problems = documentDataProblems(documentType.fields, options.data, options.holder);
  if (problems.length > 0) {
    throw new AppError("validation_failed", "The document's data is not complete or not valid.", {
      fields: problems,
    });
  }
  const previous = await withinAgency(db, agency.id, (scope) =>
    selectIssuedDocumentByIdempotencyKey(scope, options.idempotencyKey),
  );
  if (previous) return { document: previous, isNew: false };

  // Signers first: with an embedded database there is one connection, and
  // making a first key opens a transaction of its own.
  const credentialSigner = await agencySigner({
    db,
    secrets: options.secrets,
    agencyId: agency.id,
  });
  const pdfSigner = await agencyDocumentSigner({ db, secrets: options.secrets, agency });
  const timeStamper = documentTimeStamper({
    config: options.config,
    db,
    secrets: options.secrets,
  });

  const { id, issuedAt, number, statusIndex } = await allocateDocument(db, agency);
  const verifyCode = newVerifyCode();
  const publicUrl = options.config.server.publicUrl;
  const verifyUrl = verifyUrlOf(publicUrl, verifyCode);
  const validUntil = documentType.validDays
    ? new Date(issuedAt.getTime() + documentType.validDays * 86_400_000)
    : null;
  const issuerDid = agencyDid(publicUrl, agency.code);
  const credential = await signCredential({
    credential: credentialOfDocument({
      id,
      number,
      verifyUrl,
      issuerDid,
      publicUrl,
      agency,
      documentType,
      holderName: options.holder.name,
      data: options.data,
      statusIndex,
      issuedAt,
      validUntil,
    }),
    signer: credentialSigner,
    verificationMethod: agencyVerificationMethod(issuerDid, credentialSigner.kid),
    created: issuedAt,
  });
  const locale = options.locale ?? "th";
  const unsigned = await renderDocumentPdf(
    pdfContentOf({
      agency,
      documentType,
      data: options.data,
      holderName: options.holder.name,
      number,
      verifyUrl,
      verifyCode,
      issuedAt,
      validUntil,
      locale,
      tables: options.tables,
      attachments: [
        {
          name: "credential.json",
          mimeType: "application/vc+ld+json",
          relationship: "Data",
          description: "W3C Verifiable Credential",
          content: new TextEncoder().encode(JSON.stringify(credential, null, 2)),
        },
        ...(options.attachments ?? []),
      ],
    }),
  );
  const pdf = await signPdf({
    pdf: unsigned,
    signer: pdfSigner,
    ...(timeStamper ? { timeStamper } : {}),
  });

  const nationalId = options.holder.nationalId
    ? normalizeThaiCitizenId(options.holder.nationalId)
    : null;
  const holderNationalIdHash = nationalId ? options.secrets.hashNationalId(nationalId) : null;
  const record: NewIssuedDocument = {
    id,
    agencyId: agency.id,
    documentTypeId: documentType.id,
    number,
    verifyCode,
    holderCitizenId: options.holder.citizenId ?? null,
    holderNationalIdHash,
    holderName: options.holder.name,
    applicationId: options.applicationId ?? null,
    locale,
    data: options.data,
    credential,
    credentialSha256: credentialSha256(credential),
    pdf,
    pdfSha256: sha256Hex(pdf),
    statusIndex,
    issuedAt,
    validUntil,
    batchId: options.batchId ?? null,
    idempotencyKey: options.idempotencyKey,
  };
  return withinAgency(db, agency.id, async (scope) => {
    const holderCitizenId =
      record.holderCitizenId ?? (await citizenByNationalId(scope, holderNationalIdHash));
    const stored = { ...record, holderCitizenId };
    if (!(await insertIssuedDocument(scope, stored))) {
      // Another run with the same key got there first: theirs is the document.
      const theirs = await selectIssuedDocumentByIdempotencyKey(scope, options.idempotencyKey);
      if (!theirs) throw new Error("An idempotent document insert found nothing");
      return { document: theirs, isNew: false };
    }
    await recordIssue(scope, stored, options);
    const { pdf, idempotencyKey, ...document } = stored;
    return {
      document: { ...document, status: "active", statusReason: null, statusChangedAt: null },
      isNew: true,
    };
  });
}

/** Whoever has signed in to Pratu with this national ID holds the document there too. */
async function citizenByNationalId(
  scope: AgencyScope,
  nationalIdHash: string | null,
): Promise<string | null> {
  if (!nationalIdHash) return null;
  const { rows } = await scope.tx.query<{ id: string }>(
    "select id from citizens where national_id_hash = $1 limit 1",
    [nationalIdHash],
  );
  return rows[0]?.id ?? null;
}
