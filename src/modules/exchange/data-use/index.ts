export { dataUsedNoticeJob, sendDataUsedNotice } from "./data-used-notice";
export {
  DATA_USE_PAGE_SIZE,
  type DataUseEntryView,
  type DataUsePage,
  type DataUseQuery,
  listDataUse,
} from "./list-data-use";
export { dataUseMessages } from "./messages";
export { getDataUseNoticeSetting, setDataUseNoticeSetting } from "./notice-setting";
export { type DataUseOutcome, dataUseOutcomes } from "./repo";
export { dataUseRoutes } from "./routes";
