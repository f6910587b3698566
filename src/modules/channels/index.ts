export { buildChannelIndex, type ChannelIndex } from "./check/channel-index";
export { checkItems, type CheckResult } from "./check/check";
export { extractItems } from "./check/extract";
export { checkChannels } from "./check-channels";
export { importAgencies, type ImportProgress, type ImportReport } from "./import/import-agencies";
export { runImportCommand } from "./import/import-command";
export { notifyChannelAdminsJob } from "./lifecycle/admin-notices";
export { channelConsoleSection, channelOperatorConsoleSection } from "./lifecycle/console-section";
export { sendEmailConfirmationJob } from "./lifecycle/email-confirmation";
export { reverifyChannels, reverifyChannelsJob } from "./lifecycle/reverify-channels";
export { channelMessages } from "./messages";
export { normaliseChannel } from "./normalise-channel";
export { openDataSnapshotJob, publishDailySnapshot } from "./register/open-data";
export { searchRegister } from "./register/search-register";
export {
  type ChannelEvent,
  countVerifiedChannels,
  listAgencyChannels,
  listChannelEvents,
  listVerifiedChannels,
  recordChannelEvent,
  upsertChannel,
  type UpsertOutcome,
} from "./repo";
export { expireScamReports, scamReportRetentionJob } from "./reports/expire-scam-reports";
export { channelRoutes } from "./routes";
export {
  type Channel,
  channelEventNames,
  type ChannelKind,
  channelKinds,
  type ChannelStatus,
  channelStatuses,
  type RegisteredChannel,
} from "./schema";
