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
export { type CadesVerification, verifyCadesDetachedSignature } from "./verify-cades-signature";
