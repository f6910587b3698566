import { randomInt } from "node:crypto";

import type { Config } from "@/config/schema";
import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import { sha256Hex } from "@/core/crypto/tokens";
import { agencyDocumentSigner, documentTimeStamper } from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import { buddhistYear, type Locale } from "@/core/i18n";
import { normalizeThaiCitizenId } from "@/core/identity/thai-id";
import { enqueueNotification } from "@/core/notify";
import type { Agency } from "@/modules/agencies";

import { credentialOfDocument, statusEntries } from "./credential-of-document";
import {
  agencyDid,
  agencyVerificationMethod,
  credentialSha256,
  signCredential,
} from "./credentials";
import { documentDataProblems } from "./document-data";
import type { AssociatedFile } from "./pdf/pdf-a-document";
import { type DocumentTable, renderDocumentPdf } from "./pdf/render-document-pdf";
import { signPdf } from "./pdf/sign-pdf";
import { pdfContentOf } from "./pdf-content";
import {
  allocateDocumentNumber,
  insertDocumentEvent,
  insertIssuedDocument,
  type NewIssuedDocument,
  selectIssuedDocumentByIdempotencyKey,
} from "./repo";
import type { DocumentType, IssuedDocument } from "./schema";
import { appendToTransparencyLog } from "./transparency";

type IssuingActor = Actor | { type: "system"; id: string };

/** Crockford's alphabet: no I, L, O or U to misread when a code is typed from paper. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newVerifyCode(): string {
  let code = "";
  for (let i = 0; i < 10; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A new document's id, number (agency code, DOC, Buddhist Era year, sequence) and status-list place. */
async function allocateDocument(
  db: Database,
  agency: Pick<Agency, "id" | "code">,
): Promise<{ id: string; issuedAt: Date; number: string; statusIndex: number }> {
  const { sequence, statusIndex } = await withinAgency(db, agency.id, allocateDocumentNumber);
  const issuedAt = new Date();
  // "DOC" keeps a document's number from ever reading like an application's reference.
  const number = `${agency.code}-DOC-${buddhistYear(issuedAt)}-${String(sequence).padStart(6, "0")}`;
  return { id: newId(), issuedAt, number, statusIndex };
}

/** The short link on the paper and in the QR code. */
export function verifyUrlOf(publicUrl: string, verifyCode: string): string {
  return `${publicUrl.replace(/\/$/, "")}/v/${verifyCode}`;
}

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

/** The event, the transparency log entry, the audit record and the holder's notice. */
async function recordIssue(
  scope: AgencyScope,
  document: NewIssuedDocument,
  options: {
    documentType: Pick<DocumentType, "code" | "title"> | null;
    actor: IssuingActor;
    requestId?: string | undefined;
  },
): Promise<void> {
  await insertDocumentEvent(scope, {
    documentId: document.id,
    kind: "issued",
    reason: null,
    officerId: options.actor.type === "officer" ? options.actor.officerId : null,
  });
  const { leafIndex } = await appendToTransparencyLog(scope, {
    documentId: document.id,
    documentSha256: document.pdfSha256 ?? document.credentialSha256,
    credentialSha256: document.credentialSha256,
    issuedAt: document.issuedAt,
  });
  await recordAudit(scope.tx, {
    action: "document.issued",
    actor: options.actor,
    agencyId: scope.agencyId,
    target: { type: "document", id: document.id },
    requestId: options.requestId,
    details: {
      number: document.number,
      documentType: options.documentType?.code ?? null,
      pdfSha256: document.pdfSha256,
      credentialSha256: document.credentialSha256,
      transparencyLogIndex: leafIndex,
      ...(document.applicationId ? { applicationId: document.applicationId } : {}),
      ...(document.batchId ? { batchId: document.batchId } : {}),
    },
  });
  if (options.documentType) {
    await noticeHolder(scope, document, {
      template: "document.issued",
      title: options.documentType.title,
    });
  }
}

