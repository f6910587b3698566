import { performance } from "node:perf_hooks";

import { type Database, type Queryable, transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { defineJobHandler } from "@/core/jobs";

import { gatherAgencyFacts } from "./agency-facts";
import { type AgencyFacts, judgeLevel } from "./level-rule";
import {
  type AgencyLevelRow,
  analyzeAgencyLevels,
  insertLevelRun,
  selectPlacements,
  upsertAgencyLevels,
} from "./repo";
import type { Level } from "./schema";

function selfLevelOf(facts: AgencyFacts): Level {
  if (!facts.beginnerCriteriaMet) return "none";
  return facts.standardCriteriaMet ? "standard" : "beginner";
}

/** Each agency's level (all, or those named) with what it was judged from. */
async function computeLevelRows(
  db: Queryable,
  agencyIds: readonly string[] | undefined,
  now: Date,
): Promise<AgencyLevelRow[]> {
  const facts = await gatherAgencyFacts({ db, agencyIds, now });
  const placements = await selectPlacements(db, agencyIds);
  return placements.map((placement) => {
    const agency = facts(placement.agencyId);
    return {
      agencyId: placement.agencyId,
      level: judgeLevel(agency).level,
      selfLevel: selfLevelOf(agency),
      hasVerifiedEmail: agency.verifiedEmailChannels > 0,
      publishedServices: agency.publishedServices,
      answeredOnTime: agency.answeredOnTime,
      lateOrOverdue: agency.lateOrOverdue,
      ministryId: placement.ministryId,
      province: placement.province,
    };
  });
}

/**
 * Recomputes the levels of the agencies named, in the caller's transaction:
 * after an agency assesses itself, its own row is current at once.
 */
export async function refreshAgencyLevels({
  db,
  agencyIds,
  now = new Date(),
}: {
  db: Queryable;
  agencyIds: readonly string[];
  now?: Date;
}): Promise<void> {
  await upsertAgencyLevels(db, await computeLevelRows(db, agencyIds, now), now);
}

/**
 * Recomputes every agency's level into the snapshot the dashboard groups,
 * in one transaction (the dashboard never sees half a run), and records
 * the run. Each part is one grouped query, so the cost grows with the
 * number of agencies, not with how often the dashboard is opened.
 */
export async function refreshAllAgencyLevels({
  db,
  now = new Date(),
}: {
  db: Database;
  now?: Date;
}): Promise<{ agencies: number; milliseconds: number }> {
  const started = performance.now();
  return transaction(db, async (tx) => {
    const rows = await computeLevelRows(tx, undefined, now);
    await upsertAgencyLevels(tx, rows, now);
    await analyzeAgencyLevels(tx);
    const milliseconds = Math.round(performance.now() - started);
    await insertLevelRun(tx, { id: newId(), computedAt: now, agencies: rows.length, milliseconds });
    return { agencies: rows.length, milliseconds };
  });
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;

export const levelRefreshJob = defineJobHandler({
  kind: "levels.refresh",
  everyMilliseconds: QUARTER_HOUR_MS,
  handle: async (_job, context) => {
    const result = await refreshAllAgencyLevels({ db: context.db });
    context.logger.info(result, "agency levels recomputed");
  },
});
