import type { Database } from "@/core/db/database";

import { enqueueJob } from "./enqueue-job";
import type { JobHandler } from "./job-handler";

/**
 * Enqueues one run of each recurring job per period. The dedupe key names the
 * period, so any number of workers asking at once still make only one run.
 */
export async function scheduleRecurringJobs(options: {
  db: Database;
  handlers: readonly JobHandler[];
  now?: Date;
}): Promise<number> {
  const now = (options.now ?? new Date()).getTime();
  let scheduled = 0;
  for (const handler of options.handlers) {
    if (!handler.everyMilliseconds) continue;
    const period = Math.floor(now / handler.everyMilliseconds);
    await options.db.transaction((tx) =>
      enqueueJob(tx, { kind: handler.kind, dedupeKey: `every:${handler.kind}:${period}` }),
    );
    scheduled += 1;
  }
  return scheduled;
}
