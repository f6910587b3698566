import { recordAudit } from "@/core/audit/record-audit";
import type { Database, Queryable, Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import type { FieldProblem } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Translate } from "@/core/i18n";

import { gatherAgencyFacts } from "./agency-facts";
import { type AgencyFacts, type Condition, judgeLevel, selfAssessedLevel } from "./level-rule";
import { levelMessages as m } from "./messages";
import { levelPolicy } from "./policy";
import { refreshAgencyLevels } from "./refresh-levels";
import { type AssessmentRecord, insertAssessment, selectAssessments } from "./repo";
import { criteria, type Criterion, type Level, MAX_EVIDENCE, type SelfAssessment } from "./schema";

const HISTORY_ROWS = 20;

/** One agency's level as it stands now, computed live, with each condition and its facts. */
export interface AgencyLevel {
  level: Level;
  conditions: Condition[];
  facts: AgencyFacts;
  history: AssessmentRecord[];
}

export async function getAgencyLevel({
  db,
  actor,
  agencyId,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  agencyId: string;
  now?: Date;
}): Promise<AgencyLevel> {
  levelPolicy.authorize(actor, "level.view", { agencyId });
  return withinAgency(db, agencyId, async (scope) => {
    const facts = (await gatherAgencyFacts({ db: scope.tx, agencyIds: [agencyId], now }))(agencyId);
    const history = await selectAssessments(scope.tx, agencyId, HISTORY_ROWS);
    return { ...judgeLevel(facts), facts, history };
  });
}

/** Whether the agency has ever assessed itself (the demo seeds only those that have not). */
export async function hasSelfAssessed({
  db,
  agencyId,
}: {
  db: Queryable;
  agencyId: string;
}): Promise<boolean> {
  return (await selectAssessments(db, agencyId, 1)).length > 0;
}

/** The form as sent: which criteria are ticked, and the evidence typed for each. */
export type AssessmentForm = Record<Criterion, { isMet: boolean; evidence: string }>;

/** Every problem with the form at once: a ticked criterion needs its evidence. */
export function problemsWithAssessment(t: Translate, form: AssessmentForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const id of criteria) {
    const answer = form[id];
    const field = `evidence-${id}`;
    if (answer.evidence.length > MAX_EVIDENCE) {
      problems.push({ field, message: t(m.page.evidenceTooLong) });
    } else if (answer.isMet && answer.evidence.trim() === "") {
      problems.push({ field, message: t(m.page.evidenceRequired) });
    }
  }
  return problems;
}

/**
 * Saves a self-assessment as a new entry of the agency's history, audits
 * it, and brings the agency's row of the levels dashboard up to date in
 * the same transaction. The form must have been checked.
 */
export async function assessLevel({
  db,
  actor,
  agencyId,
  form,
  requestId,
  now = new Date(),
}: {
  db: Database | Transaction;
  actor: Actor | { type: "system"; id: string };
  agencyId: string;
  form: AssessmentForm;
  requestId?: string | undefined;
  now?: Date;
}): Promise<{ id: string; selfLevel: Level }> {
  if (actor.type !== "system") levelPolicy.authorize(actor, "level.assess", { agencyId });
  const answers = Object.fromEntries(
    criteria.map((id) => [id, { isMet: form[id].isMet, evidence: form[id].evidence.trim() }]),
  ) as SelfAssessment;
  const selfLevel = selfAssessedLevel(answers);
  const id = newId();
  await withinAgency(db, agencyId, async (scope) => {
    await insertAssessment(scope, {
      id,
      answers,
      selfLevel,
      officerId: actor.type === "officer" ? actor.officerId : null,
      at: now,
    });
    await recordAudit(scope.tx, {
      actor,
      action: "level.assessed",
      agencyId,
      target: { type: "level_assessment", id },
      requestId,
      details: {
        selfLevel,
        criteriaMet: criteria.filter((criterion) => answers[criterion].isMet),
      },
    });
    await refreshAgencyLevels({ db: scope.tx, agencyIds: [agencyId], now });
  });
  return { id, selfLevel };
}
