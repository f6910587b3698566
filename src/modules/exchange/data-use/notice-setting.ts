import { recordAudit } from "@/core/audit";
import { type Database, type Queryable, transaction } from "@/core/db/database";

import { selectNoticeSetting, upsertNoticeSetting } from "./repo";

export async function getDataUseNoticeSetting(options: {
  db: Queryable;
  citizenId: string;
}): Promise<{ notifyByEmail: boolean }> {
  return { notifyByEmail: await selectNoticeSetting(options.db, options.citizenId) };
}

/** Turns the e-mail notice of each use of the person's data on or off, with its audit record. */
export async function setDataUseNoticeSetting(options: {
  db: Database;
  citizenId: string;
  assurance?: string | null;
  notifyByEmail: boolean;
  requestId?: string | undefined;
}): Promise<void> {
  await transaction(options.db, async (tx) => {
    await upsertNoticeSetting(tx, options);
    await recordAudit(tx, {
      action: "exchange.data_use_notice_changed",
      actor: {
        type: "citizen",
        citizenId: options.citizenId,
        assurance: options.assurance ?? null,
      },
      agencyId: null,
      target: { type: "citizen", id: options.citizenId },
      requestId: options.requestId,
      details: { notifyByEmail: options.notifyByEmail },
    });
  });
}
