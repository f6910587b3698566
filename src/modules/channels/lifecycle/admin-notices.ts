import { z } from "zod";

import { listAgencyMembers } from "@/core/auth/officers";
import type { Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { translate } from "@/core/i18n";
import { defineJobHandler, enqueueJob, PermanentJobError } from "@/core/jobs";
import { selectAgencyById } from "@/modules/agencies";

import { sendChannelMail } from "./channel-mail";
import { selectChannelState } from "./channel-state-repo";
import { mailMessages as m } from "./mail-messages";

export const NOTIFY_CHANNEL_ADMINS_JOB = "channels.notify_admins";

export const adminNoticeKinds = [
  "approved",
  "rejected",
  "transferred_in",
  "transferred_away",
  "suspended",
  "flagged",
] as const;
export type AdminNoticeKind = (typeof adminNoticeKinds)[number];

const NoticePayload = z.object({
  agencyId: z.uuid(),
  channelId: z.uuid(),
  notice: z.enum(adminNoticeKinds),
  reason: z.string().max(1000).optional(),
  graceDays: z.number().int().positive().optional(),
});

/**
 * Queues an e-mail to the agency's administrators about one of its channels,
 * in the caller's transaction (the outbox): they hear of it exactly when
 * the change is committed.
 */
export async function queueAdminNotice(
  tx: Transaction,
  notice: z.input<typeof NoticePayload> & { dedupeKey: string },
): Promise<void> {
  const { dedupeKey, ...payload } = notice;
  await enqueueJob(tx, {
    kind: NOTIFY_CHANNEL_ADMINS_JOB,
    agencyId: payload.agencyId,
    payload: NoticePayload.parse(payload),
    dedupeKey: `${NOTIFY_CHANNEL_ADMINS_JOB}:${dedupeKey}`,
  });
}

/** The worker's job: one e-mail to each administrator of the agency. */
export const notifyChannelAdminsJob = defineJobHandler({
  kind: NOTIFY_CHANNEL_ADMINS_JOB,
  payload: NoticePayload,
  handle: async (job, { db, config, logger }) => {
    const { agencyId, channelId, notice, reason, graceDays } = job.payload;
    const found = await withinAgency(db, agencyId, async (scope) => ({
      channel: await selectChannelState(scope, channelId),
      admins: (await listAgencyMembers(scope)).filter((member) => member.role === "admin"),
    }));
    const agency = await selectAgencyById(db, agencyId);
    if (!found.channel || !agency) throw new PermanentJobError("The channel is gone.");
    const channel = found.channel.displayValue;
    const url = `${config.server.publicUrl}/console/channels/${channelId}`;
    const part = (locale: "th" | "en") => {
      const what = translate(locale, m.notice.what[notice]);
      const agencyName = locale === "th" ? agency.nameTh : agency.nameEn;
      return {
        subject: translate(locale, m.notice.subject, { channel, what }),
        paragraphs: [
          translate(locale, m.notice.body, { channel, agency: agencyName, what }),
          ...(reason ? [translate(locale, m.notice.reason, { reason })] : []),
          ...(notice === "flagged" && graceDays
            ? [translate(locale, m.notice.flaggedAdvice, { days: graceDays })]
            : []),
        ],
        action: { label: translate(locale, m.notice.action), url },
      };
    };
    for (const admin of found.admins) {
      const isSent = await sendChannelMail(config, {
        to: admin.email,
        th: part("th"),
        en: part("en"),
      });
      if (!isSent) {
        logger.info({ channelId, notice }, "no mail server: channel notice not sent");
        return;
      }
    }
  },
});
