export {
  CONSENT_RECEIPT_JWS_TYPE,
  type ConsentReceiptClaims,
  DATA_USE_PAGE_PATH,
  readConsentReceipt,
  verifyConsentReceipt,
} from "./consent-receipt";
export {
  CONSENT_DECISION_FIELD,
  type ConsentDecision,
  ConsentDecisionSchema,
  ConsentRequest,
  type ConsentRequestDetails,
  describeConsentRequest,
  explainConsentRequest,
  readConsentDecision,
} from "./consent-request";
export { giveConsent } from "./give-consent";
export { type ConsentState, consentStateOf, getOwnConsent, listConsents } from "./list-consents";
export { consentMessages } from "./messages";
export type { ConsentListing, ConsentRecord } from "./repo";
export { revokeConsent } from "./revoke-consent";
export { consentRoutes } from "./routes";
