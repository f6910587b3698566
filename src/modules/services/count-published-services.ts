import type { Queryable } from "@/core/db/database";

/**
 * How many services each agency (all agencies, or those named) has
 * published and not retired: the e-services the platform sees it offer.
 * Agencies without one are not listed.
 */
export async function countPublishedServices(
  db: Queryable,
  { agencyIds }: { agencyIds?: readonly string[] | undefined } = {},
): Promise<Map<string, number>> {
  const { rows } = await db.query<{ agency_id: string; count: number }>(
    `select agency_id, count(*)::int as count from services
      where status = 'published' ${agencyIds ? "and agency_id = any ($1::uuid[])" : ""}
      group by agency_id`,
    agencyIds ? [agencyIds] : [],
  );
  return new Map(rows.map((row) => [row.agency_id, row.count]));
}
