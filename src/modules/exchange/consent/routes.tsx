import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";

import { requireActor } from "@/core/auth/authenticate";
import { AppError } from "@/core/errors";
import type { Actor, AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";

import { DATA_USE_PAGE_PATH } from "./consent-receipt";
import { getOwnConsent, listConsents } from "./list-consents";
import { revokeConsent } from "./revoke-consent";
import {
  ConsentReceiptViewSchema,
  ConsentViewSchema,
  presentConsent,
  presentReceipt,
} from "./schema";

/** The person's consents: withdraw one, download its receipt; as pages and as the API. */
export const consentRoutes = createRouter();

type CitizenActor = Extract<Actor, { type: "citizen" }>;

function citizenOf(c: Context<AppEnv>): CitizenActor {
  const actor = c.get("actor");
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  if (actor.type !== "citizen") throw new AppError("forbidden", "Only citizens have consents.");
  return actor;
}

function consentIdOf(value: string | undefined): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new AppError("not_found", "There is no such consent.");
  return parsed.data;
}

const signInFirst = `/sign-in?next=${encodeURIComponent(DATA_USE_PAGE_PATH)}`;

consentRoutes.post("/me/consents/:id/revoke", async (c) => {
  if (c.get("actor").type === "anonymous") return c.redirect(signInFirst, 303);
  const citizen = citizenOf(c);
  await revokeConsent({
    db: c.get("db"),
    citizenId: citizen.citizenId,
    assurance: citizen.assurance,
    consentId: consentIdOf(c.req.param("id")),
    requestId: c.get("requestId"),
  });
  return c.redirect(`${DATA_USE_PAGE_PATH}?done=revoked#consents`, 303);
});

consentRoutes.get("/me/consents/:id/receipt", async (c) => {
  if (c.get("actor").type === "anonymous") {
    return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  }
  const citizen = citizenOf(c);
  const consent = await getOwnConsent({
    db: c.get("db"),
    citizenId: citizen.citizenId,
    consentId: consentIdOf(c.req.param("id")),
  });
  c.header("Content-Disposition", `attachment; filename="consent-receipt-${consent.id}.json"`);
  c.header("Cache-Control", "no-store");
  return c.json(presentReceipt(consent), 200);
});

const security = [{ bearer: [] }];
const consentParams = z.object({ consentId: z.uuid() });
const citizenOnly = requireActor("citizen");

consentRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/me/consents",
    tags: ["Data use"],
    summary: "The signed-in person's consents to the use of their data, in force first",
    security,
    middleware: [citizenOnly] as const,
    responses: {
      200: {
        description: "Every consent the person gave, withdrawn and expired ones included",
        content: {
          "application/json": { schema: z.object({ consents: z.array(ConsentViewSchema) }) },
        },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("Not a citizen's token"),
    },
  }),
  async (c) => {
    const consents = await listConsents({ db: c.get("db"), citizenId: citizenOf(c).citizenId });
    return c.json({ consents: consents.map(presentConsent) }, 200);
  },
);

consentRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/me/consents/{consentId}/receipt",
    tags: ["Data use"],
    summary: "A consent's receipt, signed by the agency the consent was given to",
    security,
    middleware: [citizenOnly] as const,
    request: { params: consentParams },
    responses: {
      200: {
        description: "The receipt",
        content: { "application/json": { schema: ConsentReceiptViewSchema } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("Not a citizen's token"),
      404: problemResponse("No such consent of the person's"),
    },
  }),
  async (c) => {
    const consent = await getOwnConsent({
      db: c.get("db"),
      citizenId: citizenOf(c).citizenId,
      consentId: c.req.valid("param").consentId,
    });
    return c.json(presentReceipt(consent), 200);
  },
);

consentRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/me/consents/{consentId}/revoke",
    tags: ["Data use"],
    summary: "Withdraw a consent; the next call that relies on it is refused",
    description: "Withdrawing a consent already withdrawn changes nothing and answers the same.",
    security,
    middleware: [citizenOnly] as const,
    request: { params: consentParams },
    responses: {
      200: {
        description: "The consent, withdrawn",
        content: { "application/json": { schema: ConsentViewSchema } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("Not a citizen's token"),
      404: problemResponse("No such consent of the person's"),
    },
  }),
  async (c) => {
    const citizen = citizenOf(c);
    const db = c.get("db");
    const { consentId } = c.req.valid("param");
    await revokeConsent({
      db,
      citizenId: citizen.citizenId,
      assurance: citizen.assurance,
      consentId,
      requestId: c.get("requestId"),
    });
    const consents = await listConsents({ db, citizenId: citizen.citizenId });
    const revoked = consents.find((consent) => consent.id === consentId);
    if (!revoked) throw new AppError("not_found", "There is no such consent.");
    return c.json(presentConsent(revoked), 200);
  },
);
