import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";

import { requireActor } from "@/core/auth/authenticate";
import { findCitizen } from "@/core/auth/citizens";
import { AppError } from "@/core/errors";
import type { Actor, AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { pageContext } from "@/core/ui/page-context";

import { DATA_USE_PAGE_PATH } from "../consent/consent-receipt";
import { listConsents } from "../consent/list-consents";
import { type DataUsePage as DataUseListing, listDataUse } from "./list-data-use";
import { getDataUseNoticeSetting, setDataUseNoticeSetting } from "./notice-setting";
import {
  DataUsePageSchema,
  type DataUseQueryInput,
  DataUseQuerySchema,
  NoticeSettingSchema,
  periodBounds,
} from "./schema";
import { DataUsePage } from "./views/data-use-page";

/** "Who used my data": the person's entries of the exchange log, as a page and as the API. */
export const dataUseRoutes = createRouter();

type CitizenActor = Extract<Actor, { type: "citizen" }>;

function citizenOf(c: Context<AppEnv>): CitizenActor {
  const actor = c.get("actor");
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  if (actor.type !== "citizen") throw new AppError("forbidden", "Only citizens have this page.");
  return actor;
}

const signInFirst = `/sign-in?next=${encodeURIComponent(DATA_USE_PAGE_PATH)}`;

/** Each filter on its own: one that does not parse (an edited address) is dropped, not an error page. */
function pageQueryOf(raw: Record<string, string>): DataUseQueryInput {
  const query: DataUseQueryInput = {};
  for (const key of ["agency", "dataService", "period", "page"] as const) {
    const parsed = DataUseQuerySchema.shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(query, { [key]: parsed.data });
  }
  return query;
}

dataUseRoutes.get(DATA_USE_PAGE_PATH, async (c) => {
  if (c.get("actor").type === "anonymous") return c.redirect(signInFirst, 303);
  const citizen = citizenOf(c);
  const db = c.get("db");
  const query = pageQueryOf(c.req.query());
  const listing = await listDataUse({
    db,
    citizenId: citizen.citizenId,
    query: {
      agency: query.agency,
      dataServiceId: query.dataService,
      ...periodBounds(query),
      page: query.page,
    },
  });
  const consents = await listConsents({ db, citizenId: citizen.citizenId });
  const setting = await getDataUseNoticeSetting({ db, citizenId: citizen.citizenId });
  const account = await findCitizen({ db, citizenId: citizen.citizenId });
  const done = c.req.query("done");
  return c.html(
    <DataUsePage
      page={pageContext(c)}
      listing={listing}
      filter={{ agency: query.agency, dataService: query.dataService, period: query.period }}
      consents={consents}
      notifyByEmail={setting.notifyByEmail}
      hasEmail={Boolean(account?.email)}
      done={done === "revoked" || done === "notices" ? done : null}
    />,
  );
});

dataUseRoutes.post(`${DATA_USE_PAGE_PATH}/notices`, async (c) => {
  if (c.get("actor").type === "anonymous") return c.redirect(signInFirst, 303);
  const citizen = citizenOf(c);
  const body = await c.req.parseBody();
  await setDataUseNoticeSetting({
    db: c.get("db"),
    citizenId: citizen.citizenId,
    assurance: citizen.assurance,
    notifyByEmail: body.notifyByEmail === "true",
    requestId: c.get("requestId"),
  });
  return c.redirect(`${DATA_USE_PAGE_PATH}?done=notices#notices`, 303);
});

const security = [{ bearer: [] }];
const citizenOnly = requireActor("citizen");

function presentListing(listing: DataUseListing) {
  return {
    entries: listing.entries.map((entry) => ({
      id: entry.id,
      occurredAt: entry.occurredAt.toISOString(),
      consumer: entry.consumer,
      consumerAgency: entry.consumerAgency
        ? { code: entry.consumerAgency.code, name: entry.consumerAgency.name }
        : null,
      consumerSubsystem: entry.consumerSubsystem,
      consumerServiceName: entry.consumerServiceName,
      provider: entry.provider ? { code: entry.provider.code, name: entry.provider.name } : null,
      dataService: entry.dataService,
      service: entry.service,
      purpose: entry.purpose,
      purposeText: entry.purposeText,
      outcome: entry.outcome,
    })),
    total: listing.total,
    page: listing.page,
    pages: listing.pages,
    pageSize: listing.pageSize,
  };
}

dataUseRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/me/data-use",
    tags: ["Data use"],
    summary: "Who used my data: every exchange call about the signed-in person, newest first",
    description:
      "Calls that were refused are listed too: they were about the person. 20 to a page, up to page 500.",
    security,
    middleware: [citizenOnly] as const,
    request: { query: DataUseQuerySchema },
    responses: {
      200: {
        description: "A page of the person's entries",
        content: { "application/json": { schema: DataUsePageSchema } },
      },
      400: problemResponse("A filter is not valid"),
      401: problemResponse("Not signed in"),
      403: problemResponse("Not a citizen's token"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const listing = await listDataUse({
      db: c.get("db"),
      citizenId: citizenOf(c).citizenId,
      query: {
        agency: query.agency,
        dataServiceId: query.dataService,
        ...periodBounds(query),
        page: query.page,
      },
    });
    return c.json(presentListing(listing), 200);
  },
);

dataUseRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/me/data-use/notices",
    tags: ["Data use"],
    summary: "Whether the person is e-mailed each time an agency uses their data",
    security,
    middleware: [citizenOnly] as const,
    responses: {
      200: {
        description: "The setting",
        content: { "application/json": { schema: NoticeSettingSchema } },
      },
      401: problemResponse("Not signed in"),
      403: problemResponse("Not a citizen's token"),
    },
  }),
  async (c) =>
    c.json(
      await getDataUseNoticeSetting({ db: c.get("db"), citizenId: citizenOf(c).citizenId }),
      200,
    ),
);

dataUseRoutes.openapi(
  createRoute({
    method: "put",
    path: "/api/v1/me/data-use/notices",
    tags: ["Data use"],
    summary: "Turn the e-mail notice of each use of the person's data on or off",
    security,
    middleware: [citizenOnly] as const,
    request: {
      body: { required: true, content: { "application/json": { schema: NoticeSettingSchema } } },
    },
    responses: {
      200: {
        description: "The setting, saved",
        content: { "application/json": { schema: NoticeSettingSchema } },
      },
      400: problemResponse("The body is not valid"),
      401: problemResponse("Not signed in"),
      403: problemResponse("Not a citizen's token"),
    },
  }),
  async (c) => {
    const citizen = citizenOf(c);
    const { notifyByEmail } = c.req.valid("json");
    await setDataUseNoticeSetting({
      db: c.get("db"),
      citizenId: citizen.citizenId,
      assurance: citizen.assurance,
      notifyByEmail,
      requestId: c.get("requestId"),
    });
    return c.json({ notifyByEmail }, 200);
  },
);
