import { createMiddleware } from "hono/factory";

import {
  findOfficerById,
  listMemberships,
  type Membership,
  type Officer,
  presentOfficer,
} from "@/core/auth/officers";
import { setSessionAgency } from "@/core/auth/session-agency";
import { AppError } from "@/core/errors";
import type { Actor, AppVariables, OfficerRole, SessionState } from "@/core/http/context";
import { safeNextPath } from "@/core/http/sign-in-redirect";
import { type Agency, selectAgencyById } from "@/modules/agencies";

type OfficerActor = Extract<Actor, { type: "officer" }>;

/** What every console page knows: who is signed in, for which agency, in which role. */
export interface ConsoleContext {
  officer: Officer;
  agency: Agency;
  role: OfficerRole;
  actor: OfficerActor & { agencyId: string; role: OfficerRole };
  memberships: Membership[];
}

export interface ConsoleEnv {
  Variables: AppVariables & { console: ConsoleContext };
}

export interface SignedInOfficerEnv {
  Variables: AppVariables & { officer: OfficerActor };
}

/**
 * An officer past the second factor, or a redirect to sign in: the officer
 * sign-in for anyone else, its second step for an officer halfway through.
 */
function officerActorOf(actor: Actor, session: SessionState | null): OfficerActor {
  if (actor.type === "officer") return actor;
  if (session?.officerId && !session.secondFactorAt) throw new AppError("second_factor_required");
  throw new AppError("unauthenticated");
}

export const requireSignedInOfficer = createMiddleware<SignedInOfficerEnv>(async (c, next) => {
  c.set("officer", officerActorOf(c.get("actor"), c.get("session")));
  await next();
});

/**
 * The gate of the console: a signed-in officer acting for one of their
 * agencies. With a single membership the agency is chosen for them; with
 * several they are asked to choose first.
 */
export const requireConsoleOfficer = createMiddleware<ConsoleEnv>(async (c, next) => {
  const db = c.get("db");
  let actor = officerActorOf(c.get("actor"), c.get("session"));
  const memberships = await listMemberships(db, actor.officerId);
  if (actor.agencyId === null || actor.role === null) {
    const only = memberships.length === 1 ? memberships[0] : undefined;
    if (!only) {
      const next = c.req.method === "GET" ? safeNextPath(c.req.path) : null;
      return c.redirect(
        next && next !== "/console"
          ? `/console/agency?next=${encodeURIComponent(next)}`
          : "/console/agency",
        303,
      );
    }
    const session = c.get("session");
    if (session) {
      await setSessionAgency(db, { tokenHash: session.tokenHash, agencyId: only.agencyId });
      c.set("session", { ...session, agencyId: only.agencyId });
    }
    actor = { ...actor, agencyId: only.agencyId, role: only.role };
    c.set("actor", actor);
  }
  const { agencyId, role } = actor;
  const [account, agency] = await Promise.all([
    findOfficerById(db, actor.officerId),
    agencyId ? selectAgencyById(db, agencyId) : null,
  ]);
  if (!account || account.isDisabled || !agency || !agencyId || !role) {
    throw new AppError("unauthenticated");
  }
  c.set("console", {
    officer: presentOfficer(account),
    agency,
    role,
    actor: { ...actor, agencyId, role },
    memberships,
  });
  await next();
});
