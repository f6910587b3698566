import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";

import { recordChannelEvent } from "../repo";
import { findVerifiedHolder } from "./channel-state-repo";
import { eventActorOf } from "./policy";
import { openPendingAttempt } from "./settle-proof";
import { updateVerification } from "./verification-repo";

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
    const found = await withinAgency(tx, agencyId, (scope) =>
      openPendingAttempt(scope, {
        channelId,
        method: "posted_code",
        askFirst: "โปรดขอรหัสสำหรับโพสต์ก่อน / Ask for a code to post first.",
        isLocked: true,
        actor,
        eventActor,
        requestId,
        now,
      }),
    );
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