/** Tells the holder, by e-mail when they have given one, that a document was issued or changed. */
export async function noticeHolder(
  scope: AgencyScope,
  document: Pick<NewIssuedDocument, "id" | "holderCitizenId" | "number" | "locale"> & {
    statusReason?: string | null;
  },
  notice:
    | { template: "document.issued"; title: { th: string; en: string } }
    | {
        template: "document.status_changed";
        title: { th: string; en: string };
        status: "active" | "suspended" | "revoked";
        reason: string;
      },
): Promise<void> {
  if (!document.holderCitizenId) return;
  const { rows } = await scope.tx.query<{ email: string | null }>(
    "select email from citizens where id = $1",
    [document.holderCitizenId],
  );
  const email = rows[0]?.email;
  if (!email) return;
  const common = {
    agencyId: scope.agencyId,
    channel: "email" as const,
    to: email,
    locale: document.locale,
    subject: { kind: "document", id: document.id },
  };
  const documentLink = `/me/documents/${document.id}`;
  if (notice.template === "document.issued") {
    await enqueueNotification(scope.tx, {
      ...common,
      template: "document.issued",
      data: { documentNumber: document.number, title: notice.title, documentLink },
    });
    return;
  }
  await enqueueNotification(scope.tx, {
    ...common,
    template: "document.status_changed",
    data: {
      documentNumber: document.number,
      title: notice.title,
      status: notice.status,
      reason: notice.reason,
      documentLink,
    },
  });
}

/**
 * Issues a credential an agency system wrote (the VC-API): Pratu sets the
 * issuer, the id when absent and the status entries, signs it with the
 * agency's key and keeps it, so that it verifies, can be revoked and is on
 * the transparency log like any document. It has no PDF and no holder account.
 */
export async function issueCredential(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  agency: Pick<Agency, "id" | "code" | "nameTh" | "nameEn">;
  credential: Record<string, unknown>;
  idempotencyKey?: string | undefined;
  actor: IssuingActor;
  requestId?: string | undefined;
}): Promise<{ credential: Record<string, unknown>; documentId: string; isNew: boolean }> {
  const { db, agency } = options;
  const idempotencyKey = `vc-api:${options.idempotencyKey ?? newId()}`;
  const previous = await withinAgency(db, agency.id, (scope) =>
    selectIssuedDocumentByIdempotencyKey(scope, idempotencyKey),
  );
  if (previous) return { credential: previous.credential, documentId: previous.id, isNew: false };

  const signer = await agencySigner({ db, secrets: options.secrets, agencyId: agency.id });
  const { id, issuedAt, number, statusIndex } = await allocateDocument(db, agency);
  const publicUrl = options.config.server.publicUrl;
  const issuerDid = agencyDid(publicUrl, agency.code);
  const { proof, credentialStatus, ...written } = options.credential;
  const credential = await signCredential({
    credential: {
      ...written,
      id: typeof written["id"] === "string" ? written["id"] : `urn:uuid:${id}`,
      issuer: { id: issuerDid, name: agency.nameTh },
      validFrom:
        typeof written["validFrom"] === "string" ? written["validFrom"] : issuedAt.toISOString(),
      credentialStatus: statusEntries(publicUrl, agency.code, statusIndex),
    },
    signer,
    verificationMethod: agencyVerificationMethod(issuerDid, signer.kid),
    created: issuedAt,
  });
  const subject = credential["credentialSubject"] as Record<string, unknown> | undefined;
  const validUntil =
    typeof credential["validUntil"] === "string" ? new Date(credential["validUntil"]) : null;
  const record: NewIssuedDocument = {
    id,
    agencyId: agency.id,
    documentTypeId: null,
    number,
    verifyCode: newVerifyCode(),
    holderCitizenId: null,
    holderNationalIdHash: null,
    holderName: typeof subject?.["name"] === "string" ? subject["name"] : null,
    applicationId: null,
    locale: "th",
    data: {},
    credential,
    credentialSha256: credentialSha256(credential),
    pdf: null,
    pdfSha256: null,
    statusIndex,
    issuedAt,
    validUntil: validUntil && !Number.isNaN(validUntil.getTime()) ? validUntil : null,
    batchId: null,
    idempotencyKey,
  };
  return withinAgency(db, agency.id, async (scope) => {
    if (!(await insertIssuedDocument(scope, record))) {
      const theirs = await selectIssuedDocumentByIdempotencyKey(scope, idempotencyKey);
      if (!theirs) throw new Error("An idempotent credential insert found nothing");
      return { credential: theirs.credential, documentId: theirs.id, isNew: false };
    }
    await recordIssue(scope, record, { ...options, documentType: null });
    return { credential, documentId: id, isNew: true };
  });
}
