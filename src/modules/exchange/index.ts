export {
  callDataService,
  DATA_USED_EVENT,
  type DataCall,
  type DataCallResult,
  type ExchangeFailure,
} from "./call-data-service";
export {
  appendExchangeLog,
  type ExchangeLogEntry,
  exchangeOutcomes,
} from "./log/append-exchange-log";
export { runExchangeCommand } from "./log/exchange-command";
export { sealExchangeLog, sealExchangeLogJob } from "./log/seal-exchange-log";
export { type ExchangeLogVerification, verifyExchangeLog } from "./log/verify-exchange-log";
export {
  type Consent,
  type DataService,
  findApplicableGrant,
  findDataServiceByPath,
  findLiveConsent,
  type Grant,
  type Registry,
} from "./lookups";
export {
  type BilingualText,
  type ClientId,
  type DataServiceSource,
  formatClientId,
  formatServiceId,
  MEMBER_CLASS,
  parseClientId,
  parseServiceId,
  type ServiceId,
} from "./schema";
