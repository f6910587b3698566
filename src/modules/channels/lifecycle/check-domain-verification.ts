import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { eventActorOf } from "./policy";
import { checkDomainProof, domainOf } from "./proof/domain-proof";
import {
  createProofResolver,
  type ProofResolver,
  type ProofSettings,
} from "./proof/proof-settings";
import {
  openPendingAttempt,
  type ProofOutcome,
  recordFailedAttempt,
  settleProof,
} from "./settle-proof";

export type DomainCheckResult =
  | { outcome: Exclude<ProofOutcome, "stale"> }
  | { outcome: "expired" }
  | { outcome: "failed"; dns: string; wellKnown: string };

/**
 * Looks for the agency's token at the channel's domain, now: the DNS and
 * HTTP checks run outside any transaction, then the result is written.
 * Every attempt, found or not, goes into the channel's history.
 */
export async function checkDomainVerification({
  db,
  settings,
  resolver = createProofResolver(settings),
  actor,
  agencyId,
  channelId,
  requestId,
  now = new Date(),
}: {
  db: Database;
  settings: ProofSettings;
  resolver?: ProofResolver;
  actor: Actor;
  agencyId: string;
  channelId: string;
  requestId?: string | undefined;
  now?: Date;
}): Promise<DomainCheckResult> {
  const eventActor = eventActorOf(actor);
  const found = await withinAgency(db, agencyId, (scope) =>
    openPendingAttempt(scope, {
      channelId,
      method: "domain",
      askFirst: "โปรดขอรหัสยืนยันก่อน / Ask for a verification token first.",
      actor,
      eventActor,
      requestId,
      now,
    }),
  );
  if (!found) return { outcome: "expired" };
  const { channel, verification } = found;
  const result = await checkDomainProof({
    domain: domainOf(channel.kind, channel.value),
    tokenHash: verification.tokenHash,
    resolver,
    settings,
  });
  if (result.isProved) {
    const outcome = await transaction(db, (tx) =>
      settleProof(tx, {
        agencyId,
        verificationId: verification.id,
        proof: result.method,
        now,
        actor,
        eventActor,
        requestId,
      }),
    );
    if (outcome === "stale")
      throw new AppError(
        "conflict",
        "การยืนยันนี้ถูกแทนที่หรือพิจารณาไปแล้ว / The verification has been replaced or decided.",
      );
    return { outcome };
  }
  await withinAgency(db, agencyId, (scope) =>
    recordFailedAttempt(scope, {
      channel,
      verification,
      actor,
      eventActor,
      details: { dns: result.dns, wellKnown: result.wellKnown },
      requestId,
    }),
  );
  return { outcome: "failed", dns: result.dns, wellKnown: result.wellKnown };
}
