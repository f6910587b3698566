export { documentMessages } from "./messages";
export { checkPdfSignature, type PdfSignatureCheck } from "./pdf/check-pdf-signature";
export { documentFonts } from "./pdf/fonts";
export { type AssociatedFile, type AssociatedFileRelationship } from "./pdf/pdf-a-document";
export {
  type DocumentField,
  type DocumentPdfContent,
  renderDocumentPdf,
} from "./pdf/render-document-pdf";
export { signPdf } from "./pdf/sign-pdf";
export { breakIntoLines } from "./pdf/thai-text";
