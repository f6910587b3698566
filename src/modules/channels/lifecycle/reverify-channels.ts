import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { defineJobHandler } from "@/core/jobs";

import { recordChannelEvent } from "../repo";
import { queueAdminNotice } from "./admin-notices";
import { listChannelsDueCheck, selectChannelState, updateChannelState } from "./channel-state-repo";
import {
  checkDomainProof,
  domainKinds,
  domainOf,
  type DomainProofOutcome,
} from "./proof/domain-proof";
import {
  createProofResolver,
  type ProofResolver,
  type ProofSettings,
} from "./proof/proof-settings";
import { suspendInScope } from "./suspend-channel";
import { selectDomainProofHash } from "./verification-repo";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A flagged channel is looked at again daily, so it recovers (or is suspended) on time. */
const FLAGGED_RECHECK_MS = DAY_MS;
const BATCH = 200;

const SYSTEM = { type: "system" as const, id: "channels.reverify" };

const SUSPENSION_REASON =
  "การตรวจสอบซ้ำไม่พบหลักฐานการควบคุมช่องทางจนพ้นระยะผ่อนผัน / The periodic check found no proof of control past the grace period";

export interface ReverifyOutcome {
  checked: number;
  reverified: number;
  flagged: number;
  suspended: number;
}

/**
 * Checks again the verified domain channels due a check: their token must
 * still be published. A channel that passes is verified as of now; one that
 * fails is flagged (its agency is told), and one still failing a grace
 * period after it was flagged is suspended. A channel verified with no
 * token on record (imported, say) has nothing to check and is flagged too:
 * nothing stays verified without proof.
 */
export async function reverifyChannels({
  db,
  settings,
  resolver = createProofResolver(settings),
  now = new Date(),
}: {
  db: Database;
  settings: ProofSettings;
  resolver?: ProofResolver;
  now?: Date;
}): Promise<ReverifyOutcome> {
  const outcome: ReverifyOutcome = { checked: 0, reverified: 0, flagged: 0, suspended: 0 };
  const due = await listChannelsDueCheck(db, {
    kinds: domainKinds,
    checkedBefore: new Date(now.getTime() - settings.reverifyAfterDays * DAY_MS),
    flaggedCheckedBefore: new Date(now.getTime() - FLAGGED_RECHECK_MS),
    limit: BATCH,
  });
  for (const { agencyId, channelId } of due) {
    const found = await withinAgency(db, agencyId, async (scope) => ({
      channel: await selectChannelState(scope, channelId),
      tokenHash: await selectDomainProofHash(scope, channelId),
    }));
    if (found.channel?.status !== "verified") continue;
    const result: DomainProofOutcome = found.tokenHash
      ? await checkDomainProof({
          domain: domainOf(found.channel.kind, found.channel.value),
          tokenHash: found.tokenHash,
          resolver,
          settings,
        })
      : { isProved: false, dns: "no_proof_on_record", wellKnown: "no_proof_on_record" };
    outcome.checked += 1;
    const effect = await withinAgency(db, agencyId, async (scope) => {
      const channel = await selectChannelState(scope, channelId, { forUpdate: true });
      if (channel?.status !== "verified") return null;
      if (result.isProved) {
        await updateChannelState(scope, channelId, {
          lastVerifiedAt: now,
          lastCheckedAt: now,
          flaggedAt: null,
          proofMethod: result.method,
        });
        await recordChannelEvent(scope, {
          channelId,
          event: "verified",
          status: "verified",
          actor: "system",
          details: { recheck: true, proof: result.method },
        });
        return "reverified" as const;
      }
      const failure = { dns: result.dns, wellKnown: result.wellKnown };
      const graceEnds = channel.flaggedAt
        ? new Date(channel.flaggedAt.getTime() + settings.flagGraceDays * DAY_MS)
        : null;
      if (graceEnds && graceEnds <= now) {
        await updateChannelState(scope, channelId, { lastCheckedAt: now });
        await suspendInScope(scope, channel, {
          actor: SYSTEM,
          eventActor: "system",
          details: { reason: SUSPENSION_REASON, recheck: true, ...failure },
        });
        return "suspended" as const;
      }
      const isFirstFailure = channel.flaggedAt === null;
      await updateChannelState(scope, channelId, {
        lastCheckedAt: now,
        flaggedAt: channel.flaggedAt ?? now,
      });
      await recordChannelEvent(scope, {
        channelId,
        event: isFirstFailure ? "flagged" : "verification_failed",
        status: "verified",
        actor: "system",
        details: { recheck: true, ...failure },
      });
      if (isFirstFailure) {
        await recordAudit(scope.tx, {
          action: "channel.flagged",
          actor: SYSTEM,
          agencyId,
          target: { type: "agency_channel", id: channelId },
          details: { kind: channel.kind, value: channel.value, ...failure },
        });
        await queueAdminNotice(scope.tx, {
          agencyId,
          channelId,
          notice: "flagged",
          graceDays: settings.flagGraceDays,
          dedupeKey: `flagged:${channelId}:${now.toISOString()}`,
        });
      }
      return "flagged" as const;
    });
    if (effect) outcome[effect] += 1;
  }
  return outcome;
}

/** The worker's hourly round of re-verification. */
export const reverifyChannelsJob = defineJobHandler({
  kind: "channels.reverify",
  everyMilliseconds: 60 * 60 * 1000,
  handle: async (_job, context) => {
    const outcome = await reverifyChannels({ db: context.db, settings: context.config.channels });
    context.logger.info(outcome, "channels re-verified");
  },
});
