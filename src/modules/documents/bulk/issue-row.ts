import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Actor } from "@/core/http/context";
import type { Locale } from "@/core/i18n";
import { normalizeThaiIdInput } from "@/core/identity/thai-id";
import type { Agency } from "@/modules/agencies";

import { issueDocument, type IssueOutcome } from "../issue-document";
import type { DocumentType, IssuedDocument } from "../schema";
import { isTranscriptType, transcriptAttachment, transcriptTable } from "../transcripts";
import type { BatchItemInput } from "./schema";

export interface IssueRowOptions {
  db: Database;
  secrets: SecretBox;
  config: Config;
  agency: Pick<Agency, "id" | "code" | "nameTh" | "nameEn">;
  documentType: DocumentType;
  item: Pick<BatchItemInput, "holder" | "data" | "courses">;
  idempotencyKey: string;
  batchId?: string | null;
  locale?: Locale;
  actor: Actor;
  requestId?: string | undefined;
}

export interface RowOutcome extends IssueOutcome {
  /**
   * False when the key found a document issued from other data: a client
   * reused its key for something else, which must not pass for the same document.
   */
  isSameRequest: boolean;
}

function sameData(left: Readonly<Record<string, string>>, right: Readonly<Record<string, string>>) {
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => left[key] === right[key]);
}

function isSameRequest(
  document: IssuedDocument,
  options: Pick<IssueRowOptions, "documentType" | "item" | "secrets">,
): boolean {
  const { holder } = options.item;
  const nationalIdHash = holder.nationalId
    ? options.secrets.hashNationalId(normalizeThaiIdInput(holder.nationalId))
    : null;
  return (
    document.documentTypeId === options.documentType.id &&
    document.holderName === holder.name &&
    document.holderNationalIdHash === nationalIdHash &&
    sameData(document.data, options.item.data)
  );
}

/**
 * Issues one row (of a batch, or the single-document endpoint): a transcript
 * takes its courses along as the XML its PDF carries.
 */
export async function issueRow(options: IssueRowOptions): Promise<RowOutcome> {
  const { agency, documentType, item } = options;
  const attachments =
    isTranscriptType(documentType) && item.courses
      ? [
          transcriptAttachment({
            agency,
            documentType,
            holderName: item.holder.name,
            data: item.data,
            courses: item.courses,
          }),
        ]
      : [];
  const outcome = await issueDocument({
    db: options.db,
    secrets: options.secrets,
    config: options.config,
    agency,
    documentType,
    holder: { nationalId: item.holder.nationalId, name: item.holder.name },
    data: item.data,
    idempotencyKey: options.idempotencyKey,
    batchId: options.batchId ?? null,
    attachments,
    ...(isTranscriptType(documentType) && item.courses
      ? { tables: [transcriptTable(item.courses, options.locale ?? "th")] }
      : {}),
    actor: options.actor,
    requestId: options.requestId,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return {
    ...outcome,
    isSameRequest: outcome.isNew || isSameRequest(outcome.document, options),
  };
}
