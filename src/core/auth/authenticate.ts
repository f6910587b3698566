import type { Context } from "hono";
import { createMiddleware } from "hono/factory";

import { AppError } from "@/core/errors";
import type { Actor, AppEnv, OfficerRole, SessionState } from "@/core/http/context";

import { findOrCreateCitizenForToken } from "./citizens";
import { ACCESS_TOKEN_PREFIX, actorFromBearer, API_KEY_PREFIX } from "./credentials";
import type { ProviderTokenVerifier } from "./provider-access-tokens";
import { clearSessionCookie, findSession, readSessionCookie } from "./sessions";

/**
 * Works out who is asking: a bearer credential (API key, Pratu's access
 * token, or an identity provider's access token) for programs, the session
 * cookie for people. An officer counts as signed in only after the second
 * factor.
 */
export function authenticate({
  providerTokens,
}: { providerTokens?: ProviderTokenVerifier | undefined } = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const db = c.get("db");
    c.set("session", null);
    c.set("actor", { type: "anonymous" });

    const authorization = c.req.header("authorization");
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const credential = match?.[1];
      const actor = credential
        ? isPratuCredential(credential)
          ? await actorFromBearer(db, credential)
          : await actorFromProviderToken(c, providerTokens, credential)
        : null;
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
}

function isPratuCredential(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX) || credential.startsWith(ACCESS_TOKEN_PREFIX);
}

async function actorFromProviderToken(
  c: Context<AppEnv>,
  providerTokens: ProviderTokenVerifier | undefined,
  token: string,
): Promise<Actor | null> {
  const identity = await providerTokens?.identify(token);
  if (!identity) return null;
  const citizenId = await findOrCreateCitizenForToken({
    db: c.get("db"),
    secrets: c.get("secrets"),
    identity,
    requestId: c.get("requestId"),
  });
  return citizenId ? { type: "citizen", citizenId, assurance: identity.assurance } : null;
}

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
