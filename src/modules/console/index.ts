export { type AgencyAccess, type AgencyAccessEnv, requireAgencyMember } from "./agency-access";
export {
  type ConsoleContext,
  type ConsoleEnv,
  requireConsoleOfficer,
  requireSignedInOfficer,
} from "./console-access";
export { consoleMessages } from "./messages";
export { canOperate, isCentralOperator, requireOperator } from "./operator-access";
export { consoleRoutes } from "./routes";
export { type ConsoleSection, consoleSections } from "./sections";
export { ConsoleLayout } from "./views/console-layout";
