export { type AnswerTimeliness, summariseAnswerTimeliness } from "./answer-timeliness";
export { amendApplication, rateApplication } from "./applicant-actions";
export { type ApprovedApplication, findApprovedApplication } from "./decided-application";
export { saveDraftAnswers, startDraft, uploadToDraft } from "./drafts";
export { draftTendingJob, progressNoticesJob } from "./notices";
export { claimApplication, decideApplication, requestInformation } from "./officer-actions";
export { applicationRoutes } from "./routes";
export { submitApplication } from "./submit-application";
