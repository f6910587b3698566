export { assessLevel, type AssessmentForm, getAgencyLevel, hasSelfAssessed } from "./assess-level";
export { levelConsoleSection, levelDashboardConsoleLink } from "./console-section";
export { getLevelSummary } from "./level-dashboard";
export { type AgencyFacts, judgeLevel } from "./level-rule";
export { levelMessages } from "./messages";
export { levelRefreshJob, refreshAllAgencyLevels } from "./refresh-levels";
export { levelRoutes } from "./routes";
export { type Level, levels } from "./schema";
