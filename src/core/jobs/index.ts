export { type DeadJob, listDeadJobs, requeueDeadJob } from "./dead-letters";
export { enqueueJob, type EnqueueJobInput, enqueueJobOnce } from "./enqueue-job";
export { runHousekeeping } from "./housekeeping";
export {
  createJobRegistry,
  defineJobHandler,
  type Job,
  type JobContext,
  type JobHandler,
  PermanentJobError,
} from "./job-handler";
export { cliActor, runJobsCommand } from "./jobs-command";
export { scheduleRecurringJobs } from "./recurring-jobs";
export { startWorker, type StartWorkerOptions, type Worker } from "./worker";
