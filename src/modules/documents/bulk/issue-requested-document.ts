import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Locale } from "@/core/i18n";
import type { Agency } from "@/modules/agencies";

import { documentPolicy } from "../policy";
import { documentTypeNamed } from "./create-document-batch";
import { issueRow, type RowOutcome } from "./issue-row";
import { clientDocumentKey, itemProblems } from "./item-problems";
import type { BatchItemInput } from "./schema";

/**
 * Issues one document at an agency system's request, at once. The client's
 * idempotency key finds the document issued the first time; the same key
 * with other data is a conflict, never a second document.
 */
export async function issueRequestedDocument(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  actor: Actor;
  agency: Pick<Agency, "id" | "code" | "nameTh" | "nameEn">;
  documentTypeCode: string;
  item: BatchItemInput;
  idempotencyKey: string;
  locale?: Locale | undefined;
  requestId?: string | undefined;
}): Promise<RowOutcome> {
  const { agency } = options;
  documentPolicy.authorize(options.actor, "document.issue", { agencyId: agency.id });
  const documentType = await withinAgency(options.db, agency.id, (scope) =>
    documentTypeNamed(scope, options.documentTypeCode),
  );
  const problems = itemProblems(documentType, options.item);
  if (problems.length > 0) {
    throw new AppError("validation_failed", "The document's data is not valid.", {
      fields: problems,
    });
  }
  const outcome = await issueRow({
    db: options.db,
    secrets: options.secrets,
    config: options.config,
    agency,
    documentType,
    item: options.item,
    idempotencyKey: clientDocumentKey(options.idempotencyKey),
    actor: options.actor,
    requestId: options.requestId,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (!outcome.isSameRequest) {
    throw new AppError(
      "conflict",
      "This Idempotency-Key was used for a document with other data; use a new key for a new document.",
    );
  }
  return outcome;
}
