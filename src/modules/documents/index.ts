export { changeDocumentStatus, type StatusChange } from "./change-document-status";
export { saveDocumentType } from "./document-types";
export { issueDocument, type IssueDocumentOptions, type IssueOutcome } from "./issue-document";
export { issueOnApprovalJob } from "./issue-on-approval";
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
export { documentRoutes } from "./routes";
export {
  type DocumentType,
  type DocumentTypeDefinition,
  DocumentTypeDefinitionSchema,
  type IssuedDocument,
} from "./schema";
