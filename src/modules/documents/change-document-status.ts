import { recordAudit } from "@/core/audit";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { selectDocumentTypeById } from "./document-type-repo";
import { noticeHolder } from "./holder-notices";
import { documentPolicy } from "./policy";
import {
  bumpStatusVersion,
  insertDocumentEvent,
  selectIssuedDocument,
  updateDocumentStatus,
} from "./repo";
import type { DocumentStatus, IssuedDocument } from "./schema";

export type StatusChange = "suspend" | "reinstate" | "revoke";

const resultingStatus: Record<StatusChange, DocumentStatus> = {
  suspend: "suspended",
  reinstate: "active",
  revoke: "revoked",
};

const eventKind = {
  suspend: "suspended",
  reinstate: "reinstated",
  revoke: "revoked",
} as const;

/** Which changes a document in each status allows: revocation is final. */
const allowedFrom: Record<StatusChange, readonly DocumentStatus[]> = {
  suspend: ["active"],
  reinstate: ["suspended"],
  revoke: ["active", "suspended"],
};

export const MAX_STATUS_REASON_LENGTH = 1000;

/**
 * Suspends, reinstates or revokes a document, with the reason the holder and
 * every later verifier read. The status lists move with the same commit (their
 * cache keys on the agency's status version), the holder is told, and the
 * change is audited.
 */
export async function changeDocumentStatus(options: {
  db: Database;
  actor: Actor;
  agencyId: string;
  documentId: string;
  change: StatusChange;
  reason: string;
  requestId?: string | undefined;
}): Promise<IssuedDocument> {
  const reason = options.reason.trim();
  if (reason.length === 0 || reason.length > MAX_STATUS_REASON_LENGTH) {
    throw new AppError("validation_failed", "Give the reason.", {
      fields: [
        {
          field: "reason",
          code: "required",
          message: `Give the reason, in at most ${MAX_STATUS_REASON_LENGTH} characters; the holder and verifiers read it.`,
          messages: {
            th: `กรุณาระบุเหตุผล ไม่เกิน ${MAX_STATUS_REASON_LENGTH} ตัวอักษร ผู้ถือเอกสารและผู้ตรวจสอบจะเห็นเหตุผลนี้`,
            en: `Give the reason, in at most ${MAX_STATUS_REASON_LENGTH} characters; the holder and verifiers read it.`,
          },
        },
      ],
    });
  }
  return withinAgency(options.db, options.agencyId, async (scope) => {
    await scope.tx.query(
      "select 1 from issued_documents where agency_id = $1 and id = $2 for update",
      [scope.agencyId, options.documentId],
    );
    const document = await selectIssuedDocument(scope, options.documentId);
    if (!document) throw new AppError("not_found", "There is no such document.");
    documentPolicy.authorize(options.actor, "document.change_status", document);
    if (!allowedFrom[options.change].includes(document.status)) {
      throw new AppError(
        "conflict",
        document.status === "revoked"
          ? "The document is revoked; revocation cannot be undone."
          : `A document that is ${document.status} cannot be ${resultingStatus[options.change]}.`,
      );
    }
    const status = resultingStatus[options.change];
    await updateDocumentStatus(scope, { documentId: document.id, status, reason });
    await bumpStatusVersion(scope);
    await insertDocumentEvent(scope, {
      documentId: document.id,
      kind: eventKind[options.change],
      reason,
      officerId: options.actor.type === "officer" ? options.actor.officerId : null,
    });
    await recordAudit(scope.tx, {
      action: `document.${eventKind[options.change]}`,
      actor: options.actor,
      agencyId: scope.agencyId,
      target: { type: "document", id: document.id },
      requestId: options.requestId,
      details: { number: document.number, from: document.status, to: status, reason },
    });
    const documentType = document.documentTypeId
      ? await selectDocumentTypeById(scope, document.documentTypeId)
      : null;
    await noticeHolder(scope, document, {
      template: "document.status_changed",
      title: documentType?.title ?? { th: document.number, en: document.number },
      status,
      reason,
    });
    return { ...document, status, statusReason: reason, statusChangedAt: new Date() };
  });
}
