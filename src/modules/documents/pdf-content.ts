import { formatDate, type Locale, translate } from "@/core/i18n";
import type { Agency } from "@/modules/agencies";

import { documentMessages } from "./messages";
import type { AssociatedFile } from "./pdf/pdf-a-document";
import type { DocumentField, DocumentPdfContent, DocumentTable } from "./pdf/render-document-pdf";
import type { DocumentType } from "./schema";

/** A field's value as the paper shows it: dates in the Buddhist Era for Thai, numbers grouped. */
function displayValue(type: DocumentType["fields"][number]["type"], value: string, locale: Locale) {
  if (type === "date") return formatDate(new Date(`${value}T00:00:00+07:00`), locale, "date");
  if (type === "number") {
    const [whole, fraction] = value.split(".");
    const grouped = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB").format(
      Number(whole),
    );
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  return value;
}

/** What the PDF of a document shows, in the holder's language. */
export function pdfContentOf(document: {
  agency: Pick<Agency, "nameTh" | "nameEn">;
  documentType: Pick<DocumentType, "title" | "fields" | "signatory">;
  data: Readonly<Record<string, string>>;
  holderName: string;
  number: string;
  verifyUrl: string;
  verifyCode: string;
  issuedAt: Date;
  validUntil: Date | null;
  locale: Locale;
  attachments: readonly AssociatedFile[];
  tables?: readonly DocumentTable[] | undefined;
}): DocumentPdfContent {
  const { locale, documentType } = document;
  const m = documentMessages.pdf;
  const fields: DocumentField[] = [
    { label: translate(locale, m.holder), value: document.holderName },
    ...documentType.fields
      .filter((field) => (document.data[field.key] ?? "").trim() !== "")
      .map((field) => ({
        label: field.label[locale],
        value: displayValue(field.type, document.data[field.key]!.trim(), locale),
      })),
    ...(document.validUntil
      ? [
          {
            label: translate(locale, m.validUntil),
            value: formatDate(document.validUntil, locale, "date"),
          },
        ]
      : []),
  ];
  return {
    locale,
    agency: document.agency,
    title: documentType.title[locale],
    documentNumber: document.number,
    issuedAt: document.issuedAt,
    fields,
    ...(document.tables ? { tables: document.tables } : {}),
    signatory: {
      name: documentType.signatory.name[locale],
      position: documentType.signatory.position[locale],
    },
    verifyUrl: document.verifyUrl,
    verificationCode: document.verifyCode,
    associatedFiles: document.attachments,
    signature: { signedAt: document.issuedAt },
  };
}
