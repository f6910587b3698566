import { recordAudit } from "@/core/audit";
import { setNoticePhone } from "@/core/auth/citizens";
import type { Database } from "@/core/db/database";
import type { Actor } from "@/core/http/context";

/** Sets or clears the person's SMS number, with the audit record of the change. */
export async function changeNoticePhone(options: {
  db: Database;
  actor: Extract<Actor, { type: "citizen" }>;
  phone: string | null;
  requestId?: string | undefined;
}): Promise<void> {
  await options.db.transaction(async (tx) => {
    await setNoticePhone(tx, { citizenId: options.actor.citizenId, phone: options.phone });
    await recordAudit(tx, {
      action: "citizen.notice_phone_changed",
      actor: options.actor,
      agencyId: null,
      target: { type: "citizen", id: options.actor.citizenId },
      requestId: options.requestId,
      // Never the number itself: only whether one is set.
      details: { isSet: options.phone !== null },
    });
  });
}
