import { formatDate, type Locale, translate } from "@/core/i18n";

import { documentMessages } from "../messages";
import { drawQrCode } from "./draw-qr-code";
import { drawText, textHeight, type TextStyle } from "./draw-text";
import {
  addSignaturePlaceholder,
  type AssociatedFile,
  createPdfA3Document,
  embedAssociatedFile,
  finishPdf,
} from "./pdf-a-document";

export interface DocumentField {
  label: string;
  value: string;
}

/** A table under the fields, such as a transcript's courses; it goes on over pages. */
export interface DocumentTable {
  caption: string;
  /** Widths are shares of the page's width; together 1. */
  columns: readonly { header: string; width: number; align?: "left" | "right" | "center" }[];
  rows: readonly (readonly string[])[];
}

/** Everything one issued document shows, already in the document's language. */
export interface DocumentPdfContent {
  locale: Locale;
  agency: { nameTh: string; nameEn: string };
  title: string;
  documentNumber: string;
  issuedAt: Date;
  fields: readonly DocumentField[];
  tables?: readonly DocumentTable[];
  signatory: { name: string; position: string };
  /** The short link the QR code carries, e.g. `https://pratu.example/v/AB12CD`. */
  verifyUrl: string;
  verificationCode?: string;
  /** The credential JSON, a transcript XML...: embedded and listed in /AF. */
  associatedFiles?: readonly AssociatedFile[];
  /** Reserve a signature field for `signPdf`; leave out for an unsigned draft. */
  signature?: { reservedBytes?: number; location?: string; signedAt?: Date };
}

const styles = {
  agency: { font: "bold", size: 18 },
  agencyEnglish: { font: "regular", size: 11, color: "#454545" },
  meta: { font: "regular", size: 12 },
  title: { font: "bold", size: 22 },
  label: { font: "bold", size: 13 },
  value: { font: "regular", size: 13 },
  signatory: { font: "regular", size: 13 },
  small: { font: "regular", size: 10, color: "#454545", lineHeight: 1.45 },
  smallBold: { font: "bold", size: 11 },
  tableCaption: { font: "bold", size: 13 },
  tableHeader: { font: "bold", size: 10 },
  tableCell: { font: "regular", size: 10 },
} satisfies Record<string, TextStyle>;

const PAGE_MARGIN = 56;
const EMBLEM_SIZE = 64;
const QR_SIZE = 96;

function drawEmblemPlaceholder(
  document: PDFKit.PDFDocument,
  centreX: number,
  top: number,
  locale: Locale,
): number {
  const radius = EMBLEM_SIZE / 2;
  document
    .save()
    .lineWidth(0.8)
    .strokeColor("#8a8a8a")
    .circle(centreX, top + radius, radius)
    .stroke()
    .restore();
  drawText(
    document,
    translate(locale, documentMessages.pdf.emblem),
    { x: centreX - radius, y: top + radius - 8, width: EMBLEM_SIZE, align: "center" },
    { font: "regular", size: 9, color: "#8a8a8a" },
  );
  return EMBLEM_SIZE;
}

/** Draws the fields as a two-column table, going on to a new page at `bottom`; answers where it ended. */
function drawFieldTable(
  document: PDFKit.PDFDocument,
  fields: readonly DocumentField[],
  box: { x: number; y: number; width: number; bottom: number },
): number {
  const labelWidth = box.width * 0.34;
  const gap = 12;
  const valueWidth = box.width - labelWidth - gap;
  let y = box.y;
  for (const field of fields) {
    const rowHeight =
      Math.max(
        textHeight(document, field.label, labelWidth, styles.label),
        textHeight(document, field.value, valueWidth, styles.value),
      ) + 10;
    if (y + rowHeight > box.bottom) {
      document.addPage();
      y = PAGE_MARGIN;
    }
    drawText(document, field.label, { x: box.x, y: y + 6, width: labelWidth }, styles.label);
    drawText(
      document,
      field.value,
      { x: box.x + labelWidth + gap, y: y + 6, width: valueWidth },
      styles.value,
    );
    y += rowHeight;
    document
      .save()
      .lineWidth(0.5)
      .strokeColor("#c8c8c8")
      .moveTo(box.x, y)
      .lineTo(box.x + box.width, y)
      .stroke()
      .restore();
  }
  return y;
}

/** Draws a table, its header again on each new page; answers where it ended. */
function drawTable(
  document: PDFKit.PDFDocument,
  table: DocumentTable,
  box: { x: number; y: number; width: number; bottom: number },
): number {
  const gap = 6;
  const widths = table.columns.map((column) => column.width * box.width);
  const drawRow = (cells: readonly string[], style: TextStyle, top: number): number => {
    const height =
      Math.max(
        ...cells.map((cell, index) => textHeight(document, cell, widths[index]! - gap, style)),
      ) + 6;
    let x = box.x;
    cells.forEach((cell, index) => {
      const align = table.columns[index]?.align ?? "left";
      drawText(document, cell, { x, y: top + 3, width: widths[index]! - gap, align }, style);
      x += widths[index]!;
    });
    return height;
  };
  const header = table.columns.map((column) => column.header);
  const rule = (at: number) =>
    document
      .save()
      .lineWidth(0.5)
      .strokeColor("#c8c8c8")
      .moveTo(box.x, at)
      .lineTo(box.x + box.width, at)
      .stroke()
      .restore();
  let y = box.y;
  if (y + 60 > box.bottom) {
    document.addPage();
    y = PAGE_MARGIN;
  }
  y += drawText(document, table.caption, { x: box.x, y, width: box.width }, styles.tableCaption);
  y += drawRow(header, styles.tableHeader, y);
  rule(y);
  for (const row of table.rows) {
    const height = textHeight(document, row.join(" "), box.width, styles.tableCell) + 6;
    if (y + height > box.bottom) {
      document.addPage();
      y = PAGE_MARGIN;
      y += drawRow(header, styles.tableHeader, y);
      rule(y);
    }
    y += drawRow(row, styles.tableCell, y);
  }
  rule(y);
  return y;
}

