import { z } from "zod";

import { listAgencyMembers } from "@/core/auth/officers";
import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { type Locale, translate } from "@/core/i18n";
import { defineJobHandler, enqueueJob, PermanentJobError } from "@/core/jobs";
import { channelsFromConfig } from "@/core/notify";
import { selectAgencyById } from "@/modules/agencies";
import type { BilingualText } from "@/modules/exchange/schema";

import { grantMessages as m } from "./messages";

export const GRANT_NOTICE_JOB = "exchange.grant_notice";

export const grantEvents = ["requested", "withdrawn", "approved", "rejected", "revoked"] as const;
export type GrantEvent = (typeof grantEvents)[number];

const Bilingual = z.object({ th: z.string(), en: z.string() });

/**
 * What the other side is told. It carries what the e-mail says, because a
 * withdrawn request is gone from the table by the time the worker runs.
 */
const NoticePayload = z.object({
  agencyId: z.uuid(),
  fromAgencyId: z.uuid(),
  grantId: z.uuid(),
  event: z.enum(grantEvents),
  service: z.string(),
  serviceName: Bilingual,
  purposeText: Bilingual,
  note: z.string().nullable(),
});
export type GrantNotice = z.infer<typeof NoticePayload>;

/** Queues the notice in the caller's transaction (the outbox): it exists exactly when the change does. */
export async function queueGrantNotice(tx: Transaction, notice: GrantNotice): Promise<void> {
  await enqueueJob(tx, {
    kind: GRANT_NOTICE_JOB,
    agencyId: notice.agencyId,
    payload: NoticePayload.parse(notice),
    dedupeKey: `${GRANT_NOTICE_JOB}:${notice.grantId}:${notice.event}`,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The e-mail in Thai, then English: an agency's mailbox is read by whoever holds it. */
export function renderGrantNotice(notice: GrantNotice, fromAgency: BilingualText, url: string) {
  const part = (locale: Locale) => {
    const agency = fromAgency[locale];
    const service = `${notice.serviceName[locale]} (${notice.service})`;
    return {
      subject: translate(locale, m.notice.subject[notice.event], { agency, service }),
      lines: [
        translate(locale, m.notice.purpose, { purpose: notice.purposeText[locale] }),
        ...(notice.note ? [translate(locale, m.notice.note, { note: notice.note })] : []),
      ],
      action: translate(locale, m.notice.action),
    };
  };
  const th = part("th");
  const en = part("en");
  const text = [th, en]
    .map((each) => [each.subject, ...each.lines, `${each.action}: ${url}`].join("\n\n"))
    .join("\n\n---\n\n");
  const html = [th, en]
    .map(
      (each, index) =>
        `<section lang="${index === 0 ? "th" : "en"}"><h1>${escapeHtml(each.subject)}</h1>${each.lines
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join("")}<p><a href="${escapeHtml(url)}">${escapeHtml(each.action)}</a></p></section>`,
    )
    .join("<hr>");
  return {
    subject: `${th.subject} / ${en.subject}`,
    short: th.subject,
    text: `${text}\n`,
    html: `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(th.subject)}</title></head><body>${html}</body></html>`,
  };
}

/** The worker's job: one e-mail to each administrator of the agency on the other side. */
export const grantNoticeJob = defineJobHandler({
  kind: GRANT_NOTICE_JOB,
  payload: NoticePayload,
  handle: async (job, { db, config, logger }) => {
    const notice = job.payload;
    const fromAgency = await selectAgencyById(db, notice.fromAgencyId);
    if (!fromAgency) throw new PermanentJobError("The agency that acted is gone.");
    const slot = channelsFromConfig(config).email;
    if ("unavailable" in slot) {
      logger.info(
        { grantId: notice.grantId, event: notice.event },
        "no mail server: grant notice not sent",
      );
      return;
    }
    const admins = (await withinAgency(db, notice.agencyId, listAgencyMembers)).filter(
      (member) => member.role === "admin",
    );
    const mail = renderGrantNotice(
      notice,
      { th: fromAgency.nameTh, en: fromAgency.nameEn },
      `${config.server.publicUrl}/console/exchange`,
    );
    for (const admin of admins) {
      await slot.channel.send({ deliveryId: newId(), to: admin.email, locale: "th", ...mail });
    }
  },
});
