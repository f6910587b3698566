import type { Queryable } from "@/core/db/database";

/** Records which agency a signed-in officer acts for in this session. */
export async function setSessionAgency(
  db: Queryable,
  { tokenHash, agencyId }: { tokenHash: string; agencyId: string },
): Promise<void> {
  await db.query(
    "update sessions set agency_id = $2 where token_hash = $1 and officer_id is not null and revoked_at is null",
    [tokenHash, agencyId],
  );
}
