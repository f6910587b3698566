import type { Config } from "@/config/schema";
import type { Queryable } from "@/core/db/database";

import type { CheckedItem } from "../check/check";
import { indicatorKey, indicatorOf } from "./indicators";
import { countConfirmedReports } from "./repo";
import type { ReportFormState } from "./views/report-form";

/** The report form under a fresh check result: the checked text carried over, nothing chosen yet. */
export function blankReportForm(config: Config, text: string): ReportFormState {
  return {
    text,
    receivedVia: "",
    note: "",
    problems: [],
    retentionDays: config.scamReports.retentionDays,
  };
}

/**
 * How many confirmed scam reports name each look-alike in a result, for the
 * checker to say "reported N times". Items nobody reported are left out.
 */
export async function confirmedReportCounts(
  db: Queryable,
  items: readonly CheckedItem[],
): Promise<Map<CheckedItem, number>> {
  const wanted = items
    .filter((item) => item.verdict === "lookalike")
    .map((item) => ({ item, indicator: indicatorOf(item) }))
    .filter(
      (entry): entry is { item: CheckedItem; indicator: NonNullable<typeof entry.indicator> } =>
        entry.indicator !== null,
    );
  const counts = await countConfirmedReports(
    db,
    wanted.map((entry) => entry.indicator),
  );
  const byItem = new Map<CheckedItem, number>();
  for (const { item, indicator } of wanted) {
    const count = counts.get(indicatorKey(indicator));
    if (count) byItem.set(item, count);
  }
  return byItem;
}
