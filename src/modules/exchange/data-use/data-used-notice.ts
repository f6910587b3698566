import { z } from "zod";

import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { defineJobHandler, PermanentJobError } from "@/core/jobs";
import type { Logger } from "@/core/log/logger";
import { enqueueNotification } from "@/core/notify";

import { DATA_USED_EVENT } from "../call-data-service";
import { DATA_USE_PAGE_PATH } from "../consent/consent-receipt";
import { consumerServiceNameOf } from "./list-data-use";
import { selectDataUseEntry, selectNoticeRecipients } from "./repo";

/**
 * Tells the person, by e-mail, that an agency used their data, if they asked
 * to be told: "CHIANGMAI-CITY used your registered address from DOPA for
 * the elderly allowance at 10:42". A person without an account here, or
 * who did not ask, is passed over without a word. Each notice has a dedupe
 * key naming the call and the account, so a repeated run sends nothing twice.
 */
export async function sendDataUsedNotice(options: {
  db: Database;
  logId: string;
  logger?: Logger | undefined;
}): Promise<number> {
  const { db, logId } = options;
  const entry = await selectDataUseEntry(db, logId);
  if (!entry) throw new PermanentJobError(`There is no exchange log entry ${logId}.`);
  if (entry.outcome !== "ok" || !entry.subjectHash) return 0;
  const agency = entry.consumerAgency ?? entry.provider;
  if (!agency || !entry.provider) return 0;
  const recipients = await selectNoticeRecipients(db, entry.subjectHash);
  if (recipients.length === 0) return 0;

  const consumerService = await consumerServiceNameOf(db, entry);
  const data = {
    dataService: entry.dataService?.name ?? { th: entry.service, en: entry.service },
    provider: entry.provider.name,
    purpose: entry.purposeText ?? {
      th: entry.purpose ?? "-",
      en: entry.purpose ?? "-",
    },
    ...(consumerService ? { consumerService } : {}),
    usedAt: entry.occurredAt,
    dataUseLink: DATA_USE_PAGE_PATH,
  };
  await withinAgency(db, agency.id, async (scope) => {
    for (const recipient of recipients) {
      await enqueueNotification(scope.tx, {
        agencyId: scope.agencyId,
        channel: "email",
        to: recipient.email,
        template: "exchange.data_used",
        locale: recipient.locale,
        subject: { kind: "exchange_log", id: entry.id },
        dedupeKey: `data-used:${entry.id}:${recipient.citizenId}`,
        data,
      });
    }
  });
  options.logger?.info({ logId, notices: recipients.length }, "data-use notices queued");
  return recipients.length;
}

export const dataUsedNoticeJob = defineJobHandler({
  kind: DATA_USED_EVENT,
  payload: z.object({ logId: z.uuid() }),
  handle: async (job, context) => {
    await sendDataUsedNotice({ db: context.db, logId: job.payload.logId, logger: context.logger });
  },
});
