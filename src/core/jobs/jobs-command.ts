import { userInfo } from "node:os";

import type { Config } from "@/config/schema";
import type { Database } from "@/core/db/database";
import { isAppError } from "@/core/errors";

import { listDeadJobs, requeueDeadJob } from "./dead-letters";

/** The operator at the terminal, as the audit log names them. */
export function cliActor(): { type: "system"; id: string } {
  let name = "unknown";
  try {
    name = userInfo().username;
  } catch {
    // Some containers run as a user with no name.
  }
  return { type: "system", id: `cli:${name}` };
}

/** `pratu jobs dead` and `pratu jobs retry <id>`; resolves to the exit code. */
export async function runJobsCommand({
  db,
  config,
  args,
  print = console.log,
}: {
  db: Database;
  config: Config;
  args: readonly string[];
  print?: (line: string) => void;
}): Promise<number> {
  const [subcommand, jobId, ...extra] = args;
  if (subcommand === "dead" && jobId === undefined) {
    const jobs = await listDeadJobs({ db, actor: cliActor() });
    if (jobs.length === 0) {
      print("No dead jobs.");
      return 0;
    }
    print(`${jobs.length} dead job(s), newest first:`);
    for (const job of jobs) {
      print(
        `  ${job.id}  ${job.kind}  ${job.attempts} attempt(s)  died ${job.finishedAt?.toISOString() ?? "?"}${job.agencyId ? `  agency ${job.agencyId}` : ""}`,
      );
      print(`      ${job.lastError ?? "(no error recorded)"}`);
    }
    print("Run `pratu jobs retry <id>` to queue one again.");
    return 0;
  }
  if (subcommand === "retry" && jobId !== undefined && extra.length === 0) {
    try {
      const job = await requeueDeadJob({
        db,
        actor: cliActor(),
        jobId,
        attempts: config.jobs.maxAttempts,
      });
      print(
        `Job ${job.id} (${job.kind}) is queued again with ${config.jobs.maxAttempts} more attempt(s).`,
      );
      return 0;
    } catch (error) {
      if (!isAppError(error)) throw error;
      print(error.message);
      return 1;
    }
  }
  print("Usage: pratu jobs dead | pratu jobs retry <job id>");
  return 2;
}
