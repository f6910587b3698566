export {
  ConsentRequest,
  type ConsentRequestDetails,
  readConsentDecision,
} from "../consent/consent-request";
export { assessRequirement, type RequirementAssessment } from "./assess-requirement";
export { consentToRequirement } from "./consent-to-requirement";
export {
  type DataSource,
  DataSourceSchema,
  type DraftDataSource,
  parseDraftDataSources,
  toDataSource,
  type UnverifiedSource,
  verifiedAnswers,
  type VerifiedSource,
} from "./data-source";
export { answerFor, fetchRegistryRequirement, unfetchedSource } from "./fetch-requirement";
export { onceOnlyMessages } from "./messages";
export { DataSourceList, formatClock, sourceNotice, verifiedBadge } from "./views";
