import type { Database } from "@/core/db/database";

import {
  type LaggingAgency,
  type LaggingSort,
  type LevelCounts,
  type MinistryCounts,
  type ProvinceCounts,
  selectCountsByMinistry,
  selectCountsByProvince,
  selectLaggingAgencies,
  selectLevelTotals,
} from "./dashboard-repo";
import { refreshAllAgencyLevels } from "./refresh-levels";
import { selectLatestRun } from "./repo";

export const LAGGING_PAGE_SIZE = 50;

export interface LevelSummary {
  computedAt: Date | null;
  totals: LevelCounts;
  byMinistry: MinistryCounts[];
  byProvince: ProvinceCounts[];
}

export interface LevelDashboard extends LevelSummary {
  lagging: { items: LaggingAgency[]; total: number; pages: number };
}

export interface LaggingFilter {
  sort: LaggingSort;
  isDescending: boolean;
  ministryCode: string | null;
  province: string | null;
  page: number;
}

/**
 * Agencies per level by ministry and province, grouped in the database
 * over the levels snapshot. The snapshot is recomputed by a recurring job;
 * before its first run it is computed here, once, so the first look is
 * never empty.
 */
export async function getLevelSummary({ db }: { db: Database }): Promise<LevelSummary> {
  let computedAt = await selectLatestRun(db);
  if (!computedAt) {
    await refreshAllAgencyLevels({ db });
    computedAt = await selectLatestRun(db);
  }
  const totals = await selectLevelTotals(db);
  const byMinistry = await selectCountsByMinistry(db);
  const byProvince = await selectCountsByProvince(db);
  return { computedAt, totals, byMinistry, byProvince };
}

/** The operator's dashboard: the summary, and who lags, a page at a time. Callers check the operator. */
export async function getLevelDashboard({
  db,
  filter,
}: {
  db: Database;
  filter: LaggingFilter;
}): Promise<LevelDashboard> {
  const summary = await getLevelSummary({ db });
  const lagging = await selectLaggingAgencies(db, {
    sort: filter.sort,
    isDescending: filter.isDescending,
    ministryCode: filter.ministryCode,
    province: filter.province,
    limit: LAGGING_PAGE_SIZE,
    offset: (filter.page - 1) * LAGGING_PAGE_SIZE,
  });
  return {
    ...summary,
    lagging: { ...lagging, pages: Math.max(1, Math.ceil(lagging.total / LAGGING_PAGE_SIZE)) },
  };
}
