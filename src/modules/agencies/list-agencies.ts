import type { Queryable } from "@/core/db/database";
import { AppError } from "@/core/errors";

import { type AgencyFilter, selectAgencies, selectAgencyByCode } from "./repo";
import type { Agency } from "./schema";

export function listAgencies({
  db,
  filter,
}: {
  db: Queryable;
  filter: AgencyFilter;
}): Promise<Agency[]> {
  return selectAgencies(db, filter);
}

/** An agency with the agencies directly under it. */
export async function getAgency({
  db,
  code,
}: {
  db: Queryable;
  code: string;
}): Promise<{ agency: Agency; children: Agency[] }> {
  const agency = await selectAgencyByCode(db, code);
  if (!agency) throw new AppError("not_found", `There is no agency with code ${code}.`);
  const children = await selectAgencies(db, { parentCode: code });
  return { agency, children };
}
