import { Notice, PageHeading, Table } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { documentMessages as m } from "../messages";
import type { DocumentEvent } from "../repo";
import type { DocumentType, IssuedDocument } from "../schema";
import {
  DateOf,
  DocumentData,
  DocumentDates,
  DocumentHistory,
  DocumentStatusTag,
  documentTitle,
} from "./document-parts";

export interface HeldDocument {
  document: IssuedDocument;
  documentType: DocumentType | null;
  agencyName: string;
}

export function MyDocumentsPage({ page, held }: { page: PageContext; held: HeldDocument[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.mine.title)}>
      <PageHeading>{t(m.mine.title)}</PageHeading>
      <p>{t(m.mine.intro)}</p>
      {held.length === 0 ? (
        <p>{t(m.mine.empty)}</p>
      ) : (
        <Table
          caption={t(m.mine.caption)}
          rows={held}
          columns={[
            {
              header: t(m.common.title),
              cell: ({ document, documentType }) => (
                <a href={`/me/documents/${document.id}`}>
                  {documentTitle(page, document, documentType)}
                </a>
              ),
            },
            { header: t(m.common.number), cell: ({ document }) => document.number },
            { header: t(m.common.issuedBy), cell: ({ agencyName }) => agencyName },
            {
              header: t(m.common.issuedAt),
              cell: ({ document }) => <DateOf page={page} value={document.issuedAt} />,
            },
            {
              header: t(m.common.status),
              cell: ({ document }) => <DocumentStatusTag page={page} document={document} />,
            },
          ]}
        />
      )}
    </Layout>
  );
}

export function MyDocumentPage({
  page,
  held,
  events,
  verifyUrl,
}: {
  page: PageContext;
  held: HeldDocument;
  events: DocumentEvent[];
  verifyUrl: string;
}) {
  const { t } = page;
  const { document, documentType } = held;
  const title = documentTitle(page, document, documentType);
  return (
    <Layout page={page} title={title}>
      <p>
        <a href="/me/documents">{t(m.mine.title)}</a>
      </p>
      <PageHeading caption={held.agencyName}>{title}</PageHeading>
      <p>
        <DocumentStatusTag page={page} document={document} />
      </p>
      {document.status !== "active" ? (
        <Notice>
          <p>{t(m.mine.notValid)}</p>
          {document.statusReason ? (
            <p>
              {t(m.common.reason)}: {document.statusReason}
            </p>
          ) : null}
        </Notice>
      ) : null}
      <dl class="summary-list">
        <div>
          <dt>{t(m.common.number)}</dt>
          <dd>{document.number}</dd>
        </div>
        <DocumentDates page={page} document={document} />
        <div>
          <dt>{t(m.common.verifyCode)}</dt>
          <dd>
            <code>{document.verifyCode}</code>
          </dd>
        </div>
      </dl>
      <p>{t(m.mine.share, { link: verifyUrl, code: document.verifyCode })}</p>
      <ul class="link-list">
        {document.pdfSha256 ? (
          <li>
            <a href={`/me/documents/${document.id}/document.pdf`} download>
              {t(m.common.downloadPdf)}
            </a>
          </li>
        ) : null}
        <li>
          <a href={`/me/documents/${document.id}/credential.json`} download>
            {t(m.common.downloadCredential)}
          </a>
        </li>
      </ul>
      <h2>{t(m.common.data)}</h2>
      <DocumentData page={page} document={document} documentType={documentType} />
      <h2>{t(m.common.history)}</h2>
      <DocumentHistory page={page} events={events} />
    </Layout>
  );
}
