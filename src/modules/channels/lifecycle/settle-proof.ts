import { recordAudit } from "@/core/audit/record-audit";
import type { Transaction } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { recordChannelEvent } from "../repo";
import {
  type ChannelState,
  findVerifiedHolder,
  type ProofMethod,
  selectChannelState,
  updateChannelState,
} from "./channel-state-repo";
import {
  selectLatestVerification,
  selectVerification,
  updateVerification,
  type Verification,
  type VerificationMethod,
  type VerificationProof,
} from "./verification-repo";

type AuditActor = Actor | { type: "system"; id: string };

export type ProofOutcome = "verified" | "in_review" | "stale";

/**
 * Makes a channel verified, in the scope's transaction. The register allows
 * one verified holder of a kind and value: should another agency have been
 * verified for it in the meantime, the change is refused, never doubled.
 */
export async function markChannelVerified(
  scope: AgencyScope,
  channelId: string,
  { proofMethod, now }: { proofMethod: ProofMethod; now: Date },
): Promise<void> {
  try {
    await updateChannelState(scope, channelId, {
      status: "verified",
      proofMethod,
      lastVerifiedAt: now,
      lastCheckedAt: now,
      flaggedAt: null,
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") {
      throw new AppError(
        "conflict",
        "หน่วยงานอื่นยืนยันช่องทางนี้ไว้แล้ว / Another agency holds this channel as verified.",
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * What happens once an agency has shown control (a token found, a link
 * followed): the channel is verified, unless another agency holds it (a
 * dispute) or it was suspended (a reinstatement), in which case the central
 * operator decides. `tx` must not be confined to an agency: the holder is
 * looked up across agencies.
 */
export async function settleProof(
  tx: Transaction,
  {
    agencyId,
    verificationId,
    proof,
    now,
    actor,
    eventActor,
    requestId,
  }: {
    agencyId: string;
    verificationId: string;
    proof: VerificationProof;
    now: Date;
    actor: AuditActor;
    eventActor: string;
    requestId?: string | undefined;
  },
): Promise<ProofOutcome> {
  const found = await withinAgency(tx, agencyId, async (scope) => {
    const verification = await selectVerification(scope, verificationId, { forUpdate: true });
    const channel = verification
      ? await selectChannelState(scope, verification.channelId, { forUpdate: true })
      : null;
    return verification && channel ? { verification, channel } : null;
  });
  if (!found || found.verification.status !== "pending" || found.channel.status === "retired") {
    return "stale";
  }
  const { verification, channel } = found;
  const holder = await findVerifiedHolder(tx, {
    kind: channel.kind,
    value: channel.value,
    exceptAgencyId: agencyId,
  });
  return withinAgency(tx, agencyId, async (scope) => {
    if (holder || channel.status === "suspended") {
      const reviewKind = holder ? "dispute" : "reinstate";
      await updateVerification(scope, verification.id, {
        status: "in_review",
        reviewKind,
        holderAgencyId: holder?.agencyId ?? null,
        proofMethod: proof,
        submittedAt: now,
      });
      await recordChannelEvent(scope, {
        channelId: channel.id,
        event: "verification_requested",
        status: channel.status,
        actor: eventActor,
        details: { proof, review: reviewKind, ...(holder ? { holder: holder.code } : {}) },
      });
      await audit(scope, { action: "channel.review_requested", actor, channel, requestId, proof });
      return "in_review";
    }
    await updateVerification(scope, verification.id, {
      status: "succeeded",
      proofMethod: proof,
      decidedAt: now,
      // A domain keeps its token on show: the record must stay for re-checks.
      ...(verification.method === "domain" ? {} : { tokenSealed: null }),
    });
    await markChannelVerified(scope, channel.id, { proofMethod: proof, now });
    await recordChannelEvent(scope, {
      channelId: channel.id,
      event: "verified",
      status: "verified",
      actor: eventActor,
      details: { proof },
    });
    await audit(scope, { action: "channel.verified", actor, channel, requestId, proof });
    return "verified";
  });
}

/** Writes a failed attempt to the channel's history and the audit log. */
export async function recordFailedAttempt(
  scope: AgencyScope,
  {
    channel,
    verification,
    actor,
    eventActor,
    details,
    requestId,
  }: {
    channel: ChannelState;
    verification: Pick<Verification, "id" | "method">;
    actor: AuditActor;
    eventActor: string;
    details: Record<string, unknown>;
    requestId?: string | undefined;
  },
): Promise<void> {
  await recordChannelEvent(scope, {
    channelId: channel.id,
    event: "verification_failed",
    status: channel.status,
    actor: eventActor,
    details: { method: verification.method, ...details },
  });
  await recordAudit(scope.tx, {
    action: "channel.verification_failed",
    actor,
    agencyId: scope.agencyId,
    target: { type: "agency_channel", id: channel.id },
    requestId,
    details: {
      verificationId: verification.id,
      kind: channel.kind,
      value: channel.value,
      ...details,
    },
  });
}

function audit(
  scope: AgencyScope,
  {
    action,
    actor,
    channel,
    requestId,
    proof,
  }: {
    action: string;
    actor: AuditActor;
    channel: ChannelState;
    requestId?: string | undefined;
    proof: VerificationProof;
  },
) {
  return recordAudit(scope.tx, {
    action,
    actor,
    agencyId: scope.agencyId,
    target: { type: "agency_channel", id: channel.id },
    requestId,
    details: { kind: channel.kind, value: channel.value, proof },
  });
}

/**
 * The channel and its open attempt of `method`, in the scope's transaction;
 * an attempt past its time is marked expired (and written down as a failed
 * attempt) and gives null. With no open attempt of that kind the agency is
 * told what to ask for first.
 */
export async function openPendingAttempt(
  scope: AgencyScope,
  {
    channelId,
    method,
    askFirst,
    isLocked = false,
    actor,
    eventActor,
    requestId,
    now,
  }: {
    channelId: string;
    method: VerificationMethod;
    /** What to ask for first, in Thai and English, when there is no open attempt. */
    askFirst: string;
    isLocked?: boolean;
    actor: AuditActor;
    eventActor: string;
    requestId?: string | undefined;
    now: Date;
  },
): Promise<{ channel: ChannelState; verification: Verification } | null> {
  const channel = await selectChannelState(scope, channelId, { forUpdate: isLocked });
  if (!channel) throw new AppError("not_found", "There is no such channel.");
  const verification = await selectLatestVerification(scope, channelId);
  if (verification?.status !== "pending" || verification.method !== method) {
    throw new AppError("conflict", askFirst);
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
}
