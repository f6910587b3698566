import { createMiddleware } from "hono/factory";

import { AppError } from "@/core/errors";
import type { Actor, AppEnv, OfficerRole, SessionState } from "@/core/http/context";

import { actorFromBearer } from "./credentials";
import { clearSessionCookie, findSession, readSessionCookie } from "./sessions";

/**
 * Works out who is asking: a bearer credential (API key or access token) for
 * programs, the session cookie for people. An officer counts as signed in only
 * after the second factor.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const db = c.get("db");
  c.set("session", null);
  c.set("actor", { type: "anonymous" });

  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match?.[1] ? await actorFromBearer(db, match[1]) : null;
    if (!actor) {
      c.header("WWW-Authenticate", 'Bearer realm="pratu", error="invalid_token"');
      throw new AppError(
        "unauthenticated",
        "The bearer token is missing, unknown, revoked or expired.",
      );
    }
    c.set("actor", actor);
    return next();
  }

  const token = readSessionCookie(c);
  if (token) {
    const session = await findSession(db, c.get("config"), token);
    if (session) {
      c.set("session", session);
      c.set("actor", await actorFromSession(c.get("db"), session));
    } else {
      clearSessionCookie(c);
    }
  }
  await next();
});

async function actorFromSession(
  db: AppEnv["Variables"]["db"],
  session: SessionState,
): Promise<Actor> {
  if (session.citizenId)
    return { type: "citizen", citizenId: session.citizenId, assurance: session.assurance };
  if (session.officerId && session.secondFactorAt) {
    let role: OfficerRole | null = null;
    if (session.agencyId) {
      const { rows } = await db.query<{ role: OfficerRole }>(
        "select role from officer_memberships where officer_id = $1 and agency_id = $2",
        [session.officerId, session.agencyId],
      );
      role = rows[0]?.role ?? null;
    }
    return {
      type: "officer",
      officerId: session.officerId,
      agencyId: role ? session.agencyId : null,
      role,
    };
  }
  return { type: "anonymous" };
}

/** Lets only the kinds of actor named through; others get 401 (not signed in) or 403. */
export function requireActor<Type extends Actor["type"]>(...types: Type[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get("actor");
    if (!types.includes(actor.type as Type)) {
      throw new AppError(actor.type === "anonymous" ? "unauthenticated" : "forbidden");
    }
    await next();
  });
}
