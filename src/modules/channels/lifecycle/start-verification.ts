import { randomInt } from "node:crypto";

import { recordAudit } from "@/core/audit/record-audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { randomToken, sha256Hex } from "@/core/crypto/tokens";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Locale } from "@/core/i18n";
import { enqueueJob } from "@/core/jobs";

import { recordChannelEvent } from "../repo";
import type { ChannelKind } from "../schema";
import { selectChannelState } from "./channel-state-repo";
import { eventActorOf } from "./policy";
import { isDomainKind } from "./proof/domain-proof";
import type { ProofSettings } from "./proof/proof-settings";
import { insertVerification, type VerificationMethod } from "./verification-repo";

export const SEND_EMAIL_CONFIRMATION_JOB = "channels.send_email_confirmation";

const HOUR_MS = 60 * 60 * 1000;

export function verificationMethodFor(kind: ChannelKind): VerificationMethod {
  if (isDomainKind(kind)) return "domain";
  return kind === "email" ? "email_link" : "posted_code";
}

// No 0/O, 1/I/L: the code is read off a screen and typed or posted by hand.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A code short enough to post on a LINE account or a Facebook page: PRATU-XXXX-XXXX. */
export function postedCode(): string {
  const part = () =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return `PRATU-${part()}-${part()}`;
}

/**
 * Starts proving control of a channel, replacing any attempt under way: a
 * token to publish for a domain, a link e-mailed to an address (sent by the
 * worker), or a code to post on the channel for the operator to see. The
 * token is kept hashed to match and sealed for the page (or the mailer)
 * that must show it again.
 */
export async function startVerification({
  db,
  secrets,
  settings,
  actor,
  agencyId,
  channelId,
  locale,
  requestId,
  now = new Date(),
}: {
  db: Database;
  secrets: SecretBox;
  settings: ProofSettings;
  actor: Actor;
  agencyId: string;
  channelId: string;
  locale: Locale;
  requestId?: string | undefined;
  now?: Date;
}): Promise<{ verificationId: string; method: VerificationMethod }> {
  return withinAgency(db, agencyId, async (scope) => {
    const channel = await selectChannelState(scope, channelId, { forUpdate: true });
    if (!channel) throw new AppError("not_found", "There is no such channel.");
    if (channel.status === "retired") {
      throw new AppError(
        "conflict",
        "ช่องทางที่เลิกใช้แล้วยืนยันไม่ได้ / A retired channel cannot be verified.",
      );
    }
    const method = verificationMethodFor(channel.kind);
    const token =
      method === "posted_code" ? postedCode() : randomToken(method === "domain" ? 24 : 32);
    const lifetime =
      method === "email_link"
        ? settings.emailLinkValidHours * HOUR_MS
        : settings.verificationValidDays * 24 * HOUR_MS;
    const verificationId = newId();
    await insertVerification(scope, {
      id: verificationId,
      channelId,
      method,
      tokenHash: sha256Hex(token),
      tokenSealed: secrets.seal(token),
      locale,
      requestedBy: eventActorOf(actor),
      expiresAt: new Date(now.getTime() + lifetime),
    });
    await recordChannelEvent(scope, {
      channelId,
      event: "verification_requested",
      status: channel.status,
      actor: eventActorOf(actor),
      details: { method },
    });
    if (method === "email_link") {
      await enqueueJob(scope.tx, {
        kind: SEND_EMAIL_CONFIRMATION_JOB,
        agencyId,
        payload: { agencyId, verificationId },
        dedupeKey: `${SEND_EMAIL_CONFIRMATION_JOB}:${verificationId}`,
      });
    }
    await recordAudit(scope.tx, {
      action: "channel.verification_requested",
      actor,
      agencyId,
      target: { type: "agency_channel", id: channelId },
      requestId,
      details: { verificationId, method, kind: channel.kind, value: channel.value },
    });
    return { verificationId, method };
  });
}
