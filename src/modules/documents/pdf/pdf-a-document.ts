import PDFDocument from "pdfkit";

import { documentFontFaces, documentFonts } from "./fonts";

/** How an embedded file relates to the document (ISO 32000-2 AFRelationship). */
export type AssociatedFileRelationship =
  "Source" | "Data" | "Alternative" | "Supplement" | "Unspecified";

/** A file carried inside the PDF and listed in its /AF, as PDF/A-3 allows. */
export interface AssociatedFile {
  name: string;
  mimeType: string;
  relationship: AssociatedFileRelationship;
  description: string;
  content: Uint8Array;
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
  /** BCP 47, e.g. `th-TH`. */
  language: string;
  createdAt: Date;
}

export interface SignaturePlaceholder {
  /** Bytes reserved for the CMS signature; the hex text in the file takes twice as many. */
  reservedBytes?: number;
  signerName?: string;
  reason?: string;
  location?: string;
  signedAt: Date;
}

/**
 * The PDFKit internals the signature field needs: PDFKit has no public API
 * for a signature dictionary, and the objects must be in the first (and only)
 * revision of the file so that the signature covers everything.
 */
interface PdfKitInternals {
  ref(data: Record<string, unknown>): PdfKitReference;
  _root: { data: { AcroForm?: unknown } };
  page: { annotations: PdfKitReference[]; dictionary: PdfKitReference };
}
interface PdfKitReference {
  end(chunk?: unknown): void;
}

export const BYTE_RANGE_PLACEHOLDER = "**********";
const DEFAULT_RESERVED_BYTES = 16_384;

/** PDFKit writes a String object as a PDF text string, and a plain string as a name. */
function pdfText(text: string): object {
  return new String(text);
}

/** Document metadata goes into XMP, which PDFKit writes without escaping. */
function metadataText(text: string): string {
  return text
    .replace(/[<>&"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A PDFKit document set up for PDF/A-3b: PDF 1.7, XMP with pdfaid part 3
 * conformance B, an sRGB output intent (PDFKit embeds the ICC's sRGB2014
 * profile, freely redistributable), and only the embedded Sarabun fonts.
 */
export function createPdfA3Document(metadata: PdfMetadata): PDFKit.PDFDocument {
  const fonts = documentFontFaces();
  const document = new PDFDocument({
    pdfVersion: "1.7",
    subset: "PDF/A-3b",
    size: "A4",
    margin: 56,
    lang: metadata.language,
    displayTitle: true,
    // The default font would otherwise be Helvetica, which PDF/A forbids unembedded.
    // PDFKit takes a parsed font where its types say a path.
    font: fonts.regular as unknown as string,
    info: {
      Title: metadataText(metadata.title),
      Author: metadataText(metadata.author),
      ...(metadata.subject ? { Subject: metadataText(metadata.subject) } : {}),
      ...(metadata.keywords ? { Keywords: metadataText(metadata.keywords) } : {}),
      Creator: "Pratu",
      Producer: "Pratu with PDFKit",
      CreationDate: metadata.createdAt,
    },
  });
  document.registerFont(documentFonts.regular.name, fonts.regular as unknown as string);
  document.registerFont(documentFonts.bold.name, fonts.bold as unknown as string);
  return document;
}

/** Embeds a file and lists it in the catalogue's /AF with its relationship. */
export function embedAssociatedFile(
  document: PDFKit.PDFDocument,
  file: AssociatedFile,
  at: Date,
): void {
  const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: AssociatedFileRelationship } =
    {
      name: file.name,
      type: file.mimeType,
      description: file.description,
      relationship: file.relationship,
      creationDate: at,
      modifiedDate: at,
    };
  document.file(Buffer.from(file.content), options);
}

/**
 * Adds an invisible signature field whose /Contents and /ByteRange are
 * placeholders, to be filled by `signPdf` without adding a revision.
 */
export function addSignaturePlaceholder(
  document: PDFKit.PDFDocument,
  placeholder: SignaturePlaceholder,
): void {
  const pdf = document as unknown as PdfKitInternals;
  const signature = pdf.ref({
    Type: "Sig",
    Filter: "Adobe.PPKLite",
    SubFilter: "ETSI.CAdES.detached",
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: new Uint8Array(placeholder.reservedBytes ?? DEFAULT_RESERVED_BYTES),
    M: placeholder.signedAt,
    ...(placeholder.signerName ? { Name: pdfText(placeholder.signerName) } : {}),
    ...(placeholder.reason ? { Reason: pdfText(placeholder.reason) } : {}),
    ...(placeholder.location ? { Location: pdfText(placeholder.location) } : {}),
  });
  const widget = pdf.ref({
    Type: "Annot",
    Subtype: "Widget",
    FT: "Sig",
    // Invisible (zero size), printed and locked: PDF/A wants the Print flag on every annotation.
    Rect: [0, 0, 0, 0],
    F: 4 | 128,
    T: pdfText("Signature1"),
    V: signature,
    P: pdf.page.dictionary,
  });
  pdf.page.annotations.push(widget);
  // PDFKit's own form sets NeedAppearances, which PDF/A forbids; keep its
  // object (PDFKit ends it and adds the font resources) with our entries.
  document.initForm();
  const form = pdf._root.data.AcroForm as { data: Record<string, unknown> };
  form.data = { Fields: [widget], SigFlags: 3, DR: form.data.DR };
  signature.end();
  widget.end();
}

/** Ends the document and collects the bytes PDFKit streams out. */
export function finishPdf(document: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on("error", reject);
    document.end();
  });
}
