import { randomInt } from "node:crypto";

import { recordAudit } from "@/core/audit";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";
import { buddhistYear } from "@/core/i18n";
import type { Agency } from "@/modules/agencies";

import { noticeHolder } from "./holder-notices";
import { allocateDocumentNumber, insertDocumentEvent, type NewIssuedDocument } from "./repo";
import type { DocumentType } from "./schema";
import { appendToTransparencyLog } from "./transparency";

export type IssuingActor = Actor | { type: "system"; id: string };

/** Crockford's alphabet: no I, L, O or U to misread when a code is typed from paper. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newVerifyCode(): string {
  let code = "";
  for (let i = 0; i < 10; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A new document's id, number (agency code, DOC, Buddhist Era year, sequence) and status-list place. */
export async function allocateDocument(
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

/** The event, the transparency log entry, the audit record and the holder's notice. */
export async function recordIssue(
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
