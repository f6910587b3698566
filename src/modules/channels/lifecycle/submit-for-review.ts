import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { recordChannelEvent } from "../repo";
import { findVerifiedHolder, selectChannelState } from "./channel-state-repo";
import { eventActorOf } from "./policy";
import { recordFailedAttempt } from "./settle-proof";
import { selectLatestVerification, updateVerification } from "./verification-repo";

/**
 * The agency says it has posted its code on the channel, and where: the
 * attempt goes to the central operator's queue, as a dispute when another
 * agency holds the channel, as a reinstatement when it was suspended.
 */
export async function submitForReview({
  db,
  actor,
  agencyId,
  channelId,
  evidence,
  requestId,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  agencyId: string;
  channelId: string;
  evidence: string;
  requestId?: string | undefined;
  now?: Date;
}): Promise<"in_review" | "expired"> {
  const eventActor = eventActorOf(actor);
  return transaction(db, async (tx) => {
    const found = await withinAgency(tx, agencyId, async (scope) => {
      const channel = await selectChannelState(scope, channelId, { forUpdate: true });
      if (!channel) throw new AppError("not_found", "There is no such channel.");
      const verification = await selectLatestVerification(scope, channelId);
      if (verification?.status !== "pending" || verification.method !== "posted_code") {
        throw new AppError("conflict", "โปรดขอรหัสสำหรับโพสต์ก่อน / Ask for a code to post first.");
      }
      if (verification.expiresAt <= now) {
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
        return null;
      }
      return { channel, verification };
    });
    if (!found) return "expired";
    const { channel, verification } = found;
    const holder = await findVerifiedHolder(tx, {
      kind: channel.kind,
      value: channel.value,
      exceptAgencyId: agencyId,
    });
    const reviewKind = holder ? "dispute" : channel.status === "suspended" ? "reinstate" : "manual";
    await withinAgency(tx, agencyId, async (scope) => {
      await updateVerification(scope, verification.id, {
        status: "in_review",
        reviewKind,
        holderAgencyId: holder?.agencyId ?? null,
        proofMethod: "manual_review",
        evidence,
        submittedAt: now,
      });
      await recordChannelEvent(scope, {
        channelId,
        event: "verification_requested",
        status: channel.status,
        actor: eventActor,
        details: { review: reviewKind, ...(holder ? { holder: holder.code } : {}) },
      });
      await recordAudit(scope.tx, {
        action: "channel.review_requested",
        actor,
        agencyId,
        target: { type: "agency_channel", id: channelId },
        requestId,
        details: { verificationId: verification.id, review: reviewKind, kind: channel.kind },
      });
    });
    return "in_review";
  });
}
