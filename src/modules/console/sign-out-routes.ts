import { recordAudit } from "@/core/audit";
import { clearSessionCookie, revokeAllSessions, revokeSession } from "@/core/auth/sessions";
import { transaction } from "@/core/db/database";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";

/** Signing out, for citizens and officers alike: the header's button posts here. */
export const signOutRoutes = createRouter();

signOutRoutes.post("/sign-out", async (c) => {
  const session = c.get("session");
  if (session) await revokeSession(c.get("db"), session.tokenHash);
  clearSessionCookie(c);
  return c.redirect("/", 303);
});

/** Ends every session of the person on every device, this one included. */
signOutRoutes.post("/sign-out/everywhere", async (c) => {
  const actor = c.get("actor");
  if (actor.type !== "citizen" && actor.type !== "officer") throw new AppError("unauthenticated");
  // An API token is not a session: only a person signed in through the browser signs out here.
  if (!c.get("session")) throw new AppError("unauthenticated");
  const person =
    actor.type === "citizen" ? { citizenId: actor.citizenId } : { officerId: actor.officerId };
  await transaction(c.get("db"), async (tx) => {
    const sessions = await revokeAllSessions(tx, person);
    await recordAudit(tx, {
      action: `${actor.type}.signed_out_everywhere`,
      actor,
      agencyId: null,
      target: {
        type: actor.type,
        id: actor.type === "citizen" ? actor.citizenId : actor.officerId,
      },
      requestId: c.get("requestId"),
      details: { sessions },
    });
  });
  clearSessionCookie(c);
  return c.redirect("/", 303);
});
