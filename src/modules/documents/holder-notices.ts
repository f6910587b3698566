import { type AgencyScope } from "@/core/db/tenant";
import { enqueueNotification } from "@/core/notify";

import { type NewIssuedDocument } from "./repo";

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
