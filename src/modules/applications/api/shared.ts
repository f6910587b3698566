import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";

import { actorInAgency, listMemberships } from "@/core/auth/officers";
import { AppError } from "@/core/errors";
import type { Actor, AppEnv } from "@/core/http/context";

import { selectAgencyOfApplication } from "../repo";
import { formatStatusCode } from "../status-codes";
import { decodeReceiptPayload } from "../submit-application";
import { getApplicationForStaff, getOwnApplication } from "../track";

/**
 * The agency a staff caller works for: an API key's own, or the officer's
 * current agency (their only one when they have just one). A citizen or an
 * officer of no agency gets nothing here.
 */
export async function staffAgencyOf(
  c: Context<AppEnv>,
): Promise<{ agencyId: string; actor: Actor }> {
  const actor = c.get("actor");
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  if (actor.type === "api_key") return { agencyId: actor.agencyId, actor };
  if (actor.type !== "officer") throw new AppError("not_found", "There is no such application.");
  if (actor.agencyId && actor.role) return { agencyId: actor.agencyId, actor };
  const memberships = await listMemberships(c.get("db"), actor.officerId);
  const only = memberships.length === 1 ? memberships[0] : undefined;
  if (!only) {
    throw new AppError(
      "forbidden",
      "Choose the agency to act for first: in the console, or with a token for one agency.",
    );
  }
  return { agencyId: only.agencyId, actor: await actorInAgency(c.get("db"), actor, only.agencyId) };
}

export async function applicationOrStaffView(c: Context<AppEnv>, applicationId: string) {
  const actor = c.get("actor");
  if (actor.type === "citizen" || actor.type === "anonymous") {
    return (await getOwnApplication({ db: c.get("db"), actor, applicationId })).view;
  }
  const staff = await staffAgencyOf(c);
  const found = await getApplicationForStaff({
    db: c.get("db"),
    actor: staff.actor,
    agencyId: staff.agencyId,
    applicationId,
    requestId: c.get("requestId"),
  });
  return found.view;
}

/** The latest receipt of the applicant's own application; its status code only to them. */
export async function receiptOf(c: Context<AppEnv>, applicationId: string) {
  const actor = c.get("actor");
  if (actor.type === "citizen" || actor.type === "anonymous") {
    const own = await getOwnApplication({ db: c.get("db"), actor, applicationId });
    const latest = own.receipts.at(-1)!;
    return {
      jws: latest.jws,
      payload: decodeReceiptPayload(latest.jws),
      statusCode: formatStatusCode(c.get("secrets").open(own.record.statusCodeSealed)),
    };
  }
  const staff = await staffAgencyOf(c);
  const found = await getApplicationForStaff({
    db: c.get("db"),
    actor: staff.actor,
    agencyId: staff.agencyId,
    applicationId,
    requestId: c.get("requestId"),
  });
  const latest = found.receipts.at(-1)!;
  return { jws: latest.jws, payload: decodeReceiptPayload(latest.jws), statusCode: "" };
}

/**
 * The gate of every route on one application, before its body is read: the
 * applicant reaches their own, staff reach their agency's, and to anyone
 * else the application does not exist (404), whatever they send.
 */
export const applicationGate = createMiddleware<AppEnv>(async (c, next) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  const applicationId = c.req.param("applicationId") ?? "";
  const db = c.get("db");
  const agencyId = z.uuid().safeParse(applicationId).success
    ? await selectAgencyOfApplication(db, applicationId)
    : null;
  const notFound = new AppError("not_found", "There is no such application.");
  if (!agencyId) throw notFound;
  if (actor.type === "citizen") {
    const { rows } = await db.query(
      "select 1 from applications where id = $1 and citizen_id = $2",
      [applicationId, actor.citizenId],
    );
    if (rows.length === 0) throw notFound;
  } else {
    const isApplicantRoute = /\/(amend|rating)$/.test(c.req.path);
    const staff =
      actor.type === "officer" || actor.type === "api_key"
        ? await staffAgencyOf(c).catch(() => null)
        : null;
    if (isApplicantRoute || staff?.agencyId !== agencyId) throw notFound;
  }
  await next();
});
