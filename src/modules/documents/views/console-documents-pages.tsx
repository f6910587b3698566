import {
  Button,
  CsrfField,
  Notice,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { documentMessages as m } from "../messages";
import type { DocumentEvent } from "../repo";
import {
  type DocumentStatus,
  documentStatuses,
  type DocumentType,
  type IssuedDocument,
} from "../schema";
import {
  DateOf,
  DocumentData,
  DocumentDates,
  DocumentHistory,
  DocumentStatusTag,
  documentTitle,
} from "./document-parts";

export const DOCUMENTS_PER_PAGE = 50;

export function ConsoleDocumentsPage({
  page,
  context,
  documents,
  typesById,
  filter,
  nextPage,
}: {
  page: PageContext;
  context: ConsoleContext;
  documents: IssuedDocument[];
  typesById: ReadonlyMap<string, DocumentType>;
  filter: { q: string; status: DocumentStatus | "" };
  nextPage: string | null;
}) {
  const { t } = page;
  return (
    <ConsoleLayout page={page} context={context} current="documents" title={t(m.console.title)}>
      <h1>{t(m.console.title)}</h1>
      <form method="get" action="/console/documents" role="search">
        <TextField name="q" label={t(m.console.search)} value={filter.q} />
        <SelectField
          name="status"
          label={t(m.common.status)}
          value={filter.status}
          anyLabel={t(m.console.allStatuses)}
          options={documentStatuses.map((status) => ({
            value: status,
            label: t(m.status[status]),
          }))}
        />
        <Button variant="secondary">{t(m.console.filter)}</Button>
      </form>
      {documents.length === 0 ? (
        <p>{t(m.console.empty)}</p>
      ) : (
        <Table
          caption={t(m.console.caption)}
          rows={documents}
          columns={[
            {
              header: t(m.common.number),
              cell: (document) => (
                <a href={`/console/documents/${document.id}`}>{document.number}</a>
              ),
            },
            {
              header: t(m.common.title),
              cell: (document) =>
                documentTitle(
                  page,
                  document,
                  document.documentTypeId ? typesById.get(document.documentTypeId) : null,
                ),
            },
            { header: t(m.common.holder), cell: (document) => document.holderName ?? "—" },
            {
              header: t(m.common.issuedAt),
              cell: (document) => <DateOf page={page} value={document.issuedAt} />,
            },
            {
              header: t(m.common.status),
              cell: (document) => <DocumentStatusTag page={page} document={document} />,
            },
          ]}
        />
      )}
      {nextPage ? (
        <p>
          <a href={nextPage}>{t(m.console.more)}</a>
        </p>
      ) : null}
    </ConsoleLayout>
  );
}

export type DocumentPageNotice = "suspended" | "reinstated" | "revoked";

export function ConsoleDocumentPage({
  page,
  context,
  document,
  documentType,
  events,
  canChange,
  notice,
  form,
}: {
  page: PageContext;
  context: ConsoleContext;
  document: IssuedDocument;
  documentType: DocumentType | null;
  events: DocumentEvent[];
  canChange: boolean;
  notice: DocumentPageNotice | null;
  form: { reason: string; error?: string | undefined };
}) {
  const { t } = page;
  const title = documentTitle(page, document, documentType);
  return (
    <ConsoleLayout page={page} context={context} current="documents" title={title}>
      <p>
        <a href="/console/documents">{t(m.console.title)}</a>
      </p>
      <p class="caption">{document.number}</p>
      <h1>{title}</h1>
      {notice ? (
        <Notice tone="ok">
          <p>{t(m.console.done[notice])}</p>
        </Notice>
      ) : null}
      <p>
        <DocumentStatusTag page={page} document={document} />
      </p>
      <dl class="summary-list">
        <DocumentDates page={page} document={document} />
        <div>
          <dt>{t(m.common.verifyLink)}</dt>
          <dd>
            <a href={`/v/${document.verifyCode}`}>{`/v/${document.verifyCode}`}</a>
          </dd>
        </div>
        {document.applicationId ? (
          <div>
            <dt>{t(m.console.application)}</dt>
            <dd>
              <a href={`/console/applications/${document.applicationId}`}>
                {t(m.console.application)}
              </a>
            </dd>
          </div>
        ) : null}
        {document.statusReason ? (
          <div>
            <dt>{t(m.common.reason)}</dt>
            <dd>{document.statusReason}</dd>
          </div>
        ) : null}
      </dl>
      <h2>{t(m.common.data)}</h2>
      <DocumentData page={page} document={document} documentType={documentType} />
      {document.pdfSha256 ? (
        <p>
          <a href={`/console/documents/${document.id}/document.pdf`} download>
            {t(m.common.downloadPdf)}
          </a>
        </p>
      ) : null}
      <h2>{t(m.common.history)}</h2>
      <DocumentHistory page={page} events={events} />
      {canChange ? <StatusChangeForm page={page} document={document} form={form} /> : null}
    </ConsoleLayout>
  );
}

function StatusChangeForm({
  page,
  document,
  form,
}: {
  page: PageContext;
  document: IssuedDocument;
  form: { reason: string; error?: string | undefined };
}) {
  const { t } = page;
  if (document.status === "revoked") {
    return <p>{t(m.console.revokedFinal)}</p>;
  }
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t(m.console.changeHeading)}</h2>
      <p>{t(m.console.changeIntro)}</p>
      <form method="post" action={`/console/documents/${document.id}/status`} novalidate>
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name="reason"
          label={t(m.console.reasonLabel)}
          hint={t(m.console.reasonHint)}
          value={form.reason}
          error={form.error}
          maxLength={1000}
          rows={3}
        />
        <div class="button-group">
          {document.status === "active" ? (
            <Button variant="secondary" name="change" value="suspend">
              {t(m.console.suspend)}
            </Button>
          ) : (
            <Button variant="secondary" name="change" value="reinstate">
              {t(m.console.reinstate)}
            </Button>
          )}
          <Button variant="warning" name="change" value="revoke">
            {t(m.console.revoke)}
          </Button>
        </div>
      </form>
    </section>
  );
}
