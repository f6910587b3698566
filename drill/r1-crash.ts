// R1: the server is killed with SIGKILL several times while clients submit,
// and started again on the same port. Afterwards every receipt a client was
// given must be in the database as given, and sending every submission again
// with its idempotency key must create nothing new for the acknowledged ones
// and exactly one application for each key in all.
import pg from "pg";

import { checkAcknowledged } from "../bench/harness/acknowledged";
import type { LoadResult } from "../bench/harness/load-spec";
import { freePort } from "../scripts/lib/postgres-cluster.mjs";
import {
  check,
  countBy,
  describeCounts,
  type DrillContext,
  type DrillResult,
  resendAttempts,
  startBackgroundLoad,
  startDrillServer,
  submitWorkload,
} from "./support";

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

export async function drillCrash(context: DrillContext): Promise<DrillResult> {
  const { options, fixture } = context;
  const port = await freePort();
  let server = await startDrillServer(context, "r1-serve-0", port);
  const load = startBackgroundLoad(
    {
      kind: "closed",
      baseUrl: server.url,
      clients: options.clients,
      timeoutMs: 15_000,
      workload: submitWorkload(fixture, "r1"),
    },
    "load-r1",
  );
  const restartMilliseconds: number[] = [];
  let restarted = 0;
  let result: LoadResult;
  try {
    for (let kill = 1; kill <= options.kills; kill++) {
      await sleep(options.secondsBetweenFaults * 1000);
      await server.kill();
      const begun = performance.now();
      server = await startDrillServer(context, `r1-serve-${kill}`, port);
      restartMilliseconds.push(Math.round(performance.now() - begun));
      restarted++;
    }
    await sleep(options.secondsBetweenFaults * 1000);
  } finally {
    result = await load.stop();
  }

  const stored = await checkAcknowledged(context.superuserUrl, result.acknowledgements);
  const resent = await resendAttempts(server.url, fixture, result.attempts);
  await server.stop();

  const acknowledged = new Map(result.acknowledgements.map((item) => [item.key, item]));
  const replayedWrongly = resent.filter((item) => {
    const original = acknowledged.get(item.attempt.key);
    return (
      original &&
      (item.status !== 201 || !item.isReplay || item.applicationId !== original.applicationId)
    );
  });
  const resentNotServed = resent.filter((item) => item.status !== 201);
  const keys = [...new Set(result.attempts.map((attempt) => attempt.key))];
  const client = new pg.Client({ connectionString: context.superuserUrl });
  await client.connect();
  const { rows } = await client.query<{ applications: number; keys: number }>(
    `select count(*)::int as applications, count(distinct (citizen_id, idempotency_key))::int as keys
       from applications where idempotency_key like 'r1-%'`,
  );
  await client.end();
  const counts = rows[0]!;

  const served = result.statuses["201"] ?? 0;
  return {
    id: "R1",
    name: `crash: kill -9 the server ${options.kills}× under load`,
    checks: [
      check(
        "the server started again after every kill",
        restarted === options.kills,
        `${restarted}/${options.kills}, restart to first 200: ${restartMilliseconds.join(", ")} ms`,
      ),
      check(
        "every acknowledged submission is stored as acknowledged",
        stored.missing.length === 0 && stored.altered.length === 0 && stored.checked > 0,
        `${stored.checked} receipts checked, ${stored.missing.length} missing, ${stored.altered.length} altered`,
      ),
      check(
        "re-sending an acknowledged key replays the same application",
        replayedWrongly.length === 0,
        `${acknowledged.size} re-sent, ${replayedWrongly.length} not replayed as the same application`,
      ),
      check(
        "every key sent ends with exactly one application",
        resentNotServed.length === 0 &&
          counts.applications === keys.length &&
          counts.keys === keys.length,
        `${keys.length} keys sent, ${counts.applications} applications, re-send answers ${describeCounts(countBy(resent, (item) => String(item.status)))}`,
      ),
    ],
    notes: [
      `${served} acknowledged during the drill; other answers ${describeCounts(
        Object.fromEntries(Object.entries(result.statuses).filter(([status]) => status !== "201")),
      )}; failures ${describeCounts(result.failures)} (connections cut by the kills)`,
    ],
  };
}
