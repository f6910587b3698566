import { scamReportMessages } from "./messages";

/**
 * The operator's menu entry for scam reports. The console decides who sees
 * it (only the central operator); this file imports nothing that leads back
 * to the console, so the console may list it while loading.
 */
export const scamReportConsoleLink = {
  id: "scam-reports",
  href: "/console/operator/scam-reports",
  label: scamReportMessages.queue.section,
} as const;
