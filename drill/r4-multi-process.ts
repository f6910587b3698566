// R4: two `pratu serve` and two `pratu worker` on one PostgreSQL, the same
// people submitting through both servers at once. No reference number may
// repeat, and no job may run twice (the jobs' own record of attempts and
// their effects, the notices, both say so).
import pg from "pg";

import type { Acknowledgement, LoadResult } from "../bench/harness/load-spec";
import type { PratuServer } from "../bench/harness/processes";
import { freePort } from "../scripts/lib/postgres-cluster.mjs";
import {
  check,
  describeCounts,
  type DrillContext,
  type DrillResult,
  startBackgroundLoad,
  startDrillServer,
  startDrillWorker,
  submitWorkload,
} from "./support";

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

interface JobFigures {
  jobs: number;
  pending: number;
  dead: number;
  doneTwice: number;
  ranAfterDone: number;
  workers: number;
  noticesTriedTwice: number;
  notices: number;
}

async function jobFigures(client: pg.Client): Promise<JobFigures> {
  const one = async (sql: string) => (await client.query<{ n: number }>(sql)).rows[0]!.n;
  return {
    jobs: await one("select count(*)::int as n from jobs"),
    pending: await one(
      "select count(*)::int as n from jobs where status in ('queued', 'running') and run_at <= now()",
    ),
    dead: await one("select count(*)::int as n from jobs where status = 'dead'"),
    doneTwice: await one(
      `select count(*)::int as n from (select job_id from job_runs where outcome = 'done'
         group by job_id having count(*) > 1) twice`,
    ),
    ranAfterDone: await one(
      `select count(*)::int as n from job_runs done
         join job_runs later on later.job_id = done.job_id and later.attempt > done.attempt
        where done.outcome = 'done'`,
    ),
    workers: await one("select count(distinct worker)::int as n from job_runs"),
    notices: await one("select count(*)::int as n from notification_deliveries"),
    noticesTriedTwice: await one(
      "select count(*)::int as n from notification_deliveries where attempts > 1",
    ),
  };
}

export async function drillMultiProcess(context: DrillContext): Promise<DrillResult> {
  const { options, fixture } = context;
  const [portA, portB] = [await freePort(), await freePort()];
  // All four start at once; if one cannot, the others are stopped before giving up.
  const started = await Promise.allSettled([
    startDrillServer(context, "r4-serve-a", portA),
    startDrillServer(context, "r4-serve-b", portB),
    startDrillWorker(context, "r4-worker-a"),
    startDrillWorker(context, "r4-worker-b"),
  ]);
  const failed = started.find((outcome) => outcome.status === "rejected");
  if (failed) {
    for (const outcome of started) if (outcome.status === "fulfilled") await outcome.value.stop();
    throw failed.reason;
  }
  const [serverA, serverB, workerA, workerB] = started.map(
    (outcome) => (outcome as PromiseFulfilledResult<PratuServer>).value,
  );
  const servers = [serverA!, serverB!];
  const workers = [workerA!, workerB!];
  const client = new pg.Client({ connectionString: context.superuserUrl });
  await client.connect();
  let results: LoadResult[] = [];
  let figures: JobFigures;
  let duplicatesInDatabase: number;
  let drainedAfter: number | null = null;
  let crashed: string[] = [];
  try {
    const loads = servers.map((server, index) =>
      startBackgroundLoad(
        {
          kind: "closed",
          baseUrl: server.url,
          clients: options.clients,
          timeoutMs: 20_000,
          // The same people on both servers: their submissions race for the same sequences.
          workload: submitWorkload(fixture, `r4${"ab"[index]}`),
        },
        `load-r4-${"ab"[index]}`,
      ),
    );
    await sleep(options.multiProcessSeconds * 1000);
    results = await Promise.all(loads.map((load) => load.stop()));
    const begun = performance.now();
    while (performance.now() - begun < 60_000) {
      if ((await jobFigures(client)).pending === 0) {
        drainedAfter = Math.round(performance.now() - begun);
        break;
      }
      await sleep(250);
    }
    figures = await jobFigures(client);
    duplicatesInDatabase = (
      await client.query<{ n: number }>(
        `select count(*)::int as n from (select agency_id, reference from applications
           group by agency_id, reference having count(*) > 1) repeated`,
      )
    ).rows[0]!.n;
    crashed = [...servers, ...workers]
      .filter((process) => !process.isRunning())
      .map((process) => process.name);
  } finally {
    await client.end();
    await Promise.all([...servers, ...workers].map((process) => process.stop()));
  }
  const acknowledged: Acknowledgement[] = results.flatMap((result) => result.acknowledgements);
  const references = acknowledged.map((item) => item.reference);
  const repeatedReferences = references.length - new Set(references).size;
  const serverErrors = results
    .flatMap((result) => Object.entries(result.statuses))
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);

  return {
    id: "R4",
    name: "multi-process: 2 × serve + 2 × worker on one PostgreSQL",
    checks: [
      check(
        "no reference number repeats",
        repeatedReferences === 0 && duplicatesInDatabase === 0 && references.length > 0,
        `${references.length} acknowledged through both servers, ${repeatedReferences} repeated; ${duplicatesInDatabase} repeated in the database`,
      ),
      check(
        "no job ran twice",
        figures.doneTwice === 0 && figures.ranAfterDone === 0 && figures.noticesTriedTwice === 0,
        `${figures.jobs} jobs: ${figures.doneTwice} done twice, ${figures.ranAfterDone} run again after done; ${figures.notices} notices, ${figures.noticesTriedTwice} tried twice`,
      ),
      check(
        "both workers took jobs, and the queue drained",
        figures.workers >= 2 && drainedAfter !== null && figures.dead === 0,
        `${figures.workers} workers ran jobs; drained ${drainedAfter ?? "—"} ms after the load; ${figures.dead} dead`,
      ),
      check("no 5xx from either server", serverErrors === 0, `${serverErrors}`),
      check("every process stayed up", crashed.length === 0, crashed.join(", ")),
    ],
    notes: [
      ...results.map(
        (result, index) =>
          `server ${"ab"[index]}: ${describeCounts(result.statuses)}; failures ${describeCounts(result.failures)}`,
      ),
      `processes exited before being stopped: ${crashed.length === 0 ? "none" : crashed.join(", ")}`,
    ],
  };
}