/**
 * Lays out an issued document on A4 and returns it as PDF/A-3b: agency and
 * emblem, number and Buddhist Era date, title, the fields, the signatory,
 * and a QR code with the verification link. Files given are embedded as
 * associated files; with `signature`, a field is reserved for `signPdf`.
 */
export async function renderDocumentPdf(content: DocumentPdfContent): Promise<Uint8Array> {
  const { locale } = content;
  const m = documentMessages.pdf;
  const agencyName = locale === "th" ? content.agency.nameTh : content.agency.nameEn;
  const files = content.associatedFiles ?? [];
  const document = createPdfA3Document({
    title: content.title,
    author: agencyName,
    subject: `${content.title} ${content.documentNumber}`,
    keywords: content.documentNumber,
    language: locale === "th" ? "th-TH" : "en-GB",
    createdAt: content.issuedAt,
  });
  const left = PAGE_MARGIN;
  const width = document.page.width - PAGE_MARGIN * 2;
  const centreX = document.page.width / 2;
  let y = PAGE_MARGIN - 16;

  y += drawEmblemPlaceholder(document, centreX, y, locale) + 8;
  y += drawText(
    document,
    content.agency.nameTh,
    { x: left, y, width, align: "center" },
    styles.agency,
  );
  y += drawText(
    document,
    content.agency.nameEn,
    { x: left, y, width, align: "center" },
    styles.agencyEnglish,
  );
  y += 10;
  document
    .save()
    .lineWidth(1)
    .strokeColor("#1b1b1b")
    .moveTo(left, y)
    .lineTo(left + width, y)
    .stroke()
    .restore();
  y += 10;

  const number = translate(locale, m.documentNumber, { number: content.documentNumber });
  const issued = translate(locale, m.issuedOn, { date: formatDate(content.issuedAt, locale) });
  const halfWidth = width / 2;
  const metaHeight = Math.max(
    drawText(document, number, { x: left, y, width: halfWidth }, styles.meta),
    drawText(
      document,
      issued,
      { x: left + halfWidth, y, width: halfWidth, align: "right" },
      styles.meta,
    ),
  );
  y += metaHeight + 18;
  y += drawText(document, content.title, { x: left, y, width, align: "center" }, styles.title) + 14;
  // The QR code and its notes sit at the foot of the last page; the
  // signatory block goes above them, on a page of its own if need be.
  const footerTop = document.page.height - PAGE_MARGIN - QR_SIZE;
  y =
    drawFieldTable(document, content.fields, {
      x: left,
      y,
      width,
      bottom: document.page.height - PAGE_MARGIN,
    }) + 36;
  for (const table of content.tables ?? []) {
    y =
      drawTable(document, table, {
        x: left,
        y: y - 18,
        width,
        bottom: document.page.height - PAGE_MARGIN,
      }) + 36;
  }

  const signatoryWidth = width * 0.5;
  const signatoryX = left + width - signatoryWidth;
  const signatoryLines = [
    translate(locale, m.signedBy),
    `(${content.signatory.name})`,
    content.signatory.position,
  ];
  const signatoryHeight = signatoryLines
    .map((line) => textHeight(document, line, signatoryWidth, styles.signatory))
    .reduce((sum, height) => sum + height, 0);
  if (y + signatoryHeight > footerTop - 12) {
    document.addPage();
    y = PAGE_MARGIN;
  }
  for (const line of signatoryLines) {
    y += drawText(
      document,
      line,
      { x: signatoryX, y, width: signatoryWidth, align: "center" },
      styles.signatory,
    );
  }

  drawQrCode(document, content.verifyUrl, { x: left, y: footerTop, size: QR_SIZE });
  const textX = left + QR_SIZE + 14;
  const textWidth = width - QR_SIZE - 14;
  let footerY = footerTop + 4;
  footerY += drawText(
    document,
    translate(locale, m.verifyHeading),
    { x: textX, y: footerY, width: textWidth },
    styles.smallBold,
  );
  footerY += drawText(
    document,
    translate(locale, m.verifyInstructions, { agency: agencyName }),
    { x: textX, y: footerY, width: textWidth },
    styles.small,
  );
  footerY += drawText(
    document,
    content.verifyUrl,
    { x: textX, y: footerY, width: textWidth },
    styles.smallBold,
  );
  if (content.verificationCode) {
    footerY += drawText(
      document,
      translate(locale, m.verificationCode, { code: content.verificationCode }),
      { x: textX, y: footerY, width: textWidth },
      styles.small,
    );
  }
  if (files.length > 0) {
    drawText(
      document,
      translate(locale, m.embeddedCredential, { files: files.map((file) => file.name).join(", ") }),
      { x: textX, y: footerY, width: textWidth },
      styles.small,
    );
  }
  for (const file of files) embedAssociatedFile(document, file, content.issuedAt);
  if (content.signature) {
    addSignaturePlaceholder(document, {
      reservedBytes: content.signature.reservedBytes,
      signerName: agencyName,
      reason: translate(locale, m.signatureReason, { agency: agencyName }),
      location: content.signature.location,
      signedAt: content.signature.signedAt ?? new Date(),
    });
  }
  return finishPdf(document);
}
