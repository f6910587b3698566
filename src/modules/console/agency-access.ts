import { createMiddleware } from "hono/factory";

import { actorInAgency } from "@/core/auth/officers";
import { AppError } from "@/core/errors";
import type { Actor, AppVariables } from "@/core/http/context";
import { type Agency, selectAgencyByCode } from "@/modules/agencies";

export interface AgencyAccess {
  agency: Agency;
  /** The caller as a member of this agency: an officer carries their role in it. */
  actor: Actor;
}

export interface AgencyAccessEnv {
  Variables: AppVariables & { agencyAccess: AgencyAccess };
}

/**
 * The tenant gate of every staff route under an agency code
 * (`/api/v1/agencies/{code}/…`). It runs before the request is validated:
 * to anyone who is not a member of the agency (an officer elsewhere, another
 * agency's API key, a citizen) every such route answers 404, whatever the
 * path or body, so nothing tells them what the agency holds. Members go on,
 * and the route's policy then says what their role allows.
 */
export const requireAgencyMember = createMiddleware<AgencyAccessEnv>(async (c, next) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  const db = c.get("db");
  const code = c.req.param("code");
  const agency = code ? await selectAgencyByCode(db, code.toUpperCase()) : null;
  if (!agency) throw new AppError("not_found", "There is no agency with this code.");
  const member = await actorInAgency(db, actor, agency.id);
  const isMember =
    (member.type === "officer" && member.agencyId === agency.id && member.role !== null) ||
    (member.type === "api_key" && member.agencyId === agency.id);
  if (!isMember) throw new AppError("not_found", "There is no agency with this code.");
  c.set("agencyAccess", { agency, actor: member });
  await next();
});
