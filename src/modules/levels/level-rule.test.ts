import { describe, expect, test } from "vitest";

import {
  type AgencyFacts,
  type ConditionId,
  criteriaMet,
  judgeLevel,
  selfAssessedLevel,
} from "./level-rule";
import { beginnerCriteria, criteria, type SelfAssessment, standardCriteria } from "./schema";

/** An agency that meets every condition of the standard level. */
const standard: AgencyFacts = {
  beginnerCriteriaMet: true,
  standardCriteriaMet: true,
  verifiedEmailChannels: 1,
  publishedServices: 1,
  answeredOnTime: 8,
  lateOrOverdue: 2,
};

describe("judgeLevel", () => {
  test.each<[string, Partial<AgencyFacts>, string, ConditionId[]]>([
    ["every condition met", {}, "standard", []],
    ["no beginner self-assessment", { beginnerCriteriaMet: false }, "none", ["beginner_criteria"]],
    ["no verified e-mail channel", { verifiedEmailChannels: 0 }, "none", ["verified_email"]],
    [
      "neither beginner condition",
      { beginnerCriteriaMet: false, verifiedEmailChannels: 0, standardCriteriaMet: false },
      "none",
      ["beginner_criteria", "verified_email", "standard_criteria"],
    ],
    [
      "standard criteria not all met",
      { standardCriteriaMet: false },
      "beginner",
      ["standard_criteria"],
    ],
    ["no published e-service", { publishedServices: 0 }, "beginner", ["published_eservice"]],
    [
      "79 % answered on time",
      { answeredOnTime: 79, lateOrOverdue: 21 },
      "beginner",
      ["answers_on_time"],
    ],
    ["exactly 80 % answered on time", { answeredOnTime: 80, lateOrOverdue: 20 }, "standard", []],
    ["nothing fell due in the window", { answeredOnTime: 0, lateOrOverdue: 0 }, "standard", []],
    [
      "only overdue applications",
      { answeredOnTime: 0, lateOrOverdue: 3 },
      "beginner",
      ["answers_on_time"],
    ],
    [
      "standard facts without the beginner ones",
      { verifiedEmailChannels: 0 },
      "none",
      ["verified_email"],
    ],
  ])("%s", (_name, change, level, missing) => {
    const judged = judgeLevel({ ...standard, ...change });
    expect(judged.level).toBe(level);
    expect(judged.conditions.filter((condition) => !condition.isMet).map((c) => c.id)).toEqual(
      missing,
    );
  });

  test("names each condition with its level and where it comes from", () => {
    expect(
      judgeLevel(standard).conditions.map((condition) => [
        condition.id,
        condition.tier,
        condition.source,
      ]),
    ).toEqual([
      ["beginner_criteria", "beginner", "self"],
      ["verified_email", "beginner", "platform"],
      ["standard_criteria", "standard", "self"],
      ["published_eservice", "standard", "platform"],
      ["answers_on_time", "standard", "platform"],
    ]);
  });
});

describe("self-assessment", () => {
  const assessment = (met: readonly string[]): SelfAssessment =>
    Object.fromEntries(
      criteria.map((id) => [id, { isMet: met.includes(id), evidence: "" }]),
    ) as SelfAssessment;

  test.each<[string, readonly string[], string, boolean, boolean]>([
    ["nothing met", [], "none", false, false],
    ["all beginner criteria", beginnerCriteria, "beginner", true, false],
    ["all but one beginner criterion", beginnerCriteria.slice(1), "none", false, false],
    ["every criterion", criteria, "standard", true, true],
    ["standard criteria without the beginner ones", standardCriteria, "none", false, true],
    [
      "all beginner and all but one standard",
      [...beginnerCriteria, ...standardCriteria.slice(1)],
      "beginner",
      true,
      false,
    ],
  ])("%s", (_name, met, level, beginner, standardMet) => {
    expect(selfAssessedLevel(assessment(met))).toBe(level);
    expect(criteriaMet(assessment(met))).toEqual({
      beginnerCriteriaMet: beginner,
      standardCriteriaMet: standardMet,
    });
  });

  test("without any self-assessment the agency meets no criterion", () => {
    expect(selfAssessedLevel(null)).toBe("none");
  });
});
