import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { recordChannelEvent } from "../repo";
import { queueAdminNotice } from "./admin-notices";
import { findVerifiedHolder, selectChannelState, updateChannelState } from "./channel-state-repo";
import { eventActorOf } from "./policy";
import { markChannelVerified } from "./settle-proof";
import {
  findVerificationAgency,
  selectVerification,
  supersedeOpenVerifications,
  updateVerification,
} from "./verification-repo";

export type ReviewDecision = "approve" | "reject";

/**
 * The central operator decides an attempt in its queue. Approving a dispute
 * transfers the channel: the agency that held it loses it (retired, with the
 * reason) and the claimant holds it, in one transaction. Each agency's
 * audit chain records its side, naming the operator's officer; each
 * agency's administrators are told.
 */
export async function decideReview({
  db,
  actor,
  verificationId,
  decision,
  reason,
  requestId,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  verificationId: string;
  decision: ReviewDecision;
  reason: string;
  requestId?: string | undefined;
  now?: Date;
}): Promise<{ agencyId: string; outcome: "approved" | "transferred" | "rejected" }> {
  const eventActor = eventActorOf(actor, { asOperator: true });
  return transaction(db, async (tx) => {
    const agencyId = await findVerificationAgency(tx, verificationId);
    if (!agencyId) throw new AppError("not_found", "There is no such review.");
    const { verification, channel } = await withinAgency(tx, agencyId, async (scope) => {
      const verification = await selectVerification(scope, verificationId, { forUpdate: true });
      const channel = verification
        ? await selectChannelState(scope, verification.channelId, { forUpdate: true })
        : null;
      if (!verification || !channel) throw new AppError("not_found", "There is no such review.");
      return { verification, channel };
    });
    if (verification.status !== "in_review") {
      throw new AppError("conflict", "คำขอนี้พิจารณาไปแล้ว / This review has already been decided.");
    }
    const target = { type: "agency_channel", id: channel.id };
    const details = { verificationId, review: verification.reviewKind, reason };

    if (decision === "reject") {
      await withinAgency(tx, agencyId, async (scope) => {
        await updateVerification(scope, verificationId, {
          status: "rejected",
          decisionReason: reason,
          decidedBy: eventActor,
          decidedAt: now,
          tokenSealed: null,
        });
        await recordChannelEvent(scope, {
          channelId: channel.id,
          event: "verification_failed",
          status: channel.status,
          actor: eventActor,
          details: { review: verification.reviewKind, reason },
        });
        await recordAudit(tx, {
          action: "channel.review_rejected",
          actor,
          agencyId,
          target,
          requestId,
          details,
        });
      });
      await queueAdminNotice(tx, {
        agencyId,
        channelId: channel.id,
        notice: "rejected",
        reason,
        dedupeKey: `rejected:${verificationId}`,
      });
      return { agencyId, outcome: "rejected" };
    }

    const holder = await findVerifiedHolder(tx, {
      kind: channel.kind,
      value: channel.value,
      exceptAgencyId: agencyId,
    });
    if (holder && verification.reviewKind !== "dispute") {
      // The operator was shown no holder; a transfer must be decided as a dispute.
      throw new AppError(
        "conflict",
        "หน่วยงานอื่นได้รับการยืนยันช่องทางนี้ในระหว่างนั้น โปรดไม่อนุมัติแล้วให้ยื่นใหม่เป็นข้อพิพาท / Another agency has been verified for this channel meanwhile: reject, and let the claim come back as a dispute.",
      );
    }
    const claimant = holder
      ? (await tx.query<{ code: string }>("select code from agencies where id = $1", [agencyId]))
          .rows[0]?.code
      : undefined;
    if (holder) {
      // The holder must let go first: one agency at a time holds a channel as verified.
      await withinAgency(tx, holder.agencyId, async (scope) => {
        await supersedeOpenVerifications(scope, holder.channelId);
        await updateChannelState(scope, holder.channelId, { status: "retired", flaggedAt: null });
        await recordChannelEvent(scope, {
          channelId: holder.channelId,
          event: "retired",
          status: "retired",
          actor: eventActor,
          details: { reason, transferredTo: claimant },
        });
        await recordAudit(tx, {
          action: "channel.transferred_away",
          actor,
          agencyId: holder.agencyId,
          target: { type: "agency_channel", id: holder.channelId },
          requestId,
          details: { ...details, transferredTo: claimant },
        });
      });
      await queueAdminNotice(tx, {
        agencyId: holder.agencyId,
        channelId: holder.channelId,
        notice: "transferred_away",
        reason,
        dedupeKey: `transferred_away:${verificationId}`,
      });
    }
    await withinAgency(tx, agencyId, async (scope) => {
      await updateVerification(scope, verificationId, {
        status: "succeeded",
        decisionReason: reason,
        decidedBy: eventActor,
        decidedAt: now,
        ...(verification.method === "domain" ? {} : { tokenSealed: null }),
      });
      await markChannelVerified(scope, channel.id, {
        proofMethod: verification.proofMethod ?? "manual_review",
        now,
      });
      await recordChannelEvent(scope, {
        channelId: channel.id,
        event: channel.status === "suspended" ? "reinstated" : "verified",
        status: "verified",
        actor: eventActor,
        details: {
          review: verification.reviewKind,
          reason,
          ...(holder ? { from: holder.code } : {}),
        },
      });
      await recordAudit(tx, {
        action: holder ? "channel.transferred_in" : "channel.review_approved",
        actor,
        agencyId,
        target,
        requestId,
        details: { ...details, ...(holder ? { from: holder.code } : {}) },
      });
    });
    await queueAdminNotice(tx, {
      agencyId,
      channelId: channel.id,
      notice: holder ? "transferred_in" : "approved",
      reason,
      dedupeKey: `approved:${verificationId}`,
    });
    return { agencyId, outcome: holder ? "transferred" : "approved" };
  });
}
