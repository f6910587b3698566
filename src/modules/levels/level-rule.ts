import { beginnerCriteria, type Level, type SelfAssessment, standardCriteria } from "./schema";

/** Share of answers given within their deadline that the standard level asks for. */
export const ON_TIME_TARGET = 0.8;
/** The period over which answers within deadlines are counted. */
export const ANSWER_WINDOW_DAYS = 90;

/** What the rule reads about one agency: what it declares and what the platform sees. */
export interface AgencyFacts {
  /** Whether the latest self-assessment meets every beginner criterion (false without one). */
  beginnerCriteriaMet: boolean;
  /** Whether it meets every standard criterion. */
  standardCriteriaMet: boolean;
  verifiedEmailChannels: number;
  publishedServices: number;
  /** Applications answered within their deadline in the window. */
  answeredOnTime: number;
  /** Answered late in the window, or still open past their due date. */
  lateOrOverdue: number;
}

export const conditionIds = [
  "beginner_criteria",
  "verified_email",
  "standard_criteria",
  "published_eservice",
  "answers_on_time",
] as const;
export type ConditionId = (typeof conditionIds)[number];

export interface Condition {
  id: ConditionId;
  /** The level the condition belongs to. */
  tier: Exclude<Level, "none">;
  /** Whether the agency says so (self) or the platform sees it (platform). */
  source: "self" | "platform";
  isMet: boolean;
}

/** Which tiers of criteria a self-assessment meets in full. */
export function criteriaMet(
  assessment: Partial<SelfAssessment> | null,
): Pick<AgencyFacts, "beginnerCriteriaMet" | "standardCriteriaMet"> {
  const isMet = (id: keyof SelfAssessment) => assessment?.[id]?.isMet === true;
  return {
    beginnerCriteriaMet: beginnerCriteria.every(isMet),
    standardCriteriaMet: standardCriteria.every(isMet),
  };
}

/**
 * The level a self-assessment reaches by itself: beginner when every
 * beginner criterion is met, standard when every criterion of both is.
 */
export function selfAssessedLevel(assessment: Partial<SelfAssessment> | null): Level {
  const met = criteriaMet(assessment);
  if (!met.beginnerCriteriaMet) return "none";
  return met.standardCriteriaMet ? "standard" : "beginner";
}

/** The share answered on time, or null when nothing fell due in the window. */
export function onTimeShare(
  facts: Pick<AgencyFacts, "answeredOnTime" | "lateOrOverdue">,
): number | null {
  const total = facts.answeredOnTime + facts.lateOrOverdue;
  return total === 0 ? null : facts.answeredOnTime / total;
}

/**
 * The rule, in one place:
 * - beginner: every beginner criterion self-assessed as met, and a verified
 *   official e-mail channel (an address or a mail domain) in the register;
 * - standard: beginner, every standard criterion self-assessed as met, at
 *   least one published e-service, and at least 80 % of applications that
 *   fell due in the last 90 days answered on time (an application still open
 *   past its due date counts as late; with none due the condition holds);
 * - none otherwise.
 */
export function judgeLevel(facts: AgencyFacts): { level: Level; conditions: Condition[] } {
  const share = onTimeShare(facts);
  const conditions: Condition[] = [
    {
      id: "beginner_criteria",
      tier: "beginner",
      source: "self",
      isMet: facts.beginnerCriteriaMet,
    },
    {
      id: "verified_email",
      tier: "beginner",
      source: "platform",
      isMet: facts.verifiedEmailChannels > 0,
    },
    {
      id: "standard_criteria",
      tier: "standard",
      source: "self",
      isMet: facts.standardCriteriaMet,
    },
    {
      id: "published_eservice",
      tier: "standard",
      source: "platform",
      isMet: facts.publishedServices > 0,
    },
    {
      id: "answers_on_time",
      tier: "standard",
      source: "platform",
      isMet: share === null || share >= ON_TIME_TARGET,
    },
  ];
  const meets = (tier: Condition["tier"]) =>
    conditions.filter((condition) => condition.tier === tier).every((condition) => condition.isMet);
  const level: Level = !meets("beginner") ? "none" : meets("standard") ? "standard" : "beginner";
  return { level, conditions };
}
