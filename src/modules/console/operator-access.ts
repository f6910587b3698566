import { createMiddleware } from "hono/factory";

import { AppError } from "@/core/errors";
import type { Actor, OfficerRole } from "@/core/http/context";
import type { Agency } from "@/modules/agencies";

import type { ConsoleEnv } from "./console-access";

/**
 * The central operator is the agency of kind `central_operator` (the DGA in
 * the demo). Its members act on the platform as a whole: they review what
 * agencies register, import agencies and watch who lags. To every other
 * officer those pages do not exist.
 */
export function isCentralOperator(agency: Pick<Agency, "kind">): boolean {
  return agency.kind === "central_operator";
}

/** Whether an officer acting for `agency` may do operator work needing `role`. */
export function canOperate(
  actor: Actor,
  agency: Pick<Agency, "kind">,
  role: Exclude<OfficerRole, "viewer"> = "officer",
): boolean {
  if (actor.type !== "officer" || actor.role === null || !isCentralOperator(agency)) return false;
  return role === "officer" ? actor.role !== "viewer" : actor.role === "admin";
}

/**
 * After `requireConsoleOfficer`: lets through only officers acting for the
 * central operator with at least `role` (officers review, administrators
 * import and configure). Anyone else is told the page does not exist.
 */
export function requireOperator(role: Exclude<OfficerRole, "viewer"> = "officer") {
  return createMiddleware<ConsoleEnv>(async (c, next) => {
    const context = c.get("console");
    if (!isCentralOperator(context.agency)) throw new AppError("not_found");
    if (!canOperate(context.actor, context.agency, role)) throw new AppError("forbidden");
    await next();
  });
}
