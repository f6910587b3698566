import { z } from "zod";

import { sha256Hex } from "@/core/crypto/tokens";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";
import { formatDate, translate } from "@/core/i18n";
import { defineJobHandler, PermanentJobError } from "@/core/jobs";
import { type Agency, selectAgencyById } from "@/modules/agencies";

import { sendChannelMail } from "./channel-mail";
import { selectChannelState } from "./channel-state-repo";
import { mailMessages as m } from "./mail-messages";
import { recordFailedAttempt, settleProof } from "./settle-proof";
import { SEND_EMAIL_CONFIRMATION_JOB } from "./start-verification";
import {
  findVerificationByTokenHash,
  selectVerification,
  updateVerification,
} from "./verification-repo";

/** Where the link in the e-mail leads: a page that asks to confirm, never confirms by itself. */
export function confirmationPath(token: string): string {
  return `/channels/confirm/${token}`;
}

/**
 * The worker's job: e-mails the confirmation link to the channel's address.
 * The token is opened from its seal and the seal is then dropped, so a
 * repeated run sends nothing more and no copy of the token stays readable.
 */
export const sendEmailConfirmationJob = defineJobHandler({
  kind: SEND_EMAIL_CONFIRMATION_JOB,
  payload: z.object({ agencyId: z.uuid(), verificationId: z.uuid() }),
  handle: async (job, { db, config, secrets, logger }) => {
    const { agencyId, verificationId } = job.payload;
    if (!secrets) throw new PermanentJobError("The worker holds no secret key to open the token.");
    const found = await withinAgency(db, agencyId, async (scope) => {
      const verification = await selectVerification(scope, verificationId);
      if (!verification?.tokenSealed || verification.status !== "pending") return null;
      const channel = await selectChannelState(scope, verification.channelId);
      return channel ? { verification, channel, sealed: verification.tokenSealed } : null;
    });
    if (!found) return;
    const agency = await selectAgencyById(db, agencyId);
    if (!agency) throw new PermanentJobError(`There is no agency ${agencyId}.`);
    const url = `${config.server.publicUrl}${confirmationPath(secrets.open(found.sealed))}`;
    const part = (locale: "th" | "en") => {
      const params = {
        agency: locale === "th" ? agency.nameTh : agency.nameEn,
        address: found.channel.value,
        date: formatDate(found.verification.expiresAt, locale, "dateTime"),
      };
      return {
        subject: translate(locale, m.confirm.subject, params),
        paragraphs: [
          translate(locale, m.confirm.intro, params),
          translate(locale, m.confirm.expires, params),
        ],
        action: { label: translate(locale, m.confirm.action), url },
      };
    };
    const isSent = await sendChannelMail(config, {
      to: found.channel.value,
      th: part("th"),
      en: part("en"),
    });
    if (!isSent) {
      logger.warn({ verificationId }, "no mail server: channel confirmation not sent");
      return;
    }
    await withinAgency(db, agencyId, (scope) =>
      updateVerification(scope, verificationId, { tokenSealed: null }),
    );
  },
});

export type EmailLinkState =
  { state: "valid"; agency: Agency; address: string } | { state: "expired" | "used" | "invalid" };

async function findLink(db: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const located = await findVerificationByTokenHash(db, sha256Hex(token));
  if (!located) return null;
  return withinAgency(db, located.agencyId, async (scope) => {
    const verification = await selectVerification(scope, located.id);
    const channel = verification ? await selectChannelState(scope, verification.channelId) : null;
    return verification && channel ? { verification, channel } : null;
  });
}

/** What the confirmation page shows for a link, before anyone presses the button. */
export async function describeEmailLink({
  db,
  token,
  now = new Date(),
}: {
  db: Database;
  token: string;
  now?: Date;
}): Promise<EmailLinkState> {
  const found = await findLink(db, token);
  if (!found) return { state: "invalid" };
  if (found.verification.status !== "pending") return { state: "used" };
  if (found.verification.expiresAt <= now) return { state: "expired" };
  const agency = await selectAgencyById(db, found.verification.agencyId);
  return agency ? { state: "valid", agency, address: found.channel.value } : { state: "invalid" };
}

/**
 * The mailbox holder pressed confirm: the address is proved, and the channel
 * verified, or sent to the operator when another agency holds it.
 */
export async function confirmEmailLink({
  db,
  actor,
  token,
  requestId,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  token: string;
  requestId?: string | undefined;
  now?: Date;
}): Promise<"verified" | "in_review" | "expired" | "used" | "invalid"> {
  const found = await findLink(db, token);
  if (!found) return "invalid";
  const { verification, channel } = found;
  if (verification.status !== "pending") return "used";
  const eventActor = `mailbox:${channel.value}`;
  if (verification.expiresAt <= now) {
    await withinAgency(db, verification.agencyId, async (scope) => {
      await updateVerification(scope, verification.id, {
        status: "expired",
        tokenSealed: null,
        decidedAt: now,
      });
      await recordFailedAttempt(scope, {
        channel,
        verification,
        actor,
        eventActor,
        details: { reason: "expired" },
        requestId,
      });
    });
    return "expired";
  }
  const outcome = await transaction(db, (tx) =>
    settleProof(tx, {
      agencyId: verification.agencyId,
      verificationId: verification.id,
      proof: "email_link",
      now,
      actor,
      eventActor,
      requestId,
    }),
  );
  return outcome === "stale" ? "used" : outcome;
}
