import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

export interface ServiceSatisfaction {
  responses: number;
  /** The mean score, 1 to 5; null before anyone rated. */
  average: number | null;
  /** The mean as a share of the best score, as the national plan's 80% target is read. */
  percent: number | null;
}

/** Counts one rating of the service, in the rater's transaction. */
export async function addServiceRating(
  scope: AgencyScope,
  rating: { serviceId: string; score: number },
): Promise<void> {
  await scope.tx.query(
    `insert into service_satisfaction (agency_id, service_id, responses, score_total)
     values ($1, $2, 1, $3)
     on conflict (agency_id, service_id) do update
       set responses = service_satisfaction.responses + 1,
           score_total = service_satisfaction.score_total + excluded.score_total,
           updated_at = now()`,
    [scope.agencyId, rating.serviceId, rating.score],
  );
}

export async function getServiceSatisfaction(
  db: Queryable,
  serviceId: string,
): Promise<ServiceSatisfaction> {
  const { rows } = await db.query<{ responses: number; score_total: number }>(
    "select responses, score_total from service_satisfaction where service_id = $1",
    [serviceId],
  );
  const row = rows[0];
  if (!row || row.responses === 0) return { responses: 0, average: null, percent: null };
  const average = row.score_total / row.responses;
  return {
    responses: row.responses,
    average: Math.round(average * 10) / 10,
    percent: Math.round((average / 5) * 100),
  };
}
