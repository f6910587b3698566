export { credentialIssueProblems } from "./check-credential-to-issue";
export {
  DOCUMENTS_CONTEXT_PATH,
  documentsContextUrl,
  staticContexts,
  staticDocumentLoader,
  VC_V2_CONTEXT_URL,
} from "./contexts";
export { canonicalJson, credentialSha256 } from "./credential-sha256";
export {
  agencyCodeOfDid,
  agencyDid,
  agencyVerificationMethod,
  buildAgencyDidDocument,
  type DidDocument,
  statusListUrl,
  type StatusPurpose,
  statusPurposes,
} from "./did-web";
export { type CredentialProblemCode, credentialProblemMessages } from "./messages";
export { agencyStatusBits, publishStatusList } from "./publish-status-list";
export { type IssuerAgency, resolveDid } from "./resolve-did";
export { signCredential } from "./sign-credential";
export {
  buildBitstring,
  checkStatusEntry,
  decodeBitstring,
  encodeBitstring,
  MINIMUM_STATUS_LIST_BITS,
} from "./status-list";
export {
  type CheckStatus,
  type CredentialChecklist,
  type CredentialProblem,
  type CredentialState,
  type CredentialVerification,
  verifyCredential,
} from "./verify-credential";
export { type PresentationVerification, verifyPresentation } from "./verify-presentation";
