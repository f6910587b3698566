export { buildChannelIndex, type ChannelIndex } from "./check/channel-index";
export { checkItems, type CheckResult } from "./check/check";
export { extractItems } from "./check/extract";
export { checkChannels } from "./check-channels";
export { channelMessages } from "./messages";
export { normaliseChannel } from "./normalise-channel";
export { listAgencyChannels, listVerifiedChannels, upsertChannel } from "./repo";
export { channelRoutes } from "./routes";
export { type ChannelKind, channelKinds, type RegisteredChannel } from "./schema";
