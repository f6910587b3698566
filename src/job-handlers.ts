import type { JobHandler } from "@/core/jobs";
import { deliverNotificationHandler } from "@/core/notify";
import { deliverWebhookHandler } from "@/core/webhooks";
import { draftTendingJob, progressNoticesJob } from "@/modules/applications";
import {
  notifyChannelAdminsJob,
  openDataSnapshotJob,
  reverifyChannelsJob,
  scamReportRetentionJob,
  sendEmailConfirmationJob,
} from "@/modules/channels";
import { issueOnApprovalJob } from "@/modules/documents";
import { issueDocumentBatchJob } from "@/modules/documents/bulk";
import { sealExchangeLogJob } from "@/modules/exchange";
import { dataUsedNoticeJob } from "@/modules/exchange/data-use";
import { grantNoticeJob } from "@/modules/exchange/grants";
import { levelRefreshJob } from "@/modules/levels";

/**
 * Every kind of job the worker knows, imported by name from the modules'
 * index files (no registration by side effect). A module that reacts to an
 * event through the outbox adds its handlers here.
 */
export const jobHandlers: readonly JobHandler[] = [
  deliverNotificationHandler,
  deliverWebhookHandler,
  progressNoticesJob,
  draftTendingJob,
  sendEmailConfirmationJob,
  notifyChannelAdminsJob,
  reverifyChannelsJob,
  scamReportRetentionJob,
  levelRefreshJob,
  openDataSnapshotJob,
  issueOnApprovalJob,
  issueDocumentBatchJob,
  sealExchangeLogJob,
  dataUsedNoticeJob,
  grantNoticeJob,
];
