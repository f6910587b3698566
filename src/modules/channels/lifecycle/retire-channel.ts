import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { recordChannelEvent } from "../repo";
import { selectChannelState, updateChannelState } from "./channel-state-repo";
import { eventActorOf } from "./policy";
import { supersedeOpenVerifications } from "./verification-repo";

/**
 * Takes a channel out of use for good, with the agency's reason: it leaves
 * the public register at once, and any attempt to prove it ends.
 */
export async function retireChannel({
  db,
  actor,
  agencyId,
  channelId,
  reason,
  requestId,
}: {
  db: Database;
  actor: Actor;
  agencyId: string;
  channelId: string;
  reason: string;
  requestId?: string | undefined;
}): Promise<void> {
  await withinAgency(db, agencyId, async (scope) => {
    const channel = await selectChannelState(scope, channelId, { forUpdate: true });
    if (!channel) throw new AppError("not_found", "There is no such channel.");
    if (channel.status === "retired") return;
    await supersedeOpenVerifications(scope, channelId);
    await updateChannelState(scope, channelId, { status: "retired", flaggedAt: null });
    await recordChannelEvent(scope, {
      channelId,
      event: "retired",
      status: "retired",
      actor: eventActorOf(actor),
      details: { reason },
    });
    await recordAudit(scope.tx, {
      action: "channel.retired",
      actor,
      agencyId,
      target: { type: "agency_channel", id: channelId },
      requestId,
      details: { kind: channel.kind, value: channel.value, reason },
    });
  });
}
