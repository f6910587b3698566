import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { recordChannelEvent } from "../repo";
import { queueAdminNotice } from "./admin-notices";
import {
  type ChannelState,
  findChannelAgency,
  selectChannelState,
  updateChannelState,
} from "./channel-state-repo";
import { eventActorOf } from "./policy";
import { supersedeOpenVerifications } from "./verification-repo";

/**
 * Suspends a channel in the scope's transaction: it leaves the public
 * register at once, its history says why, and its administrators are told.
 */
export async function suspendInScope(
  scope: AgencyScope,
  channel: ChannelState,
  {
    actor,
    eventActor,
    details,
    requestId,
  }: {
    actor: Actor | { type: "system"; id: string };
    eventActor: string;
    details: Record<string, unknown> & { reason: string };
    requestId?: string | undefined;
  },
): Promise<void> {
  await supersedeOpenVerifications(scope, channel.id);
  await updateChannelState(scope, channel.id, { status: "suspended" });
  await recordChannelEvent(scope, {
    channelId: channel.id,
    event: "suspended",
    status: "suspended",
    actor: eventActor,
    details,
  });
  await recordAudit(scope.tx, {
    action: "channel.suspended",
    actor,
    agencyId: scope.agencyId,
    target: { type: "agency_channel", id: channel.id },
    requestId,
    details: { kind: channel.kind, value: channel.value, ...details },
  });
  await queueAdminNotice(scope.tx, {
    agencyId: scope.agencyId,
    channelId: channel.id,
    notice: "suspended",
    reason: details.reason,
    dedupeKey: `suspended:${channel.id}:${newId()}`,
  });
}

/** The central operator suspends a channel of any agency, with a reason. */
export async function suspendChannel({
  db,
  actor,
  channelId,
  reason,
  requestId,
}: {
  db: Database;
  actor: Actor;
  channelId: string;
  reason: string;
  requestId?: string | undefined;
}): Promise<{ agencyId: string }> {
  return transaction(db, async (tx) => {
    const agencyId = await findChannelAgency(tx, channelId);
    if (!agencyId) throw new AppError("not_found", "There is no such channel.");
    await withinAgency(tx, agencyId, async (scope) => {
      const channel = await selectChannelState(scope, channelId, { forUpdate: true });
      if (!channel) throw new AppError("not_found", "There is no such channel.");
      if (channel.status !== "verified" && channel.status !== "pending") {
        throw new AppError(
          "conflict",
          "ระงับได้เฉพาะช่องทางที่ยืนยันแล้วหรือรอยืนยัน / Only a verified or pending channel can be suspended.",
        );
      }
      await suspendInScope(scope, channel, {
        actor,
        eventActor: eventActorOf(actor, { asOperator: true }),
        details: { reason },
        requestId,
      });
    });
    return { agencyId };
  });
}
