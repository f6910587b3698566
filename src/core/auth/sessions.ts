import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

import type { Config } from "@/config/schema";
import { randomToken, sha256Hex } from "@/core/crypto/tokens";
import type { Queryable } from "@/core/db/database";
import type { AppEnv, SessionState } from "@/core/http/context";

// Touching last_seen_at on every request would turn every page view into a
// write; a minute's precision is plenty for an idle timeout of many minutes.
const TOUCH_AFTER_MS = 60_000;

export function sessionCookieName(config: Config): string {
  return isSecureDeployment(config) ? "__Host-pratu_session" : "pratu_session";
}

export function isSecureDeployment(config: Config): boolean {
  return config.server.publicUrl.startsWith("https://");
}

export interface NewSession {
  citizenId?: string | null;
  officerId?: string | null;
  agencyId?: string | null;
  assurance?: string | null;
  secondFactorAt?: Date | null;
}

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  citizen_id: string | null;
  officer_id: string | null;
  agency_id: string | null;
  assurance: string | null;
  second_factor_at: Date | null;
  last_seen_at: Date;
}

export async function createSession(
  db: Queryable,
  config: Config,
  session: NewSession,
): Promise<{ token: string; state: SessionState }> {
  const token = randomToken();
  const tokenHash = sha256Hex(token);
  const csrfToken = randomToken();
  await db.query(
    `insert into sessions (token_hash, citizen_id, officer_id, agency_id, assurance, second_factor_at, csrf_token, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8))`,
    [
      tokenHash,
      session.citizenId ?? null,
      session.officerId ?? null,
      session.agencyId ?? null,
      session.assurance ?? null,
      session.secondFactorAt ?? null,
      csrfToken,
      config.security.sessionAbsoluteHours,
    ],
  );
  return {
    token,
    state: {
      tokenHash,
      csrfToken,
      citizenId: session.citizenId ?? null,
      officerId: session.officerId ?? null,
      agencyId: session.agencyId ?? null,
      assurance: session.assurance ?? null,
      secondFactorAt: session.secondFactorAt ?? null,
    },
  };
}

/** The live session behind a cookie token, or null when it is unknown, revoked, idle too long or past its end. */
export async function findSession(
  db: Queryable,
  config: Config,
  token: string,
): Promise<SessionState | null> {
  const tokenHash = sha256Hex(token);
  const { rows } = await db.query<SessionRow>(
    `select token_hash, csrf_token, citizen_id, officer_id, agency_id, assurance, second_factor_at, last_seen_at
       from sessions
      where token_hash = $1 and revoked_at is null and expires_at > now()
        and last_seen_at > now() - make_interval(mins => $2)`,
    [tokenHash, config.security.sessionIdleMinutes],
  );
  const row = rows[0];
  if (!row) return null;
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db.query("update sessions set last_seen_at = now() where token_hash = $1", [tokenHash]);
  }
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    citizenId: row.citizen_id,
    officerId: row.officer_id,
    agencyId: row.agency_id,
    assurance: row.assurance,
    secondFactorAt: row.second_factor_at,
  };
}

export async function revokeSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(
    "update sessions set revoked_at = now() where token_hash = $1 and revoked_at is null",
    [tokenHash],
  );
}

/** Ends every session of a person: "sign out everywhere". */
export async function revokeAllSessions(
  db: Queryable,
  person: { citizenId: string } | { officerId: string },
): Promise<number> {
  const [column, id] =
    "citizenId" in person ? ["citizen_id", person.citizenId] : ["officer_id", person.officerId];
  const result = await db.query(
    `update sessions set revoked_at = now() where ${column} = $1 and revoked_at is null`,
    [id],
  );
  return result.rowCount;
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  const config = c.get("config");
  setCookie(c, sessionCookieName(config), token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecureDeployment(config),
    maxAge: config.security.sessionAbsoluteHours * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const config = c.get("config");
  deleteCookie(c, sessionCookieName(config), { path: "/", secure: isSecureDeployment(config) });
}

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c.get("config")));
}

/**
 * Starts a new session for a person who has just proved who they are. The
 * old session (if any) ends, so a token planted before sign-in is worthless after.
 */
export async function startSession(
  c: Context<AppEnv>,
  db: Queryable,
  session: NewSession,
): Promise<SessionState> {
  const previous = c.get("session");
  if (previous) await revokeSession(db, previous.tokenHash);
  const { token, state } = await createSession(db, c.get("config"), session);
  setSessionCookie(c, token);
  c.set("session", state);
  return state;
}

/** The current session, creating an anonymous one so a form can carry a CSRF token before sign-in. */
export async function ensureSession(c: Context<AppEnv>): Promise<SessionState> {
  const existing = c.get("session");
  if (existing) return existing;
  const { token, state } = await createSession(c.get("db"), c.get("config"), {});
  setSessionCookie(c, token);
  c.set("session", state);
  return state;
}
