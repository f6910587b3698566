export {
  type AgencyDocumentCertificate,
  type CertificateSource,
  type CertifiedAgency,
  findAgencyDocumentCertificateByFingerprint,
  findCurrentAgencyDocumentCertificate,
  issueAgencyDocumentCertificate,
  listAgencyDocumentCertificates,
  rotateAgencyDocumentCertificate,
} from "./agency-document-certificates";
export { type AgencyDocumentSigner, agencyDocumentSigner } from "./agency-document-signer";
export {
  cmsOids,
  createCadesDetachedSignature,
  type SignatureTimeStamper,
} from "./cades-signature";
export {
  certificatesToPem,
  type CertificateSummary,
  type ChainVerification,
  derToPem,
  keyPurposes,
  pemToDers,
  summariseCertificate,
  verifyCertificateChain,
} from "./certificates";
export {
  createLocalDocumentSigner,
  type DocumentKeyProvider,
  type DocumentSignatureAlgorithm,
  type DocumentSigner,
  registerDocumentKeyProvider,
} from "./document-signer";
export {
  certificateImportMessages,
  importAgencyDocumentCertificate,
  registerExternalAgencyDocumentCertificate,
} from "./import-agency-certificate";
export { pkcs12Messages, readPkcs12 } from "./pkcs12";
export {
  ensurePlatformRootCertificateAuthority,
  listPlatformRootCertificates,
  type PlatformRootCertificateAuthority,
} from "./platform-root-ca";
export {
  createTimeStampRequest,
  PRATU_TIME_STAMP_POLICY,
  type TimeStampFailure,
} from "./time-stamp-protocol";
export { createTimeStampResponse } from "./time-stamp-response";
export {
  readSignatureTimeStamp,
  readTimeStampResponse,
  readTimeStampToken,
  TimeStampError,
  type TimeStampRefusal,
  type TimeStampTokenInfo,
} from "./time-stamp-token";
export {
  createBuiltInTimeStamper,
  createHttpTimeStamper,
  documentTimeStamper,
} from "./time-stampers";
export { ensureTimeStampingAuthority, type TimeStampingAuthority } from "./time-stamping-authority";
export { type CadesVerification, verifyCadesDetachedSignature } from "./verify-cades-signature";
