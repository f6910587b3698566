export { buildChannelIndex, type ChannelIndex } from "./check/channel-index";
export { checkItems, type CheckResult } from "./check/check";
export { extractItems } from "./check/extract";
export { checkChannels } from "./check-channels";
export { channelMessages } from "./messages";
export { normaliseChannel } from "./normalise-channel";
export {
  type ChannelEvent,
  listAgencyChannels,
  listChannelEvents,
  listVerifiedChannels,
  recordChannelEvent,
  upsertChannel,
  type UpsertOutcome,
} from "./repo";
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
