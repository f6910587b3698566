import { addWorkingDays } from "@/core/calendar/working-days";
import type { ServiceDefinition } from "@/modules/services";

import type { ApplicationRecord } from "./repo";

export interface ExpectedStep {
  title: { th: string; en: string };
  workingDays: number;
  expectedBy: string;
}

/**
 * When each step of the manual should be done, counted in working days from
 * receipt; time the clock stood still waiting for the applicant is added.
 */
export function expectedSteps(
  application: Pick<
    ApplicationRecord,
    "submittedAt" | "infoRequestedAt" | "amendedAt" | "pausedSince"
  >,
  steps: ServiceDefinition["steps"],
  now: Date = new Date(),
): ExpectedStep[] {
  const pausedMs = application.pausedSince
    ? now.getTime() - application.pausedSince.getTime()
    : application.infoRequestedAt && application.amendedAt
      ? application.amendedAt.getTime() - application.infoRequestedAt.getTime()
      : 0;
  let days = 0;
  return steps.map((step) => {
    days += step.workingDays;
    const due = addWorkingDays(application.submittedAt, days);
    return {
      title: step.title,
      workingDays: step.workingDays,
      expectedBy: (pausedMs > 0
        ? addWorkingDays(new Date(due.getTime() + pausedMs), 0)
        : due
      ).toISOString(),
    };
  });
}
