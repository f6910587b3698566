import { formatDate, isoInstant } from "@/core/i18n";
import { Tag } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import { documentMessages as m } from "../messages";
import type { DocumentEvent } from "../repo";
import type { DocumentStatus, DocumentType, IssuedDocument } from "../schema";

const statusTone = { active: "ok", suspended: "warn", revoked: "error" } as const;

/** The document's standing: revoked and suspended before expiry, since they say more. */
export function DocumentStatusTag({
  page,
  document,
  now = new Date(),
}: {
  page: PageContext;
  document: Pick<IssuedDocument, "status" | "validUntil">;
  now?: Date;
}) {
  const status: DocumentStatus = document.status;
  if (status === "active" && document.validUntil && document.validUntil < now) {
    return <Tag tone="warn">{page.t(m.status.expired)}</Tag>;
  }
  return <Tag tone={statusTone[status]}>{page.t(m.status[status])}</Tag>;
}

export function DateOf({ page, value }: { page: PageContext; value: Date }) {
  return <time datetime={isoInstant(value)}>{formatDate(value, page.locale, "date")}</time>;
}

/** The title of a document in the reader's language, or its number when it has no type. */
export function documentTitle(
  page: PageContext,
  document: Pick<IssuedDocument, "number" | "credential">,
  documentType: Pick<DocumentType, "title"> | null | undefined,
): string {
  if (documentType) return documentType.title[page.locale];
  const name = document.credential["name"];
  return typeof name === "string" ? name : document.number;
}

/** What the document says, field by field, as the holder's PDF shows it. */
export function DocumentData({
  page,
  document,
  documentType,
}: {
  page: PageContext;
  document: Pick<IssuedDocument, "data" | "holderName">;
  documentType: Pick<DocumentType, "fields"> | null | undefined;
}) {
  const rows: { label: string; value: string }[] = [];
  if (document.holderName)
    rows.push({ label: page.t(m.common.holder), value: document.holderName });
  for (const field of documentType?.fields ?? []) {
    const value = document.data[field.key];
    if (value === undefined || value === "") continue;
    rows.push({
      label: field.label[page.locale],
      value:
        field.type === "date"
          ? formatDate(new Date(`${value}T00:00:00+07:00`), page.locale, "date")
          : value,
    });
  }
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DocumentHistory({ page, events }: { page: PageContext; events: DocumentEvent[] }) {
  return (
    <ol class="timeline">
      {events.map((event) => (
        <li class="timeline__done">
          <strong>{page.t(m.events[event.kind])}</strong>
          <time datetime={isoInstant(event.createdAt)}>
            {formatDate(event.createdAt, page.locale, "dateTime")}
          </time>
          {event.reason ? (
            <p>
              {page.t(m.common.reason)}: {event.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** When the document was issued and until when it holds: rows of a summary list. */
export function DocumentDates({
  page,
  document,
}: {
  page: PageContext;
  document: Pick<IssuedDocument, "issuedAt" | "validUntil">;
}) {
  return (
    <>
      <div>
        <dt>{page.t(m.common.issuedAt)}</dt>
        <dd>
          <DateOf page={page} value={document.issuedAt} />
        </dd>
      </div>
      <div>
        <dt>{page.t(m.common.validUntil)}</dt>
        <dd>
          {document.validUntil ? (
            <DateOf page={page} value={document.validUntil} />
          ) : (
            page.t(m.common.noExpiry)
          )}
        </dd>
      </div>
    </>
  );
}
